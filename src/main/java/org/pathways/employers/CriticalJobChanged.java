package org.pathways.employers;

/**
 * A critical job was added to an employer profile or changed (its title, occupation, counts or pay). Requirements,
 * talent flows and outcomes key their own records by the job and follow it through this event.
 */
public record CriticalJobChanged(long criticalJobId, long employerId, long organizationId, String socCode, Change change) {

    public enum Change { ADDED, UPDATED }
}
