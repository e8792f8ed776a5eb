package org.pathways.employers;

/** An archived employer profile was restored to its organization's lists. */
public record EmployerRestored(long employerId, long organizationId) {
}
