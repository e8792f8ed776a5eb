package org.pathways.platform.security;

import org.pathways.platform.UserAccounts;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password against the accounts table. On success the principal is the
 * {@link org.pathways.platform.PathwaysUser}, so sessions and tokens look the same to every module.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    AccountAuthenticationProvider(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        super(username -> accounts.findForSignIn(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account")));
        setPasswordEncoder(passwordEncoder);
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        return super.createSuccessAuthentication(((AccountDetails) user).user(), authentication, user);
    }
}
