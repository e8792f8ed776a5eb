package org.pathways.demand;

import java.time.Instant;

/** A demand survey closed (by its manager, before or on its date): its answers no longer change and its roll-up is final. */
public record DemandSurveyClosed(long surveyId, long collaborativeId, long organizationId, Instant closedAt, int employersInvited,
                                 int employersAnswered) {
}
