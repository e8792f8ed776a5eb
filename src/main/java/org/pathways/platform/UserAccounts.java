package org.pathways.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in to Pathways. Organization administrators manage their own organization's
 * people; platform administrators manage everyone's. Anyone manages their own password.
 */
@Service
public class UserAccounts {

    private final UserAccountRepository repository;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final SignInRecords signIns;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    UserAccounts(UserAccountRepository repository, Organizations organizations, PasswordEncoder passwordEncoder,
                 AuditLog audit, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, SignInRecords signIns,
                 org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.signIns = signIns;
        this.jdbc = jdbc;
        this.repository = repository;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** What someone needs to create an account; the password is the first one, chosen by an administrator. */
    public record NewUser(String username, String displayName, String email, String password, Set<Role> roles) {
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> members(long organizationId, PageQuery page) {
        requireAdministratorOf(organizationId);
        List<UserView> items = repository.findPageByOrganization(organizationId, page.size(), page.offset())
                .stream().map(UserAccount::view).toList();
        return PageResult.of(items, page, repository.countByOrganizationId(organizationId));
    }

    /** A colleague as others in the same organization see them: to name who took part or who owns a next step. */
    public record Colleague(long id, String displayName) {
    }

    /** The active people of the signed-in person's own organization, by name. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return jdbc.sql("select id, display_name from user_account where organization_id = ? and active order by lower(display_name), id")
                .param(PathwaysUser.current().organizationId()).query((rs, n) -> new Colleague(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional(readOnly = true)
    public UserView get(long userId) {
        return requireManaged(userId).view();
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public UserView me() {
        long userId = PathwaysUser.current().userId();
        return repository.findById(userId).orElseThrow(() -> new NotFound("user", userId)).view();
    }

    @Transactional
    public UserView create(long organizationId, NewUser newUser) {
        requireAdministratorOf(organizationId);
        Organization organization = organizations.require(organizationId);
        if (!organization.active()) {
            throw new Conflict("organization.inactive", "The organization is not active");
        }
        UserAccount account = save(organization, newUser);
        audit.record("user.created", "user", account.id(),
                account.username() + " in organization " + organizationId + " with roles " + account.roleSet());
        return account.view();
    }

    @Transactional
    public UserView changeRoles(long userId, Set<Role> roles, int expectedVersion) {
        UserAccount account = requireManaged(userId);
        PathwaysUser actor = PathwaysUser.current();
        checkVersion(account, expectedVersion);
        if (account.id() == actor.userId() && !roles.contains(Role.ORG_ADMIN) && !roles.contains(Role.PLATFORM_ADMIN)) {
            throw new InvalidInput("roles", "user.cannotDemoteSelf");
        }
        Set<Role> before = account.roleSet();
        account.grant(organizations.require(account.organizationId()).type(), roles);
        UserAccount saved = repository.save(account);
        audit.record("user.rolesChanged", "user", userId, account.username() + ": " + before + " -> " + saved.roleSet());
        endSessions(saved.username());
        return saved.view();
    }

    @Transactional
    public UserView deactivate(long userId) {
        UserAccount account = requireManaged(userId);
        if (account.id() == PathwaysUser.current().userId()) {
            throw new InvalidInput("active", "user.cannotDeactivateSelf");
        }
        account.deactivate();
        UserAccount saved = repository.save(account);
        audit.record("user.deactivated", "user", userId, account.username());
        endSessions(saved.username());
        return saved.view();
    }

    @Transactional
    public UserView activate(long userId) {
        UserAccount account = requireManaged(userId);
        account.activate();
        UserAccount saved = repository.save(account);
        // Reactivating is how an administrator lets someone back in, so it also lifts a sign-in lock.
        signIns.unlock(userId);
        audit.record("user.activated", "user", userId, account.username());
        return saved.view();
    }

    /** Changes the signed-in person's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PathwaysUser user = PathwaysUser.current();
        UserAccount account = repository.findById(user.userId()).orElseThrow(() -> new NotFound("user", user.userId()));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            // a guess at the password from a session left open counts like a failed sign-in, lock-out included
            SignInRecords.Failure failure = signIns.recordFailure(account.username());
            audit.recordSecurityEvent(user.organizationId(), user.userId(), account.username(), "user.passwordChangeRefused",
                    "current password wrong");
            if (failure.lockedUntil() != null) {
                audit.recordSecurityEvent(user.organizationId(), user.userId(), account.username(), "user.locked",
                        "until " + failure.lockedUntil() + " after wrong current passwords");
            }
            throw new InvalidInput("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.violation(account.username(), newPassword).ifPresent(key -> {
            throw new InvalidInput("newPassword", key, PasswordPolicy.MIN_LENGTH);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        repository.save(account);
        audit.record("user.passwordChanged", "user", account.id(), account.username());
    }

    /**
     * Creates the first platform administrator of a new installation, from the command line, with no one
     * signed in. Refuses weak passwords and a username that is taken.
     */
    @Transactional
    public UserView createPlatformAdministrator(String username, String displayName, String password) {
        Organization platform = organizations.platformOrganization();
        UserAccount account = save(platform, new NewUser(username, displayName, null, password, Set.of(Role.PLATFORM_ADMIN)));
        audit.recordSecurityEvent(platform.id(), account.id(), "system", "user.administratorCreated",
                account.username() + " created from the command line");
        return account.view();
    }

    /** The sign-in view of an account, for the security configuration only. */
    public record SignInAccount(PathwaysUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    @Transactional(readOnly = true)
    public Optional<SignInAccount> findForSignIn(String username) {
        return repository.findByUsernameIgnoringCase(username).map(account -> {
            Organization organization = organizations.require(account.organizationId());
            return new SignInAccount(principalOf(account, organization), account.passwordHash(),
                    account.active() && organization.active(), account.lockedUntil());
        });
    }

    @Transactional(readOnly = true)
    public Optional<PathwaysUser> findActivePrincipal(long userId) {
        return repository.findById(userId).flatMap(account -> {
            Organization organization = organizations.require(account.organizationId());
            return account.active() && organization.active()
                    ? Optional.of(principalOf(account, organization)) : Optional.empty();
        });
    }

    UserAccount save(Organization organization, NewUser newUser) {
        if (newUser.username() == null || !newUser.username().strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new InvalidInput("username", "user.usernameInvalid");
        }
        if (repository.findByUsernameIgnoringCase(newUser.username().strip()).isPresent()) {
            throw new InvalidInput("username", "user.usernameTaken");
        }
        if (newUser.displayName() == null || newUser.displayName().isBlank()) {
            throw new InvalidInput("displayName", "validation.required");
        }
        PasswordPolicy.violation(newUser.username().strip(), newUser.password()).ifPresent(key -> {
            throw new InvalidInput("password", key, PasswordPolicy.MIN_LENGTH);
        });
        Set<Role> roles = newUser.roles() == null ? Set.of() : newUser.roles();
        if (roles.contains(Role.PLATFORM_ADMIN) && PathwaysUser.currentIfSignedIn().map(u -> !u.isPlatformAdmin()).orElse(false)) {
            throw new AccessDeniedException("Only platform administrators grant the platform administrator role");
        }
        return repository.save(UserAccount.create(organization, newUser.username(), newUser.displayName(),
                newUser.email(), passwordEncoder.encode(newUser.password()), roles));
    }

    private PathwaysUser principalOf(UserAccount account, Organization organization) {
        return new PathwaysUser(account.id(), account.username(), account.displayName(), organization.id(),
                organization.name(), organization.type(), account.roleSet(), organization.demo());
    }

    private UserAccount requireManaged(long userId) {
        UserAccount account = repository.findById(userId).orElseThrow(() -> new NotFound("user", userId));
        PathwaysUser actor = PathwaysUser.current();
        if (!actor.administers(account.organizationId())) {
            if (actor.belongsTo(account.organizationId())) {
                throw new AccessDeniedException("Only administrators manage users");
            }
            throw new NotFound("user", userId);
        }
        return account;
    }

    private void requireAdministratorOf(long organizationId) {
        PathwaysUser actor = PathwaysUser.current();
        if (!actor.administers(organizationId)) {
            if (actor.belongsTo(organizationId)) {
                throw new AccessDeniedException("Only administrators manage users");
            }
            throw new NotFound("organization", organizationId);
        }
    }

    private static void checkVersion(UserAccount account, int expectedVersion) {
        if (account.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("User " + account.id() + " was changed by someone else");
        }
    }

    /** Signs the person out everywhere, so new roles or a deactivation take effect at once. */
    private void endSessions(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }
}
