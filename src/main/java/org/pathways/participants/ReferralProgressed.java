package org.pathways.participants;

import java.time.LocalDate;

/**
 * A referral was made or reached a step of the pipeline (decision 0011): the outcomes module counts the funnel from here.
 * Ids, the step and its date only; a follower reads the referral's progress from the published view
 * {@code referral_progress}, never anything about the person.
 */
public record ReferralProgressed(long referralId, long organizationId, Referrals.Stage stage, LocalDate occurredOn) {
}
