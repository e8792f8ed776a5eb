/**
 * Engaging employers (C7–C8): the engagement log with its next steps; to come, the recommended-actions workbook,
 * the partnership fit and the value proposition builder. Everything belongs to the organization that keeps the
 * employer's profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement", allowedDependencies = {"platform", "employers", "shared"})
package org.pathways.engagement;
