/**
 * What every capability stands on: organizations and the people in them, their roles, sign-in and API
 * tokens, the audit log, the page layout and languages, error pages and API conventions. Other modules
 * ask {@link org.pathways.platform.PathwaysUser#current()} who is acting and record changes through
 * {@link org.pathways.platform.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.pathways.platform;
