package org.pathways.platform;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

@PathwaysTest
class SignInTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SignInRecords signIns;
    @Autowired
    TestUsers users;

    @Test
    void signsInWithTheRightPasswordAndGetsANewSessionId() throws Exception {
        WebClient web = new WebClient(port);
        web.get("/login");
        String before = web.sessionCookie();
        HttpResponse<String> response = web.postForm("/login", Map.of("username", "practitioner", "password", TestUsers.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(web.sessionCookie()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Priya Patel").contains("Second Chance Works");
    }

    @Test
    void refusesAWrongPasswordWithAClearMessageAndAuditsIt() throws Exception {
        WebClient web = new WebClient(port);
        HttpResponse<String> response = web.signIn("viewer", "not-the-password-at-all");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
        assertThat(web.get("/login?error=credentials").body()).contains("That username and password do not match");
        assertThat(web.get("/").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'signIn.failed' and actor = 'viewer'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        String username = "lockout-" + System.nanoTime();
        createStaffMember(username);
        WebClient web = new WebClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            web.signIn(username, "wrong-password-" + attempt);
        }
        HttpResponse<String> rightPassword = web.signIn(username, "a-sturdy-passphrase-42");

        assertThat(rightPassword.headers().firstValue("Location")).as("the lock holds, with the answer a wrong password gets")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
        assertThat(new WebClient(port).signIn("nobody-" + System.nanoTime(), "a-sturdy-passphrase-42").headers().firstValue("Location"))
                .as("a name that does not exist gets the same answer, so a locked account tells no one it exists")
                .isEqualTo(rightPassword.headers().firstValue("Location"));
        assertThat(web.get("/").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.locked' and actor = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);

        // When the lock runs out, the right password works again and the count starts over.
        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = ?").param(username).update();
        assertThat(web.signIn(username, "a-sturdy-passphrase-42").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(jdbc.sql("select failed_sign_ins from user_account where username = ?").param(username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void backOffDoublesWithEachFurtherFailureUpToTheMaximum() {
        assertThat(signIns.lockoutFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(signIns.lockoutFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(signIns.lockoutFor(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(signIns.lockoutFor(12)).isEqualTo(Duration.ofHours(1));
        assertThat(signIns.lockoutFor(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void deactivatedPeopleCannotSignIn() throws Exception {
        String username = "leaver-" + System.nanoTime();
        UserView user = createStaffMember(username);
        asUser("orgadmin", () -> accounts.deactivate(user.id()));

        HttpResponse<String> response = new WebClient(port).signIn(username, "a-sturdy-passphrase-42");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

        // Reactivation lets the person back in, even if the account had also been locked meanwhile.
        jdbc.sql("update user_account set locked_until = now() + interval '1 hour', failed_sign_ins = 9 where id = ?").param(user.id()).update();
        asUser("orgadmin", () -> accounts.activate(user.id()));
        assertThat(new WebClient(port).signIn(username, "a-sturdy-passphrase-42").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        WebClient web = new WebClient(port);
        web.signIn("practitioner", TestUsers.PASSWORD);
        web.forgetCsrf();
        HttpResponse<String> response = web.postForm("/profile/tokens", Map.of("name", "sneaky", "expiresInDays", "5"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_token where name = 'sneaky'").query(Long.class).single()).isZero();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/login");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        WebClient web = new WebClient(port);
        web.signIn("practitioner", TestUsers.PASSWORD);
        web.get("/");
        HttpResponse<String> out = web.postForm("/logout", Map.of());
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
        assertThat(web.get("/").statusCode()).isEqualTo(302);
    }

    private UserView createStaffMember(String username) {
        long organizationId = users.user("orgadmin").organizationId();
        return asUser("orgadmin", () -> accounts.create(organizationId,
                new UserAccounts.NewUser(username, "Test Person", null, "a-sturdy-passphrase-42", Set.of(Role.STAFF))));
    }

    private <T> T asUser(String username, java.util.function.Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.authenticationOf(username));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
