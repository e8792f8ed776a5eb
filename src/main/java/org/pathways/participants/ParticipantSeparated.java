package org.pathways.participants;

import java.time.LocalDate;

/**
 * A referred participant who was hired has left the job (decision 0006): the talent-flow module closes the hire it made
 * from {@link ParticipantHired}. Ids and the date only, never the reason or anything about the person.
 */
public record ParticipantSeparated(long referralId, long organizationId, LocalDate separatedOn) {
}
