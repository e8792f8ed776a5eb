package org.pathways.platform;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as every module sees them: who they are, which organization they act for and
 * their roles. It is the security principal of both page sessions and API tokens.
 */
public record PathwaysUser(long userId, String username, String displayName, long organizationId,
                           String organizationName, OrganizationType organizationType, Set<Role> roles,
                           boolean demo) implements Principal, Serializable {

    public PathwaysUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Whether this person may manage the people of the given organization. */
    public boolean administers(long organizationId) {
        return isPlatformAdmin() || (has(Role.ORG_ADMIN) && this.organizationId == organizationId);
    }

    /** Whether this person may see the given organization's records at all. */
    public boolean belongsTo(long organizationId) {
        return this.organizationId == organizationId;
    }

    public static Optional<PathwaysUser> currentIfSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PathwaysUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static PathwaysUser current() {
        return currentIfSignedIn().orElseThrow(
                () -> new AuthenticationCredentialsNotFoundException("No one is signed in"));
    }
}
