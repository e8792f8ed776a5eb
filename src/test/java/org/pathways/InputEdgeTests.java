package org.pathways;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile and odd input at the edge: each is refused with a message naming what is wrong, never a 500, and
 * nothing is stored; and the refusals that matter for security are in the audit log.
 */
@PathwaysTest
class InputEdgeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PageForms forms;
    @LocalServerPort
    int port;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aNullByteIsRefusedWhereverItComesFromAndNamed() throws Exception {
        long before = count("select count(*) from employer");
        mvc.perform(post("/api/v1/employers").with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Null\\u0000Byte Bakery\",\"sector\":\"PRIVATE_FOR_PROFIT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/v1/employers").param("q", "a\u0000b").with(users.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/employers").param("county", "39\u0000049").with(users.as("practitioner")).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/employers").with(users.as("practitioner")).with(csrf()).param("name", "Null\u0000Byte").param("sector", "PRIVATE_FOR_PROFIT"))
                .andExpect(status().isBadRequest());
        MvcResult csv = mvc.perform(multipart("/employers/import").file(new MockMultipartFile("file", "employers.csv", "text/csv",
                        "name,sector\nNull\u0000Byte Bakery,PRIVATE_FOR_PROFIT\n".getBytes(StandardCharsets.UTF_8)))
                .with(users.as("practitioner")).with(csrf()).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn();
        assertThat(text(csv.getResponse().getContentAsString())).contains("Row 2, column “name”").contains("control character");
        assertThat(count("select count(*) from employer")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void hugePageNumbersOddUploadNamesAndCutBodiesAreTheSendersMistake() throws Exception {
        mvc.perform(get("/api/v1/employers").param("page", "100000000").with(users.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/employers").param("page", "100000000").with(users.as("practitioner"))).andExpect(status().isBadRequest());
        for (String name : new String[] {".", "..", "x".repeat(300) + ".csv", "../../etc/passwd", "a\u0000b.csv"}) {
            mvc.perform(multipart("/employers/import").file(new MockMultipartFile("file", name, "text/csv",
                            "name,sector\n".getBytes(StandardCharsets.UTF_8)))
                    .with(users.as("practitioner")).with(csrf())).andExpect(status().isOk());
        }
        WebClient web = new WebClient(port);
        web.signIn("practitioner", TestUsers.PASSWORD);
        web.get("/employers/import");
        String cut = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\nContent-Type: text/csv\r\n\r\nname,sec";
        HttpResponse<String> response = web.postRaw("/employers/import", "multipart/form-data; boundary=b", cut.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("a multipart body cut short").isEqualTo(400);
        assertThat(new WebClient(port).get("/error").statusCode()).as("/error asked for directly").isEqualTo(400);
    }

    @Test
    void valuesAreRefusedRatherThanBent() throws Exception {
        long keystone = count("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining'");
        mvc.perform(post("/api/v1/employers/" + keystone + "/critical-jobs").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"employerTitle\":true,\"payUnit\":\"HOUR\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("employerTitle"));
        mvc.perform(post("/api/v1/employers").with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Half Person Foods\",\"sector\":\"PRIVATE_FOR_PROFIT\",\"headCount\":1.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("headCount"));
        assertThat(forms.refused("practitioner", "/employers", "name", "Arabic Digits Foods", "sector", "PRIVATE_FOR_PROFIT",
                "headCount", "\u0661\u0662")).contains("Enter a whole number.");
        assertThat(count("select count(*) from employer where name in ('Half Person Foods', 'Arabic Digits Foods')")).isZero();

        MvcResult french = mvc.perform(get("/login").param("lang", "fr")).andReturn();
        assertThat(french.getResponse().getCookie("pathways-lang")).as("only English and Spanish are kept").isNull();
        assertThat(french.getResponse().getContentAsString()).contains("lang=\"en\"");
        assertThat(mvc.perform(get("/login").param("lang", "es")).andReturn().getResponse().getCookie("pathways-lang").getValue()).isEqualTo("es");
    }

    @Test
    void refusalsThatMatterForSecurityAreAudited() throws Exception {
        long bridgesContact = count("select min(c.id) from employer_contact c join employer e on e.id = c.employer_id"
                + " join organization o on o.id = e.organization_id where o.name = 'Bridges Youth Network'");
        long keystone = count("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining'");
        long before = count("select count(*) from audit_event where action = 'access.foreignRecordRefused' and detail = ?", "contactIds [" + bridgesContact + "]");
        mvc.perform(post("/api/v1/employers/" + keystone + "/engagements").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CALL\",\"occurredOn\":\"2026-11-30\",\"subject\":\"Probe\","
                                + "\"contactIds\":[" + bridgesContact + "]}"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from audit_event where action = 'access.foreignRecordRefused' and detail = ?", "contactIds [" + bridgesContact + "]"))
                .as("another organization's contact named in a body").isEqualTo(before + 1);

        WebClient web = new WebClient(port);
        web.signIn("practitioner", TestUsers.PASSWORD);
        web.forgetCsrf();
        long csrfBefore = count("select count(*) from audit_event where action = 'access.csrfRefused'");
        assertThat(web.postForm("/employers", Map.of("name", "No token Foods", "sector", "PRIVATE_FOR_PROFIT")).statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from audit_event where action = 'access.csrfRefused'")).isEqualTo(csrfBefore + 1);

        // a session left open is not a way around the lock-out: wrong current passwords count like failed sign-ins
        String username = "guesser-" + System.nanoTime();
        forms.accepted("admin", "/admin/organizations/" + count("select id from organization where name = 'Second Chance Works'") + "/users",
                "username", username, "displayName", "Guess Test", "password", "a-sturdy-passphrase-42", "roles", "STAFF");
        for (int attempt = 1; attempt <= 7; attempt++) {
            forms.refused(username, "/profile/password", "currentPassword", "guess-" + attempt, "newPassword", "another-sturdy-phrase-43",
                    "confirmPassword", "another-sturdy-phrase-43");
        }
        assertThat(count("select count(*) from audit_event where action = 'user.passwordChangeRefused' and actor = ?", username)).isEqualTo(7);
        assertThat(count("select count(*) from user_account where username = ? and locked_until > now()", username)).as("locked").isEqualTo(1);
        assertThat(new WebClient(port).signIn(username, "a-sturdy-passphrase-42").headers().firstValue("Location").orElseThrow())
                .as("the right password is refused while locked").endsWith("/login?error=credentials");
    }

    @Test
    void anotherCollaborativesSurveyAnswersAsIfItDidNotExist() throws Exception {
        long health = count("select id from collaborative where name = 'Riverbend Healthcare Talent Collaborative'");
        long manufacturing = count("select id from collaborative where name = 'Central Ohio Advanced Manufacturing Collaborative'");
        long manufacturingSurvey = count("select max(id) from demand_survey where collaborative_id = ? and status = 'CLOSED'", manufacturing);
        long nowhere = 987654321L;
        String other = mvc.perform(get("/api/v1/collaboratives/" + health + "/demand").param("survey", String.valueOf(manufacturingSurvey))
                .with(users.as("employer"))).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/collaboratives/" + health + "/demand").param("survey", String.valueOf(nowhere))
                .with(users.as("employer"))).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(other.replace(String.valueOf(manufacturingSurvey), "N")).as("the same answer as a survey that does not exist")
                .isEqualTo(unknown.replace(String.valueOf(nowhere), "N")).doesNotContain("No collaborative");
    }

    @Test
    void aCsrFormWithAnUnreadableVersionAsksToReopenInsteadOfFailing() throws Exception {
        long keystone = count("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining'");
        String page = text(mvc.perform(post("/employers/" + keystone + "/csr-dei").with(users.as("practitioner")).with(csrf())
                        .locale(Locale.ENGLISH).param("version", "x").param("csrApproach", "NOPE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Someone saved this record after you opened it");
    }

    @Test
    void theBrowsersFaviconRequestFindsTheIcon() throws Exception {
        MvcResult icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn();
        assertThat(icon.getResponse().getContentType()).startsWith("image/svg+xml");
        assertThat(icon.getResponse().getContentAsString()).contains("<svg");
    }
}
