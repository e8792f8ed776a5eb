package org.pathways.platform;

import java.time.Instant;
import java.util.Set;

/** What pages and the API show of a user; never the password hash. */
public record UserView(long id, long organizationId, String username, String displayName, String email,
                       Set<Role> roles, boolean active, Instant lockedUntil, Instant lastSignInAt,
                       Instant createdAt, int version) {
}
