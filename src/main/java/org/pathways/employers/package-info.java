/**
 * Employer profiles as an OPSO, an intermediary or the employer itself keeps them (C1–C6): the employer,
 * its establishments with their places and head counts, its critical jobs coded to SOC with the pain points
 * it ranks for them. Every profile belongs to the organization that keeps it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers", allowedDependencies = {"platform", "reference", "shared"})
package org.pathways.employers;
