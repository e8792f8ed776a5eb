package org.pathways.platform.security;

import java.time.Instant;
import java.util.Collection;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts.SignInAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An account as Spring Security checks it at sign-in; carries the principal the session will hold. */
class AccountDetails extends User {

    private final transient PathwaysUser user;

    AccountDetails(SignInAccount account) {
        super(account.user().username(), account.passwordHash(), account.enabled(), true, true,
                account.lockedUntil() == null || account.lockedUntil().isBefore(Instant.now()),
                authorities(account.user()));
        this.user = account.user();
    }

    PathwaysUser user() {
        return user;
    }

    static Collection<GrantedAuthority> authorities(PathwaysUser user) {
        return user.roles().stream().map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
