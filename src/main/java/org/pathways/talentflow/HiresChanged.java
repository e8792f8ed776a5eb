package org.pathways.talentflow;

/**
 * Hire records of one employer profile were recorded, changed, imported or removed (decision 0011): the outcomes module
 * reads that profile's hires again from the published view {@code hire_outcome}. One event per import, not one per row.
 */
public record HiresChanged(long organizationId, long employerId) {
}
