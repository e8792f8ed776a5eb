package org.pathways.platform;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.pathways.shared.InvalidInput;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Belongs to one organization for life; roles and active state change through
 * the methods here so their rules hold. Sign-in counters are written by single SQL statements
 * (see {@link SignInRecords}) and are read-only to the aggregate, so a profile save never undoes them.
 */
@Table("user_account")
class UserAccount {

    @Id
    private Long id;
    private long organizationId;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean active;
    @ReadOnlyProperty
    private int failedSignIns;
    @ReadOnlyProperty
    private Instant lockedUntil;
    @ReadOnlyProperty
    private Instant lastSignInAt;
    private Instant createdAt;
    @Version
    private int version;
    @MappedCollection(idColumn = "user_account_id")
    private Set<RoleGrant> roles;

    @PersistenceCreator
    UserAccount(Long id, long organizationId, String username, String displayName, String email,
                String passwordHash, boolean active, int failedSignIns, Instant lockedUntil, Instant lastSignInAt,
                Instant createdAt, int version, Set<RoleGrant> roles) {
        this.id = id;
        this.organizationId = organizationId;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.active = active;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.lastSignInAt = lastSignInAt;
        this.createdAt = createdAt;
        this.version = version;
        this.roles = roles;
    }

    static UserAccount create(Organization organization, String username, String displayName, String email,
                              String passwordHash, Set<Role> roles) {
        UserAccount account = new UserAccount(null, organization.id(), username.strip(), displayName.strip(),
                email == null || email.isBlank() ? null : email.strip(), passwordHash, true, 0, null, null,
                Instant.now(), 0, Set.of());
        account.grant(organization.type(), roles);
        return account;
    }

    void grant(OrganizationType organizationType, Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new InvalidInput("roles", "user.rolesRequired");
        }
        for (Role role : newRoles) {
            if (!role.allowedIn(organizationType)) {
                throw new InvalidInput("roles", "user.roleNotAllowed", role.name());
            }
        }
        this.roles = newRoles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.role()));
        return set;
    }

    UserView view() {
        return new UserView(id, organizationId, username, displayName, email, roleSet(), active,
                lockedUntil != null && lockedUntil.isAfter(Instant.now()) ? lockedUntil : null, lastSignInAt,
                createdAt, version);
    }

    Long id() {
        return id;
    }

    long organizationId() {
        return organizationId;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int version() {
        return version;
    }
}
