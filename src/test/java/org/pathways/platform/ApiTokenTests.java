package org.pathways.platform;

import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PathwaysTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    @Test
    void scriptTradesAPasswordForATokenAndUsesIt() throws Exception {
        String token = createToken("manager", TestUsers.PASSWORD, 30);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("manager"))
                .andExpect(jsonPath("$.organization.name").value("Riverbend Chamber of Commerce"))
                .andExpect(jsonPath("$.organization.type").value("INTERMEDIARY"))
                .andExpect(jsonPath("$.roles[0]").value("COLLABORATIVE_MANAGER"));
    }

    @Test
    void storesOnlyTheHashOfAToken() throws Exception {
        String token = createToken("viewer", TestUsers.PASSWORD, 7);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(ApiTokens.hash(token)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void wrongPasswordGetsAProblemAndNoToken() throws Exception {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"viewer\",\"password\":\"wrong-one-here\",\"name\":\"x\",\"expiresInDays\":3}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The username or password is wrong."));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void invalidRequestsNameTheFieldsAndCreateNothing() throws Exception {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"viewer\",\"password\":\"" + TestUsers.PASSWORD + "\",\"name\":\"\",\"expiresInDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'expiresInDays')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void revokedTokensAreRefused() throws Exception {
        String token = createToken("employer", TestUsers.PASSWORD, 30);
        long id = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(token)).query(Long.class).single();

        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").exists());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("unknown, expired or revoked")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'token.revoked' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        String token = createToken("employer", TestUsers.PASSWORD, 1);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where token_hash = ?").param(ApiTokens.hash(token)).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void sessionCookiesDoNotAuthenticateTheApi() throws Exception {
        mvc.perform(get("/api/v1/me").with(users.as("practitioner"))).andExpect(status().isOk());
        // A browser session alone (no bearer token) is not enough: the API chain ignores sessions.
        mvc.perform(get("/api/v1/me").sessionAttr("SPRING_SECURITY_CONTEXT", "anything")).andExpect(status().isUnauthorized());
    }

    @Test
    void profilePageShowsANewTokenOnceAndRevokesIt() throws Exception {
        MvcResult created = mvc.perform(post("/profile/tokens").with(users.as("practitioner")).with(csrf())
                        .param("name", "nightly export").param("expiresInDays", "14"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("Copy this token now")))
                .andReturn();
        String page = created.getResponse().getContentAsString();
        String token = page.substring(page.indexOf("value=\"pw_") + 7, page.indexOf('"', page.indexOf("value=\"pw_") + 7));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/profile").with(users.as("practitioner")))
                .andExpect(content().string(containsString("nightly export")))
                .andExpect(content().string(not(containsString(token))));

        long id = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(token)).query(Long.class).single();
        mvc.perform(post("/profile/tokens/" + id + "/revoke").with(users.as("practitioner")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void profileFormRejectsBadValuesWithFieldMessages() throws Exception {
        mvc.perform(post("/profile/tokens").with(users.as("practitioner")).with(csrf())
                        .param("name", "").param("expiresInDays", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Enter a whole number.")))
                .andExpect(content().string(not(containsString("Copy this token now"))));
    }

    private String createToken(String username, String password, int days) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password
                                + "\",\"name\":\"test\",\"expiresInDays\":" + days + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(containsString("pw_")))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        int start = body.indexOf("pw_");
        return body.substring(start, body.indexOf('"', start));
    }
}
