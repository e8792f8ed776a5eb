package org.pathways.employers;

/**
 * An employer profile was archived by the organization that keeps it: it leaves that organization's lists, and the
 * modules that follow the employer stop asking it for things (decision 0006).
 */
public record EmployerArchived(long employerId, long organizationId) {
}
