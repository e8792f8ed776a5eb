package org.pathways;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs requests in as one of the demo region's people, with the same principal a real sign-in makes. */
@Component
public class TestUsers {

    public static final String PASSWORD = "pathways-demo-2026";

    private final UserAccounts accounts;

    public TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public PathwaysUser user(String username) {
        return accounts.findForSignIn(username).orElseThrow().user();
    }

    public Authentication authenticationOf(String username) {
        PathwaysUser user = user(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    public RequestPostProcessor as(String username) {
        return authentication(authenticationOf(username));
    }
}
