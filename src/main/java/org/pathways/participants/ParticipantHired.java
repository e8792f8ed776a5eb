package org.pathways.participants;

import java.time.LocalDate;

/**
 * A referred participant was hired (decision 0006): the talent-flow and outcomes modules count the hire from here. It
 * carries ids and the hire date, never anything about the person; a follower that needs more asks {@link Referrals}.
 */
public record ParticipantHired(long referralId, long organizationId, long criticalJobId, long employerId, LocalDate hiredOn) {
}
