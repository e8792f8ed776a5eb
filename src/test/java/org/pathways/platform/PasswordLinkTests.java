package org.pathways.platform;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/**
 * A person who forgot their password asks for a link by email and chooses a new one; an administrator sends a link to
 * choose one. Asking reveals nothing about which addresses have accounts; a link works once and lapses; the new password
 * follows the same rules as any other, and signing in with it works.
 */
@PathwaysTest
class PasswordLinkTests {

    private static final String FIRST_PASSWORD = "an old lantern by the gate";
    private static final Pattern LINK = Pattern.compile("/password/([0-9]+\\.[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TestUsers users;
    @Autowired
    PageForms forms;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UserView someone(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
        long organization = users.user("orgadmin").organizationId();
        UserView created = accounts.create(organization, new UserAccounts.NewUser(username, "Jordan Reyes",
                username + "@demo.pathways.invalid", FIRST_PASSWORD, Set.of(Role.STAFF)));
        SecurityContextHolder.clearContext();
        return created;
    }

    private long messagesTo(String email) {
        return jdbc.sql("select count(*) from outbound_message where recipient = ?").param(email).query(Long.class).single();
    }

    private String linkIn(String email) {
        String body = jdbc.sql("select body from outbound_message where recipient = ? order by id desc limit 1").param(email)
                .query(String.class).single();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a password link in " + body).isTrue();
        return m.group(1);
    }

    @Test
    void aForgottenPasswordIsChosenAgainByALinkThatWorksOnceAndAskingRevealsNothing() throws Exception {
        UserView jordan = someone("jordan.reset");
        WebClient web = new WebClient(port);
        assertThat(web.get("/login").body()).contains("Forgot your password?");
        web.get("/password/forgot");
        assertThat(text(web.postForm("/password/forgot", Map.of("email", " ")).body())).contains("Type the email address of your account.");
        String known = text(web.postForm("/password/forgot", Map.of("email", "JORDAN.RESET@demo.pathways.invalid")).body());
        long sent = messagesTo(jordan.email());
        assertThat(sent).isEqualTo(1);
        String unknown = text(web.postForm("/password/forgot", Map.of("email", "nobody-here@demo.pathways.invalid")).body());
        assertThat(messagesTo("nobody-here@demo.pathways.invalid")).isZero();
        assertThat(known).contains("If an account has this address");
        assertThat(unknown.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")).as("the same answer either way")
                .isEqualTo(known.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));

        String token = linkIn(jordan.email());
        assertThat(text(web.get("/password/" + token).body())).contains("Choose a new password for Jordan Reyes (jordan.reset)");
        assertThat(text(web.postForm("/password/" + token, Map.of("password", "short", "confirmation", "short")).body()))
                .contains("at least 12 characters");
        assertThat(text(web.postForm("/password/" + token, Map.of("password", "a river of quiet stones", "confirmation",
                "a river of quiet stone")).body())).contains("The two new passwords are not the same.");
        HttpResponse<String> chosen = web.postForm("/password/" + token, Map.of("password", "a river of quiet stones", "confirmation",
                "a river of quiet stones"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElse("")).endsWith("/login?passwordChosen");
        assertThat(web.get("/password/" + token).statusCode()).as("a link works once").isEqualTo(410);
        assertThat(web.get("/password/" + token.substring(0, token.length() - 1) + "x").statusCode()).isEqualTo(404);

        WebClient fresh = new WebClient(port);
        HttpResponse<String> signedIn = fresh.signIn("jordan.reset", "a river of quiet stones");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("the new password signs in").doesNotContain("error");
        assertThat(new WebClient(port).signIn("jordan.reset", FIRST_PASSWORD).headers().firstValue("Location")
                .orElse("")).as("the old one no longer").contains("error");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.passwordChosen' and actor = 'jordan.reset'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorEmailsALinkToChooseAPassword() throws Exception {
        UserView sam = someone("sam.invite");
        forms.accepted("orgadmin", "/admin/users/" + sam.id() + "/invite");
        assertThat(text(forms.page("orgadmin", "/admin/users/" + sam.id()))).contains("The link is on its way");
        String token = linkIn(sam.email());
        assertThat(jdbc.sql("select subject from outbound_message where recipient = ? order by id desc limit 1").param(sam.email())
                .query(String.class).single()).isEqualTo("Your Pathways account");
        WebClient web = new WebClient(port);
        assertThat(text(web.get("/password/" + token).body()))
                .contains("Welcome, Jordan Reyes. Choose the password you will sign in with as sam.invite.");
        jdbc.sql("update password_link set expires_at = now() - interval '1 minute' where user_account_id = ?").param(sam.id()).update();
        HttpResponse<String> lapsed = web.get("/password/" + token);
        assertThat(lapsed.statusCode()).isEqualTo(410);
        assertThat(text(lapsed.body())).contains("The link has lapsed");
        jdbc.sql("update user_account set email = null where id = ?").param(sam.id()).update();
        assertThat(forms.submit("orgadmin", "/admin/users/" + sam.id() + "/invite").getStatus()).isEqualTo(302);
        assertThat(text(forms.page("orgadmin", "/admin/users/" + sam.id()))).contains("This account has no email address");
    }

    @Test
    void anAccountCreatedWithAnInvitationHasNoPasswordAnyoneKnowsUntilThePersonChoosesOne() throws Exception {
        long organization = users.user("orgadmin").organizationId();
        String path = "/admin/organizations/" + organization + "/users";
        assertThat(text(forms.refused("orgadmin", path, "username", "lee.invited", "displayName", "Lee Invited", "email", "",
                "invite", "true", "roles", "STAFF"))).contains("An invitation goes to an email address");
        String created = forms.accepted("orgadmin", path, "username", "lee.invited", "displayName", "Lee Invited", "email",
                "lee.invited@demo.pathways.invalid", "invite", "true", "roles", "STAFF");
        assertThat(text(forms.page("orgadmin", created))).contains("the invitation is on its way");
        String token = linkIn("lee.invited@demo.pathways.invalid");
        WebClient web = new WebClient(port);
        web.get("/password/" + token);
        assertThat(web.postForm("/password/" + token, Map.of("password", "seven small boats at dawn", "confirmation",
                "seven small boats at dawn")).statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).signIn("lee.invited", "seven small boats at dawn").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
    }

    @Test
    void resetLinksAreLimitedToAFewAnHourWithoutTheAnswerChanging() throws Exception {
        UserView kim = someone("kim.limit");
        WebClient web = new WebClient(port);
        web.get("/password/forgot");
        for (int i = 0; i < PasswordLinks.MAX_RESETS_AN_HOUR + 2; i++) {
            assertThat(text(web.postForm("/password/forgot", Map.of("email", kim.email())).body()))
                    .contains("If an account has this address");
        }
        assertThat(messagesTo(kim.email())).isEqualTo(PasswordLinks.MAX_RESETS_AN_HOUR);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.passwordResetLimited' and target_id = ?")
                .param(String.valueOf(kim.id())).query(Long.class).single()).isEqualTo(2);
    }
}
