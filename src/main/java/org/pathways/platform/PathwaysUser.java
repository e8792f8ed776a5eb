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

    private boolean hasAny(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    /** May keep the organization's records ({@link Permissions.Editors}). */
    public boolean canEdit() {
        return hasAny(Permissions.EDITORS);
    }

    /** May run collaboratives and their surveys ({@link Permissions.CollaborativeManagers}). */
    public boolean managesCollaboratives() {
        return hasAny(Permissions.COLLABORATIVE_MANAGERS);
    }

    /** Is the organization's own staff ({@link Permissions.Staff}). */
    public boolean isStaff() {
        return hasAny(Permissions.STAFF);
    }

    /** Has a role in an organization ({@link Permissions.Members}). */
    public boolean isMember() {
        return hasAny(Permissions.MEMBERS);
    }

    /** Sends mail through the outbox and sees what was sent ({@link Permissions.Senders}). */
    public boolean sendsMail() {
        return hasAny(Permissions.SENDERS);
    }

    /** Manages people ({@link Permissions.Administrators}). */
    public boolean isAdministrator() {
        return hasAny(Permissions.ADMINISTRATORS);
    }

    /** Sees and changes nothing but may read: only the read-only role. */
    public boolean isReadOnly() {
        return has(Role.READ_ONLY);
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

    /**
     * The signed-in person when they may change records (every role but read-only): a service's own check behind the
     * controllers' {@code @Editors}, for calls that do not come through them.
     */
    public static PathwaysUser currentEditor() {
        PathwaysUser user = current();
        if (!user.canEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("Read-only");
        }
        return user;
    }
}
