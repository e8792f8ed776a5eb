package org.pathways.platform;

import java.time.Instant;

/** What pages and the API show of an organization. */
public record OrganizationView(long id, String name, OrganizationType type, String region, String timeZone, boolean demo,
                               boolean active, Instant createdAt, long userCount) {
}
