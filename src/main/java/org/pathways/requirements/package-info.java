/**
 * Hiring requirements (TPM strategy 3, C11, docs/capabilities.md): what a hire needs for a critical job (competencies
 * from O*NET or in the employer's words, credentials, experience), each required or preferred, needed at hire or taught
 * on the job, with its importance; the hiring practices that may screen people out, each explained with its
 * skills-based or fair-chance alternative; a check of both against what the occupation typically needs; the roll-up
 * across a collaborative's members with its common profile; and the job posting for job boards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hiring requirements",
        allowedDependencies = {"platform", "reference", "employers", "collaboratives", "shared"})
package org.pathways.requirements;
