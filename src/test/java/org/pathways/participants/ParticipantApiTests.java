package org.pathways.participants;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participants through the API, as Second Chance Works' practitioner keeps them and as Riverbend Regional Health's
 * representative follows a referral: the circumstances kept apart and every read of them logged, bad input refused with the
 * field named and nothing saved, consent deciding what the employer sees, and the stages in order.
 */
@PathwaysTest
class ParticipantApiTests {

    private static final String PRIYA = "practitioner";
    private static final String HOSPITAL = "employer";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, String body)
            throws Exception {
        request.with(users.as(user)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static long idOf(MvcResult result) throws Exception {
        return Long.parseLong(result.getResponse().getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long create(String family, String circumstances) throws Exception {
        String body = """
                {"givenName":"Nadia","familyName":"%s","preferredLanguage":"es","countyFips":"39049",
                 "strengths":"Keeps a busy kitchen calm",
                 "skills":[{"name":"Active Listening"},{"name":"Runs a six-burner line"}],
                 "credentials":[{"kind":"CERTIFICATE","name":"ServSafe food handler","issuer":"National Restaurant Association"}],
                 "workHistory":[{"employerName":"Diner on Main","title":"Line cook","socCode":"35-2014","startedOn":"2021-03-01",
                                 "endedOn":"2025-06-30"}],
                 "goals":["31-1131"]%s}""".formatted(family, circumstances == null ? "" : ",\"circumstances\":" + circumstances);
        return idOf(send(post("/api/v1/participants"), PRIYA, body).andExpect(status().isCreated()).andReturn());
    }

    private long jobOf(String organization, String employer, String title) {
        return jdbc.sql("""
                        select j.id from critical_job j join employer e on e.id = j.employer_id
                        join organization o on o.id = e.organization_id
                        where o.name = ? and e.name = ? and j.employer_title =
                                ? order by j.id limit 1""").params(organization, employer, title)
                .query(Long.class).single();
    }

    private long employerOf(long job) {
        return jdbc.sql("select employer_id from critical_job where id = ?").param(job).query(Long.class).single();
    }

    private long consent(long participant, long employer, String categories) throws Exception {
        String body = """
                {"givenBy":"PARTICIPANT","recipientEmployerId":%d,"purpose":"REFERRAL","categories":[%s],"method":"E_SIGNED",
                 "givenOn":"%s","expiresOn":"%s"}""".formatted(employer, categories, LocalDate.now().minusDays(3),
                LocalDate.now().plusMonths(6));
        return idOf(send(post("/api/v1/participants/" + participant + "/consents"), PRIYA,
                body).andExpect(status().isCreated()).andReturn());
    }

    @Test
    void circumstancesTravelApartAreSealedAndEveryReadIsInTheAccessLog() throws Exception {
        long id = create("Vance", """
                {"populations":["JUSTICE_INVOLVED","SINGLE_PARENTS"],
                 "barriers":[{"kind":"JUSTICE_RECORD","status":"BEING_ADDRESSED","note":"Expungement hearing set for spring"},
                             {"kind":"HEALTH","status":"OPEN","note":"Asthma; needs a dust-free station","supports":[
                               {"service":"Health navigator","provider":"PrimaryOne Health","startedOn":"2026-10-01"}]}]}""");
        send(get("/api/v1/participants/" + id), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[0].elementId").value("2.A.1.b"))
                .andExpect(jsonPath("$.skills[1].elementId").doesNotExist())
                .andExpect(content().string(not(containsString("Expungement"))))
                .andExpect(content().string(not(containsString("JUSTICE"))));
        assertThat(jdbc.sql("select count(*) from participant_medical where participant_id = ?").param(id).query(Long.class).single())
                .as("health is kept in its own store").isEqualTo(1);

        send(get("/api/v1/participants/" + id + "/circumstances"), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.populations", hasItem("JUSTICE_INVOLVED")))
                .andExpect(jsonPath("$.barriers[0].note").value("Expungement hearing set for spring"))
                .andExpect(jsonPath("$.barriers[1].supports[0].provider").value("PrimaryOne Health"))
                .andExpect(jsonPath("$.version").value(1));
        send(get("/api/v1/participants/" + id + "/access-log"), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].what").value("CIRCUMSTANCES_API")).andExpect(jsonPath("$[0].actor").value("Priya Patel"))
                .andExpect(jsonPath("$[1].what").value("SAVE"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'participant.read' and target_id = ?")
                .param(String.valueOf(id))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select string_agg(coalesce(detail, ''), ' ') from audit_event"
                        + " where target_id = ? and target_type = 'participant'")
                .param(String.valueOf(id)).query(String.class).single()).as("the audit names the act, never the content")
                .doesNotContain("Expungement").doesNotContain("Asthma");

        // the matches weigh the circumstances, and that is a read too
        send(get("/api/v1/participants/" + id + "/matches"), PRIYA, null).andExpect(status().isOk());
        send(get("/api/v1/participants/" + id + "/access-log"), PRIYA, null).andExpect(jsonPath("$[0].what").value("MATCHES"));

        // a save on the version read; an older one is refused and nothing is lost
        String changed = """
                {"populations":["JUSTICE_INVOLVED"],"barriers":[{"kind":"JUSTICE_RECORD","status":"RESOLVED","note":"Record sealed"}]}""";
        send(put("/api/v1/participants/" + id + "/circumstances").param("version", "1"), PRIYA, changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        assertThat(jdbc.sql("select count(*) from participant_medical where participant_id = ?").param(id).query(Long.class).single())
                .as("no medical barrier left, no medical store").isZero();
        send(put("/api/v1/participants/" + id + "/circumstances").param("version", "1"), PRIYA, changed).andExpect(status().isConflict());
        send(put("/api/v1/participants/" + id + "/circumstances").param("version", "2"), PRIYA, """
                {"barriers":[{"kind":"HOUSING"}]}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("barriers[0].status"));
    }

    @Test
    void readOnlyMembersAndEmployersSeeNoCircumstances() throws Exception {
        long id = create("Okoro", "{\"populations\":[\"VETERANS_MILITARY_SPOUSES\"]}");
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
        long secondChance = users.user(PRIYA).organizationId();
        if (jdbc.sql("select count(*) from user_account where username = 'scw-reader'").query(Long.class).single() == 0) {
            accounts.create(secondChance, new UserAccounts.NewUser("scw-reader", "Board Observer", "reader@demo.pathways.invalid",
                    "a long passphrase for reading", Set.of(Role.READ_ONLY)));
        }
        SecurityContextHolder.clearContext();
        send(get("/api/v1/participants/" + id), "scw-reader", null).andExpect(status().isOk());
        send(get("/api/v1/participants/" + id + "/circumstances"), "scw-reader", null).andExpect(status().isForbidden());
        send(get("/api/v1/participants/" + id + "/access-log"), "scw-reader", null).andExpect(status().isForbidden());
        send(get("/api/v1/participants/" + id + "/circumstances"), HOSPITAL, null).andExpect(status().isNotFound());
        send(get("/api/v1/participants/" + id), "youthcoach", null).andExpect(status().isNotFound());
        send(get("/api/v1/participants/" + id + "/access-log"), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.what == 'CIRCUMSTANCES_API')]").isEmpty());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        long before = count("participant");
        send(post("/api/v1/participants"), PRIYA, """
                {"givenName":"Ray","familyName":"Ng","preferredLanguage":"fr","countyFips":"99999","birthDate":"%s",
                 "programEntry":"2026-05-01","programExit":"2026-04-01","goals":["99-9999"],"skills":[{"elementId":"9.Z.9"}],
                 "workHistory":[{"employerName":"","title":"Cook","startedOn":"2026-01-01","endedOn":"2025-01-01"}],
                 "circumstances":{"barriers":[{"status":"OPEN"}]}}""".formatted(LocalDate.now().plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("preferredLanguage"))).andExpect(jsonPath("$.errors[*].field",
                hasItem("birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("programExit"))).andExpect(jsonPath("$.errors[*].field",
                hasItem("countyFips")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0]"))).andExpect(jsonPath("$.errors[*].field",
                hasItem("skills[0].elementId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("workHistory[0].employerName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("workHistory[0].endedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("circumstances.barriers[0].kind")));
        assertThat(count("participant")).as("nothing half-saved").isEqualTo(before);

        long id = create("Ibarra", null);
        String body = "{\"givenName\":\"Nadia\",\"familyName\":\"Ibarra\",\"strengths\":\"Steady\"}";
        send(put("/api/v1/participants/" + id).param("version", "0"), PRIYA, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.skills").isEmpty());
        send(put("/api/v1/participants/" + id).param("version", "0"), PRIYA, body.replace("Steady", "Changed"))
                .andExpect(status().isConflict());
        send(get("/api/v1/participants/" + id), PRIYA, null).andExpect(jsonPath("$.strengths").value("Steady"));

        long keystone = employerOf(jobOf("Second Chance Works", "Keystone Precision Machining", "CNC Machinist"));
        long consents = count("consent");
        send(post("/api/v1/participants/" + id + "/consents"), PRIYA, """
                {"givenBy":"GUARDIAN","recipientEmployerId":%d,"purpose":"REFERRAL","categories":[],"method":"VERBAL_WITNESSED",
                 "givenOn":"2026-06-01","expiresOn":"2026-05-01"}""".formatted(keystone)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("guardianName"))).andExpect(jsonPath("$.errors[*].field",
                hasItem("witness")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("categories"))).andExpect(jsonPath("$.errors[*].field",
                hasItem("expiresOn")));
        long bridgesEmployer = jdbc.sql("""
                        select min(e.id) from employer e join organization o on o.id = e.organization_id
                        where o.name = 'Bridges Youth Network'""")
                .query(Long.class).single();
        send(post("/api/v1/participants/" + id + "/consents"), PRIYA, """
                {"givenBy":"PARTICIPANT","recipientEmployerId":%d,"purpose":"REFERRAL","categories":["CONTACT"],"method":"PAPER_SIGNED",
                 "givenOn":"2026-06-01","expiresOn":"2027-05-01"}""".formatted(bridgesEmployer)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipientEmployerId"));
        assertThat(count("consent")).isEqualTo(consents);
    }

    @Test
    void aReferralNeedsAConsentThatHoldsForThatEmployerAndItsStagesComeInOrder() throws Exception {
        long id = create("Quinn", null);
        long machinists = jobOf("Second Chance Works", "Keystone Precision Machining", "CNC Machinist");
        long forklifts = jobOf("Second Chance Works", "Lakeside Freight & Logistics", "Forklift Operator");
        long bridgesJob = jobOf("Bridges Youth Network", "Valley Fresh Foods", "Production Worker");
        long toKeystone = consent(id, employerOf(machinists), "\"SKILLS_CREDENTIALS\"");
        long referrals = count("referral");
        send(post("/api/v1/referrals"), PRIYA, "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, forklifts,
                toKeystone))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consentId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Lakeside Freight")));
        send(post("/api/v1/referrals"), PRIYA, "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, bridgesJob,
                toKeystone))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("criticalJobId"));
        assertThat(count("referral")).isEqualTo(referrals);

        long referral = idOf(send(post("/api/v1/referrals"), PRIYA,
                "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, machinists, toKeystone))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("REFERRED")).andReturn());
        send(post("/api/v1/referrals"), PRIYA, "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, machinists,
                toKeystone))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("criticalJobId"));
        String today = LocalDate.now().toString();
        send(post("/api/v1/referrals/" + referral + "/stages"), PRIYA, "{\"stage\":\"HIRED\",\"occurredOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("Record the offer before the hire."));
        for (String stage : new String[] {"APPLIED", "INTERVIEWED", "OFFERED", "HIRED"}) {
            send(post("/api/v1/referrals/" + referral + "/stages"), PRIYA, "{\"stage\":\"" + stage + "\",\"occurredOn\":\"" + today + "\"}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value(stage));
        }
        send(post("/api/v1/referrals/" + referral + "/stages"), PRIYA, "{\"stage\":\"RETAINED_90\",\"occurredOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        send(get("/api/v1/referrals/" + referral), PRIYA, null).andExpect(jsonPath("$.hiredOn").value(today))
                .andExpect(jsonPath("$.nextRetention").value("RETAINED_30"))
                .andExpect(jsonPath("$.nextRetentionDue").value(LocalDate.now().plusDays(30).toString()));

        // revoked: no new referral under it
        send(post("/api/v1/consents/" + toKeystone + "/revoke"), PRIYA, "{\"reason\":\"Asked us to stop\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));
        send(post("/api/v1/consents/" + toKeystone + "/revoke"), PRIYA, "{}").andExpect(status().isBadRequest());
        long welders = jobOf("Second Chance Works", "Keystone Precision Machining", "Welder/Fabricator");
        send(post("/api/v1/referrals"), PRIYA, "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, welders,
                toKeystone))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("This consent was revoked."));
    }

    @Test
    void theEmployerSeesOnlyTheConsentedPartOfItsReferralsAndNothingOnceConsentIsRevoked() throws Exception {
        long id = create("Delgado", """
                {"populations":["DISABILITIES"],
                 "barriers":[{"kind":"DISABILITY","status":"BEING_ADDRESSED","note":"Low vision; screen reader"}]}""");
        long techs = jobOf("Second Chance Works", "Riverbend Regional Health", "Patient Care Tech - ED");
        long consent = consent(id, employerOf(techs), "\"SKILLS_CREDENTIALS\",\"ACCOMMODATION\"");
        long referral = idOf(send(post("/api/v1/referrals"), PRIYA,
                "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, techs, consent)).andReturn());

        send(get("/api/v1/referrals/" + referral), HOSPITAL, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.consentHolds").value(true)).andExpect(jsonPath("$.name").value("Nadia Delgado"))
                .andExpect(jsonPath("$.skills", hasItem("Active Listening")))
                .andExpect(jsonPath("$.credentials[0]").value("ServSafe food handler (National Restaurant Association)"))
                .andExpect(jsonPath("$.accommodationRequested").value(true))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.workHistory").isEmpty())
                .andExpect(content().string(not(containsString("Low vision"))))
                .andExpect(content().string(not(containsString("DISABILIT"))));
        send(get("/api/v1/referrals"), HOSPITAL, null).andExpect(jsonPath("$[*].id", hasItem((int) referral)));
        send(get("/api/v1/participants/" + id + "/access-log"), PRIYA, null)
                .andExpect(jsonPath("$[0].what").value("ACCOMMODATION_FLAG"))
                .andExpect(jsonPath("$[0].organizationName").value("Riverbend Regional Health"))
                .andExpect(jsonPath("$[0].referralId").value((int) referral));

        send(post("/api/v1/referrals/" + referral + "/stages"), HOSPITAL,
                "{\"stage\":\"RETAINED_30\",\"occurredOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        send(post("/api/v1/referrals/" + referral + "/stages"), PRIYA, "{\"stage\":\"APPLIED\",\"occurredOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk());
        send(post("/api/v1/referrals/" + referral + "/stages"), HOSPITAL,
                "{\"stage\":\"INTERVIEWED\",\"occurredOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("INTERVIEWED"));
        send(get("/api/v1/participants/" + id), HOSPITAL, null).andExpect(status().isNotFound());

        send(post("/api/v1/consents/" + consent + "/revoke"), PRIYA, null).andExpect(status().isOk());
        send(get("/api/v1/referrals/" + referral), HOSPITAL, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.consentHolds").value(false)).andExpect(jsonPath("$.name").doesNotExist())
                .andExpect(jsonPath("$.skills").isEmpty()).andExpect(jsonPath("$.accommodationRequested").doesNotExist())
                .andExpect(jsonPath("$.stage").value("INTERVIEWED"));
        send(get("/api/v1/referrals/" + referral), "youthcoach", null).andExpect(status().isNotFound());
    }

    @Test
    void anErasedParticipantLeavesOnlyTheDeIdentifiedReferral() throws Exception {
        long id = create("Erasmus", "{\"populations\":[\"LOW_INCOME\"],\"barriers\":[{\"kind\":\"FINANCIAL\",\"status\":\"OPEN\"}]}");
        long forklifts = jobOf("Second Chance Works", "Lakeside Freight & Logistics", "Forklift Operator");
        long consent = consent(id, employerOf(forklifts), "\"CONTACT\"");
        long referral = idOf(send(post("/api/v1/referrals"), PRIYA,
                "{\"participantId\":%d,\"criticalJobId\":%d,\"consentId\":%d}".formatted(id, forklifts, consent)).andReturn());
        send(post("/api/v1/participants/" + id + "/erase"), PRIYA, null).andExpect(status().isNoContent());
        send(get("/api/v1/participants/" + id), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.givenName").doesNotExist()).andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.skills").isEmpty()).andExpect(jsonPath("$.erasedAt").exists());
        assertThat(jdbc.sql("select count(*) from participant_circumstances where participant_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select stage from referral where id = ?").param(referral).query(String.class).single()).isEqualTo("REFERRED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'participant.erased' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        send(put("/api/v1/participants/" + id).param("version", "1"), PRIYA, "{\"givenName\":\"Back\",\"familyName\":\"Again\"}")
                .andExpect(status().isBadRequest());
        send(get("/api/v1/participants").param("q", "Erasmus"), PRIYA, null).andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void searchFiltersTheOrganizationsOwnParticipants() throws Exception {
        send(get("/api/v1/participants").param("q", "reed"), PRIYA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Marcus Reed"));
        send(get("/api/v1/participants").param("credential", "INDUSTRY_CERTIFICATION").param("soc", "15-1232"), PRIYA, null)
                .andExpect(jsonPath("$.items[*].displayName", hasItem("Mei Chen"))).andExpect(jsonPath("$.totalItems").value(1));
        send(get("/api/v1/participants").param("stage", "RETAINED_365"), PRIYA, null)
                .andExpect(jsonPath("$.items[0].displayName").value("Rob Gaines"));
        send(get("/api/v1/participants").param("county", "39089").param("skill", "Monitoring"), PRIYA, null)
                .andExpect(jsonPath("$.items[0].displayName").value("Denise Carver"));
        send(get("/api/v1/participants").param("q", "reed"), "youthcoach", null).andExpect(jsonPath("$.totalItems").value(0));
        send(get("/api/v1/consents/expiring"), PRIYA, null).andExpect(jsonPath("$[*].participantName", hasItem("Tomás Silva")));
        send(get("/api/v1/retention-checks"), PRIYA, null).andExpect(jsonPath("$[*].participantName", hasItem("Luis Ortega")));
    }
}
