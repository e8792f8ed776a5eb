package org.pathways.talentflow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The chamber keeps hire records for the healthcare collaborative's members: typed on the page, refused with every problem
 * at once, imported from an applicant-tracking export whose unknown sources wait for a review, once only; a referral hired
 * on the pipeline arrives by itself and is closed when the person leaves; partners see a talent flow where nothing held
 * back can be worked out from what is shown.
 */
@PathwaysTest
class TalentFlowTests {

    private static final String MANAGER = "manager";
    private static final String VIEWER = "viewer";
    private static final String PRIYA = "practitioner";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PageForms forms;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private long chamberProfile(String name) {
        return jdbc.sql("""
                        select e.id from employer e join organization o on o.id = e.organization_id
                        where o.name = 'Riverbend Chamber of Commerce' and e.name = ?""").param(name).query(Long.class).single();
    }

    private long job(long employerId, String title) {
        return jdbc.sql("select id from critical_job where employer_id = ? and employer_title = ?").params(employerId, title)
                .query(Long.class).single();
    }

    private long hires(long employerId) {
        return jdbc.sql("select count(*) from hire where employer_id = ?").param(employerId).query(Long.class).single();
    }

    private long provider(String name) {
        return jdbc.sql("select id from provider where name = ?").param(name).query(Long.class).single();
    }

    private JsonNode api(String user, String path, int status) throws Exception {
        var response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void aHireIsRefusedWithEveryProblemAtOnceThenRecordedCorrectedAndRemoved() throws Exception {
        long clinics = chamberProfile("Eastside Family Clinics");
        long mercy = chamberProfile("Mercy Valley Hospital");
        String page = "/employers/" + clinics + "/hires";
        long before = hires(clinics);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        String refused = text(forms.refused(MANAGER, page, "criticalJobId", String.valueOf(job(mercy, "STNA")), "hiredOn", tomorrow,
                "separatedOn", "2026-01-01", "countyFips", "99999", "zipCode", "4321", "wage", "18", "wageUnit", "HOURLY",
                "providerId", String.valueOf(provider("Second Chance Works")), "upstreamProviderIds",
                String.valueOf(provider("Second Chance Works"))));
        assertThat(refused).contains("That critical job is not one of this employer’s.")
                .contains("The hire date " + tomorrow + " has not come yet")
                .contains("There is no county with the code 99999").contains("Write the ZIP code as five digits")
                .contains("The direct provider cannot also be upstream of itself.");
        assertThat(text(forms.refused(MANAGER, page, "criticalJobId", String.valueOf(job(clinics, "Clinic RN")), "hiredOn", "2026-05-04",
                "separatedOn", "2026-04-01", "wageUnit",
                        "HOURLY"))).contains("The person cannot leave (2026-04-01) before being hired (2026-05-04).");
        assertThat(hires(clinics)).as("nothing half-saved").isEqualTo(before);

        forms.accepted(MANAGER, page, "criticalJobId", String.valueOf(job(clinics, "Clinic RN")), "hiredOn", "2026-05-04",
                "personLabel", "EFC-2201", "providerId", String.valueOf(provider("Riverbend Community College")), "upstreamProviderIds",
                String.valueOf(provider("Riverbend Valley Adult Education")), "countyFips", "39049", "wage", "34.50", "wageUnit", "HOURLY",
                "populations", "ENGLISH_LEARNERS");
        assertThat(hires(clinics)).isEqualTo(before + 1);
        String list = text(forms.page(MANAGER, page));
        assertThat(list).contains("EFC-2201").contains("Tier 2: Riverbend Valley Adult Education").contains("✓ 90 days");
        assertThat(text(forms.refused(MANAGER, page, "criticalJobId", String.valueOf(job(clinics, "Clinic RN")), "hiredOn", "2026-05-04",
                "personLabel", "efc-2201 ", "wageUnit",
                        "HOURLY"))).contains("efc-2201 is already recorded as hired into this job on 2026-05-04.");

        long hire = jdbc.sql("select id from hire where employer_id = ? and person_label = 'EFC-2201'").param(clinics)
                .query(Long.class).single();
        String edit = "/hires/" + hire;
        assertThat(text(forms.refused(MANAGER, edit, "version", "0", "criticalJobId", String.valueOf(job(clinics, "Clinic RN")),
                "hiredOn", "2026-05-04", "separationReason", "QUIT", "wageUnit",
                        "HOURLY"))).contains("Give the date the person left along with why.");
        forms.accepted(MANAGER, edit, "version", "0", "criticalJobId", String.valueOf(job(clinics, "Clinic RN")), "hiredOn", "2026-05-04",
                "personLabel", "EFC-2201", "separatedOn", "2026-06-20", "separationReason", "QUIT", "wageUnit", "HOURLY");
        assertThat(text(forms.page(MANAGER, page))).contains("Left on 2026-06-20").contains("✗ 90 days");
        assertThat(text(forms.refused(MANAGER, edit, "version", "0", "criticalJobId", String.valueOf(job(clinics, "Clinic RN")),
                "hiredOn", "2026-05-04", "wageUnit",
                        "HOURLY"))).as("a save over a newer one").contains("Someone saved this hire after you opened it.");
        forms.accepted(MANAGER, edit + "/remove");
        assertThat(hires(clinics)).isEqualTo(before);
        assertThat(forms.submit(PRIYA, page, "criticalJobId", String.valueOf(job(clinics, "Clinic RN")), "hiredOn", "2026-05-04")
                .getStatus()).as("another organization's employer").isEqualTo(404);
    }

    @Test
    void anApplicantTrackingExportWaitsForItsUnknownSourcesThenImportsOnceAndALaterFileClosesAHire() throws Exception {
        long senior = chamberProfile("Riverbend Senior Living");
        String importPage = "/employers/" + senior + "/hires/import";
        long before = hires(senior);
        String file = """
                Candidate Name,Requisition,Start Date,Source,Source Type,Termination Date,Zip,Hourly Rate,County
                Ana Ruiz,Caregiver / STNA,3/2/2026,SCW,Community partner,,43215,16.25,39049
                Ben Okafor,Charge Nurse (LPN),2026-02-14,Indeed,Job Board,,43081,27,39041
                Cora Lee,Caregiver / STNA,2026-04-01,Second Chance Works,Community partner,,,16,
                """;
        String waiting = text(forms.upload(MANAGER, importPage, "ats.csv", file).getContentAsString());
        assertThat(waiting).contains("1 of its sources are not providers yet").contains("Indeed").contains("Job Board")
                .contains("1, from row 3");
        assertThat(hires(senior)).as("nothing written before the review").isEqualTo(before);
        long pending = jdbc.sql("select max(id) from hire_import_pending where employer_id = ?").param(senior).query(Long.class).single();

        String review = importPage + "/review";
        assertThat(text(forms.refused(MANAGER, review, "pending", String.valueOf(pending), "places[0].name", "Indeed",
                "places[0].choice", "NEW"))).contains("Say what “Indeed” is");
        assertThat(hires(senior)).isEqualTo(before);
        String done = text(forms.submit(MANAGER, review, "pending", String.valueOf(pending), "places[0].name", "Indeed",
                "places[0].choice", "NEW", "places[0].kind", "JOB_BOARD").getContentAsString());
        assertThat(done).contains("ats.csv imported: 3 hires added");
        assertThat(hires(senior)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select kind from provider where name = 'Indeed'").query(String.class).single()).isEqualTo("JOB_BOARD");
        assertThat(jdbc.sql("select count(*) from hire_import_pending where id = ?").param(pending).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select p.name from hire h join provider p on p.id = h.provider_id where h.person_label = 'Ana Ruiz'")
                .query(String.class).single()).as("an alias the directory knows").isEqualTo("Second Chance Works");

        assertThat(text(forms.upload(MANAGER, importPage, "ats.csv", file).getContentAsString()))
                .contains("0 hires added, 0 updated with the date the person left, 3 already there unchanged");
        String later = file.replace("Ben Okafor,Charge Nurse (LPN),2026-02-14,Indeed,Job Board,,",
                "Ben Okafor,Charge Nurse (LPN),2026-02-14,"
                + "Indeed,Job Board,2026-03-30,");
        assertThat(text(forms.upload(MANAGER, importPage, "ats-later.csv", later).getContentAsString()))
                .contains("0 hires added, 1 updated with the date the person left, 2 already there unchanged");
        assertThat(jdbc.sql("select separated_on from hire where person_label = 'Ben Okafor'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 3, 30));

        String bad = """
                First Name,Last Name,Job Title,Hire Date,Termination Date,Company,Source
                Dee,Hart,Caregiver / STNA,%s,,Riverbend Senior Living,SCW
                Eli,Moss,Caregiver / STNA,2026-05-01,2026-04-01,Riverbend Senior Living,SCW
                Fay,Ng,Caregiver / STNA,2026-05-01,,Mercy Valley Hospital,SCW
                Gus,Orr,Night Porter,2026-05-01,,Riverbend Senior Living,SCW
                """.formatted(LocalDate.now().plusDays(3));
        String report = text(forms.upload(MANAGER, importPage, "bad.csv", bad).getContentAsString());
        assertThat(report).contains("has not come yet").contains("The person cannot leave (2026-04-01) before being hired (2026-05-01).")
                .contains("This row is for Mercy Valley Hospital, not Riverbend Senior Living")
                .contains("No critical job of this employer is called “Night Porter”").contains("Company").contains("Job Title");
        assertThat(hires(senior)).as("all or nothing").isEqualTo(before + 3);
    }

    @Test
    void theApiTakesAFileWithItsSourcesPlacedAndAnswers422WhileOneIsUnknown() throws Exception {
        long rrh = chamberProfile("Riverbend Regional Health");
        String csv = "Employee ID,Job Title,Start Date,Referral Source\nRRH-9001,Patient Care Tech,2026-06-01,Walk-in fair booth\n";
        var file = new org.springframework.mock.web.MockMultipartFile("file", "export.csv", "text/csv", csv.getBytes());
        String path = "/api/v1/employers/" + rrh + "/hires/import";
        var unknown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path).file(file)
                .with(users.as(MANAGER)).with(csrf())).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(JSON.readTree(unknown.getContentAsString()).path("unknownSources").get(0).path("name").asText())
                .isEqualTo("Walk-in fair booth");
        var placed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path).file(file)
                .param("place", "Walk-in fair booth=" + provider("Employee referral")).with(users.as(MANAGER)).with(csrf())).andReturn()
                .getResponse();
        assertThat(placed.getStatus()).as(placed.getContentAsString()).isEqualTo(200);
        assertThat(JSON.readTree(placed.getContentAsString()).path("added").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from provider_alias where alias = 'Walk-in fair booth'").query(Long.class).single()).isOne();

        String body = """
                {"criticalJobId": %d, "hiredOn": "%s", "separatedOn": "2026-01-01"}""".formatted(job(rrh, "RN Med/Surg"),
                    LocalDate.now().plusDays(2));
        var refused = mvc.perform(post("/api/v1/employers/" + rrh + "/hires").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(users.as(MANAGER)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("hiredOn").contains("separatedOn");
        assertThat(api(MANAGER, "/api/v1/employers/" + rrh + "/hires?size=5", 200).path("totalItems").asInt()).isGreaterThan(20);
        assertThat(mvc.perform(get("/api/v1/employers/" + rrh + "/hires").with(users.as(PRIYA))).andReturn().getResponse().getStatus())
                .as("the chamber's profile is not Second Chance Works'").isEqualTo(404);
    }

    @Test
    void partnersSeeAFlowWhereNothingHeldBackCanBeWorkedOutAndTheManagerSeesEveryFigure() throws Exception {
        long healthcare = jdbc.sql("select id from collaborative where name like 'Riverbend Healthcare%'").query(Long.class).single();
        String path = "/api/v1/collaboratives/" + healthcare + "/talent-flow";
        JsonNode partner = api(VIEWER, path + "?soc=31-1131", 200);
        assertThat(partner.path("socCode").isNull()).as("an occupation is the managing organization's view").isTrue();
        long total = partner.path("hires").asLong();
        assertThat(total).isGreaterThan(30);
        List<String> findings = new ArrayList<>();
        checkBreakdown("byKind", partner.path("byKind"), "hires", total, findings);
        checkBreakdown("byCounty", partner.path("byCounty"), "hires", total, findings);
        checkBreakdown("byJob", partner.path("byJob"), "hires", total, findings);
        checkBreakdown("byTier", partner.path("byTier"), "hires", total, findings);
        for (JsonNode kind : partner.path("byKind")) {
            if (kind.path("providers").size() > 0) {
                checkBreakdown("providers of " + kind.path("kind").asText(), kind.path("providers"), "hires", kind.path("hires").asLong(),
                        findings);
            }
        }
        assertThat(findings).isEmpty();
        assertThat(partner.toString()).contains("\"kind\":\"STAFFING_AGENCY\",\"hires\":null,\"withheld\":\"TOO_FEW_EMPLOYERS\"");

        JsonNode manager = api(MANAGER, path + "?from=2025-01-01&to=" + LocalDate.now() + "&soc=31-1131", 200);
        assertThat(manager.path("socCode").asText()).isEqualTo("31-1131");
        assertThat(manager.toString()).doesNotContain("\"withheld\":\"");
        assertThat(api(MANAGER, path, 200).toString()).contains("Buckeye Medical Staffing");
        assertThat(api(VIEWER, path + "?checkpointDays=45", 400).toString()).contains("checkpointDays");
        assertThat(api(VIEWER, path + "?year=" + (LocalDate.now().getYear() + 1), 400).toString()).contains("year");
        JsonNode rates = api("youthcoach", "/api/v1/collaboratives/" + healthcare + "/capture-rates?checkpointDays=30", 200);
        JsonNode own = null;
        for (JsonNode rate : rates.path("providers")) {
            if (rate.path("providerName").asText().equals("Bridges Youth Network")) {
                own = rate;
            }
        }
        assertThat(own).as("Bridges' own referrals to the members' jobs").isNotNull();
        assertThat(own.path("withheld").isNull()).as("an OPSO sees its own capture rate").isTrue();
        assertThat(own.path("cohort").asLong()).isEqualTo(own.path("referred").asLong() - own.path("tooRecent").asLong());
        JsonNode map = api(VIEWER, path + "/map", 200);
        for (JsonNode county : map.path("counties")) {
            JsonNode line = null;
            for (JsonNode c : partner.path("byCounty")) {
                if (c.path("key").asText().equals(county.path("fips").asText())) {
                    line = c;
                }
            }
            assertThat(county.path("hires").toString()).as("the map shows the breakdown's figure for " + county.path("name").asText())
                    .isEqualTo(line == null ? "null" : line.path("hires").toString());
        }
        assertThat(map.path("counties").size()).as("every Ohio county is drawn").isEqualTo(88);
        assertThat(text(forms.page(VIEWER, "/collaboratives/" + healthcare + "/talent-flow/map"))).contains("<svg")
                .contains("Franklin County, OH").contains("members’ establishments");
        JsonNode supply = api(VIEWER, "/api/v1/collaboratives/" + healthcare + "/supply-demand", 200);
        assertThat(supply.path("surveyTitle").asText()).as("partners compare with the latest closed survey").contains("2025");
        for (JsonNode job : supply.path("jobs")) {
            boolean all = !job.path("openings").isNull() && !job.path("hires").isNull() && !job.path("inProgress").isNull();
            assertThat(job.path("gap").isNull()).as(job.path("socCode").asText()).isEqualTo(!all);
            if (all) {
                assertThat(job.path("gap").asLong()).isEqualTo(job.path("openings").asLong() - job.path("hires").asLong()
                        - job.path("inProgress").asLong() - job.path("fromPrograms").asLong());
            }
        }
        JsonNode managed = api(MANAGER, "/api/v1/collaboratives/" + healthcare + "/supply-demand", 200);
        JsonNode nurses = null;
        for (JsonNode job : managed.path("jobs")) {
            if (job.path("socCode").asText().equals("29-1141")) {
                nurses = job;
            }
        }
        assertThat(nurses).isNotNull();
        assertThat(nurses.path("gap").asLong()).as("the demo's registered nurses: supply behind demand").isPositive();
        JsonNode assistants = null;
        for (JsonNode job : managed.path("jobs")) {
            if (job.path("socCode").asText().equals("31-1131")) {
                assistants = job;
            }
        }
        assertThat(assistants.path("fromPrograms").asLong()).as("the college's certificate: 24 seats × 84 % × 71 %").isEqualTo(14);
        assertThat(text(forms.page(MANAGER, "/"))).contains("Supply behind demand").contains("Registered Nurses");
        String page = text(forms.page(VIEWER, "/collaboratives/" + healthcare + "/talent-flow"));
        assertThat(page).contains("Others (figures held back, added up)").contains("held back: too few employers");
        assertThat(text(forms.page(VIEWER, "/collaboratives/" + healthcare + "/talent-flow?lang=es"))).contains("Flujo de talento");
    }

    /** The lines shown (others included) add up to the total, and no breakdown holds back exactly one line. */
    private static void checkBreakdown(String name, JsonNode lines, String field, long total, List<String> findings) {
        long shown = 0;
        int held = 0;
        for (JsonNode line : lines) {
            if (line.path(field).isNull()) {
                held++;
            } else if (!line.path("key").asText().startsWith("TIER_2")) {
                shown += line.path(field).asLong();
            }
        }
        if (shown != total) {
            findings.add(name + ": the lines shown add up to " + shown + ", not " + total);
        }
        if (held == 1) {
            findings.add(name + ": one line held back alone would follow from the total");
        }
    }

    private String send(String path, String body) throws Exception {
        var response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(users.as(PRIYA)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    private static long id(String json) throws Exception {
        return JSON.readTree(json).path("id").asLong();
    }

    @Test
    void aReferralHiredOnThePipelineBecomesAHireAndItsDepartureClosesIt() throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("select count(*) from referral where hired_on is not null and id not in (select referral_id from hire"
                        + " where referral_id is not null)").query(Long.class).single() == 0);
        long job = jdbc.sql("""
                        select j.id from critical_job j join employer e on e.id = j.employer_id join organization o on o.id =
                            e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Lakeside Freight & Logistics' order by j.id limit 1""")
                .query(Long.class).single();
        long employer = jdbc.sql("select employer_id from critical_job where id = ?").param(job).query(Long.class).single();
        long person = id(send("/api/v1/participants", """
                {"givenName": "Talia", "familyName": "Flowers", "preferredLanguage": "en"}"""));
        long consent = id(send("/api/v1/participants/" + person + "/consents", """
                {"givenBy":"PARTICIPANT","recipientEmployerId":%d,"purpose":"REFERRAL","categories":["SKILLS_CREDENTIALS"],
                 "method":"E_SIGNED", "givenOn":"%s","expiresOn":"%s"}""".formatted(employer, LocalDate.now().minusDays(1),
                LocalDate.now().plusMonths(6))));
        long referral = id(send("/api/v1/referrals", """
                {"participantId":%d,"criticalJobId":%d,"consentId":%d}""".formatted(person, job, consent)));
        String today = LocalDate.now().toString();
        for (String stage : List.of("APPLIED", "INTERVIEWED", "OFFERED", "HIRED")) {
            send("/api/v1/referrals/" + referral + "/stages", "{\"stage\":\"" + stage + "\",\"occurredOn\":\"" + today + "\"}");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("select count(*) from hire where referral_id = ?").param(referral).query(Long.class).single() == 1);
        long hire = jdbc.sql("select id from hire where referral_id = ?").param(referral).query(Long.class).single();
        assertThat(jdbc.sql("select p.name from hire h join provider p on p.id = h.provider_id where h.id = ?").param(hire)
                .query(String.class).single()).isEqualTo("Second Chance Works");
        assertThat(jdbc.sql("select person_label from hire where id = ?").param(hire).query(String.class).optional().orElse(null))
                .as("nothing about the person travels with the hire").isNull();
        send("/api/v1/referrals/" + referral + "/stages", """
                {"stage": "SEPARATED", "occurredOn": "%s", "reason": "Moved away", "decidedBy": "PARTICIPANT"}""".formatted(today));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                LocalDate.now().equals(jdbc.sql("select separated_on from hire where id = ?").param(hire).query(LocalDate.class).single()));
        forms.submit(PRIYA, "/hires/" + hire + "/remove");
        assertThat(jdbc.sql("select count(*) from hire where id = ?").param(hire).query(Long.class).single())
                .as("a hire from a referral is not removed by hand").isOne();
    }

    @Test
    void anEmployerRecordsItsOwnHiresUnderTheProfileKeptOfItAndTheKeeperSeesThemOnlyInTheTotals() throws Exception {
        String hospital = "employer";
        long profile = chamberProfile("Riverbend Regional Health");
        assertThat(text(forms.page(hospital, "/own-employers"))).contains("Riverbend Regional Health")
                .contains("as Riverbend Chamber of Commerce keeps it");
        String page = "/own-employers/" + profile + "/hires";
        long techs = job(profile, "Patient Care Tech");
        assertThat(text(forms.refused(hospital, page, "criticalJobId", String.valueOf(techs), "hiredOn",
                LocalDate.now().plusDays(1).toString(), "wageUnit", "HOURLY"))).contains("has not come yet");
        forms.accepted(hospital, page, "criticalJobId", String.valueOf(techs), "hiredOn", "2026-06-01", "personLabel", "RRH-OWN-1",
                "providerId", String.valueOf(provider("Riverbend Community College")), "wageUnit", "HOURLY");
        long hospitalOrganization = jdbc.sql("select id from organization where name = 'Riverbend Regional Health'").query(Long.class)
                .single();
        assertThat(jdbc.sql("select organization_id from hire where person_label = 'RRH-OWN-1'").query(Long.class).single())
                .as("the employer's own record").isEqualTo(hospitalOrganization);
        assertThat(text(forms.page(hospital, page))).contains("RRH-OWN-1");
        assertThat(text(forms.page(MANAGER, "/employers/" + profile + "/hires"))).as("the keeper does not see the employer's records")
                .doesNotContain("RRH-OWN-1");
        assertThat(mvc.perform(get("/employers/" + profile).with(users.as(hospital))).andReturn().getResponse().getStatus())
                .as("no other page of the keeper's profile").isEqualTo(404);

        String importPage = page + "/import";
        String file = "Employee ID,Job Title,Start Date,Source\nRRH-OWN-2,Patient Care Tech,2026-07-01,Hospital career fair\n";
        assertThat(text(forms.upload(hospital, importPage, "own.csv", file).getContentAsString())).contains("Hospital career fair");
        long pending = jdbc.sql("select max(id) from hire_import_pending where employer_id = ?").param(profile).query(Long.class).single();
        assertThat(text(forms.refused(hospital, importPage + "/review", "pending", String.valueOf(pending), "places[0].name",
                "Hospital career fair", "places[0].choice", ""))).contains("Say what “Hospital career fair” is");
        assertThat(text(forms.submit(hospital, importPage + "/review", "pending", String.valueOf(pending), "places[0].name",
                "Hospital career fair", "places[0].choice", String.valueOf(provider("Employee referral"))).getContentAsString()))
                .contains("own.csv imported: 1 hires added");
        assertThat(text(forms.upload(hospital, importPage, "bad.csv", "Employee ID,Start Date\nX,2026-01-01\n").getContentAsString()))
                .contains("The file has no column for Job Title / Requisition.");
        assertThat(mvc.perform(get("/own-employers/" + profile + "/hires").with(users.as(PRIYA))).andReturn().getResponse().getStatus())
                .as("the profile does not stand for Second Chance Works").isEqualTo(404);
    }

    @Test
    void theProviderDirectoryRefusesASecondNameForOneSource() throws Exception {
        assertThat(text(forms.refused(PRIYA, "/providers", "name", "second-chance works", "kind", "OPSO")))
                .contains("A provider already goes by “second-chance works”");
        assertThat(text(forms.refused(PRIYA, "/providers", "name", "Riverbend Temps", "website", "not a site")))
                .contains("Write the website as an address").contains("This field is required.");
        forms.accepted(PRIYA, "/providers", "name", "Riverbend Temps", "kind", "STAFFING_AGENCY", "website", "https://temps.example");
        long adultEducation = provider("Riverbend Valley Adult Education");
        String programs = "/providers/" + adultEducation + "/programs";
        long before = jdbc.sql("select count(*) from program").query(Long.class).single();
        assertThat(text(forms.refused(MANAGER, programs, "name", "GED preparation", "targetSocs", "99-9999", "seatsPerCohort", "-5",
                "completionPercent", "140", "nextStart", "2027-03-01", "nextEnd", "2027-01-15"))).contains("99-9999 is not a SOC code")
                .contains("-5 seats cannot be").contains("140% cannot be a rate")
                .contains("The cohort cannot end (2027-01-15) before it starts");
        assertThat(jdbc.sql("select count(*) from program").query(Long.class).single()).as("nothing saved").isEqualTo(before);
        forms.accepted(MANAGER, programs, "name", "GED preparation", "targetSocs", "31-1131, 29-2061", "seatsPerCohort", "30",
                "schedule", "EVENING", "funding", "FREE", "completionPercent", "62", "placementPercent", "40");
        assertThat(text(forms.page(VIEWER, "/providers/" + adultEducation))).contains("GED preparation").contains("62% complete it")
                .contains("Evenings");
        assertThat(forms.submit(PRIYA, programs, "name",
                "Another").getStatus()).as("recorded by the chamber: its programs are the chamber's")
                .isEqualTo(403);
        assertThat(text(forms.page(VIEWER,
                "/providers/" + provider("Riverbend Community College")))).contains("Nursing Assistant Certificate")
                .contains("24 seats");
        assertThat(api(VIEWER, "/api/v1/providers/" + adultEducation + "/programs", 200).toString()).contains("GED preparation");
        assertThat(text(forms.page(VIEWER, "/providers?q=temps"))).contains("Riverbend Temps").contains("Staffing agency");
        assertThat(forms.submit(VIEWER, "/providers", "name", "Another", "kind", "OTHER").getStatus()).as("read-only").isEqualTo(403);
    }
}
