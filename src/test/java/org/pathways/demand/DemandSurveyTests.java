package org.pathways.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.collaboratives.Collaboratives;
import org.pathways.demand.DemandSurveys.Period;
import org.pathways.demand.DemandSurveys.SurveyInput;
import org.pathways.demand.SurveyAnswers.JobAnswer;
import org.pathways.platform.Outbox;
import org.pathways.reference.ReferenceData;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Demand surveys from the manager's side, the employer's private link, and the roll-up each person may see. */
@PathwaysTest
class DemandSurveyTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    DemandSurveys surveys;
    @Autowired
    SurveyAnswers answers;
    @Autowired
    DemandRollUp rollUp;
    @Autowired
    SurveyFiles files;
    @Autowired
    Outbox outbox;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    HealthcareSurveys healthcare;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
    }

    private long health() {
        return healthcare.collaborative();
    }

    /** A fresh survey of the demo healthcare collaborative, opened, as the chamber's manager; links by employer name. */
    private Map<String, String> openSurvey(String title, List<String> socs) {
        return healthcare.open(title, socs);
    }

    private static Map<String, JobAnswer> answer(String soc, Integer headCount, int growth1, int replacement1, int growth2, int replacement2) {
        Map<String, JobAnswer> given = new HashMap<>();
        given.put(soc, new JobAnswer(headCount, true, null, new HashMap<>(Map.of(1, growth1, 2, growth2)),
                new HashMap<>(Map.of(1, replacement1, 2, replacement2))));
        return given;
    }

    private void submit(String token, Map<String, JobAnswer> given) {
        healthcare.submit(token, given);
    }

    @Test
    void aSurveyWithProblemsNamesThemAllAndSavesNothing() {
        signInAs("manager");
        long before = jdbc.sql("select count(*) from demand_survey").query(Long.class).single();
        assertThatThrownBy(() -> surveys.create(health(), new SurveyInput("Needs", null, TODAY.minusDays(1),
                List.of(new Period(1, "Soon", 12), new Period(2, "soon ", 200)), List.of("29-1141", "99-9999"))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(InvalidInput::messageKey)
                        .containsExactlyInAnyOrder("survey.closesInPast", "survey.periodMonthsRange", "survey.periodRepeated", "criticalJob.unknownSoc"));
        assertThat(jdbc.sql("select count(*) from demand_survey").query(Long.class).single()).isEqualTo(before);
        signInAs("practitioner");
        assertThatThrownBy(() -> surveys.create(health(), new SurveyInput("Partner's survey", null, TODAY.plusDays(5),
                List.of(new Period(1, "Next year", 12)), List.of("29-1141")))).as("a partner does not run the collaborative's surveys")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anEmployerAnswersThroughItsPrivateLinkWithoutAnAccountAndOnlyThatLink() throws Exception {
        Map<String, String> links = openSurvey("Link test", List.of("29-1141", "31-1131"));
        assertThat(outbox.recent(50)).as("invitations went to the employers with an email on file")
                .anyMatch(m -> m.recipient().equals("gkim@mercyvalley.example") && m.body().contains("/s/" + links.get("Mercy Valley Hospital")));
        SecurityContextHolder.clearContext();
        String mercy = links.get("Mercy Valley Hospital");

        mvc.perform(get("/s/" + mercy)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mercy Valley Hospital")))
                .andExpect(content().string(Matchers.containsString("Your job titles: Registered Nurse")))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));

        // a negative number: named at its field, nothing saved
        mvc.perform(form(mercy, "submit", 0).param("head-29-1141", "260").param("growth-29-1141-1", "-3"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Enter a number from 0 to 1,000,000.")));
        assertThat(answerStatus(mercy)).isEqualTo("NOT_STARTED");
        // openings far above the people in the job: asked to confirm, nothing saved until they do
        mvc.perform(form(mercy, "submit", 0).param("head-29-1141", "20").param("growth-29-1141-1", "50"))
                .andExpect(content().string(Matchers.containsString("Please check these numbers")));
        assertThat(answerStatus(mercy)).isEqualTo("NOT_STARTED");
        mvc.perform(form(mercy, "draft", 0).param("head-29-1141", "260").param("growth-29-1141-1", "5").param("replacement-29-1141-1", "20"))
                .andExpect(content().string(Matchers.containsString("Your draft is saved")))
                .andExpect(content().string(Matchers.matchesRegex("(?s).*Draft saved on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d E[SD]T\\..*")));
        assertThat(answerStatus(mercy)).isEqualTo("DRAFT");
        mvc.perform(get("/s/" + mercy)).andExpect(content().string(Matchers.not(Matchers.containsString(" UTC"))))
                .andExpect(content().string(Matchers.containsString("Draft saved on")));
        signInAs("manager");
        assertThat(rollUp.of(Long.parseLong(links.get("survey"))).cells()).as("a draft is not counted").isEmpty();
        SecurityContextHolder.clearContext();
        // a page opened before that draft was saved is stale: refused, with the typed values kept on the page
        mvc.perform(form(mercy, "submit", 0).param("head-29-1141", "999"))
                .andExpect(content().string(Matchers.containsString("Someone else saved answers with this link")))
                .andExpect(content().string(Matchers.containsString("value=\"999\"")));
        mvc.perform(form(mercy, "submit", 1).param("head-29-1141", "260").param("growth-29-1141-1", "5").param("replacement-29-1141-1", "20"))
                .andExpect(content().string(Matchers.containsString("your answers are submitted")));
        assertThat(answerStatus(mercy)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select growth + replacement from demand_opening o join demand_invitation i on i.id = o.invitation_id"
                + " where i.employer_name = 'Mercy Valley Hospital' and i.survey_id = ? and o.period_no = 1").param(Long.parseLong(links.get("survey")))
                .query(Integer.class).single()).isEqualTo(25);

        // a link changed by one character, a withdrawn link, a renewed one: refused, and every refusal audited
        long refusedBefore = refusals();
        mvc.perform(get("/s/" + mercy.substring(0, mercy.length() - 1) + (mercy.endsWith("A") ? "B" : "A"))).andExpect(status().isNotFound());
        mvc.perform(get("/s/not-a-link")).andExpect(status().isNotFound());
        signInAs("manager");
        long mercyInvitation = Long.parseLong(mercy.substring(0, mercy.indexOf('.')));
        surveys.revoke(mercyInvitation);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/s/" + mercy)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("withdrawn by the organization that sent it")));
        signInAs("manager");
        surveys.renew(mercyInvitation);
        String renewed = surveys.invitations(Long.parseLong(links.get("survey"))).stream().filter(i -> i.id() == mercyInvitation).findFirst()
                .orElseThrow().link();
        SecurityContextHolder.clearContext();
        mvc.perform(get("/s/" + mercy)).andExpect(status().isNotFound());
        mvc.perform(get(renewed.substring(renewed.indexOf("/s/")))).andExpect(status().isOk());
        assertThat(refusals() - refusedBefore).isEqualTo(4);

        // closed before its date, the survey takes its links with it: they end at once and take nothing
        signInAs("manager");
        surveys.close(Long.parseLong(links.get("survey")));
        SecurityContextHolder.clearContext();
        String riverbend = links.get("Riverbend Regional Health");
        mvc.perform(get("/s/" + riverbend).locale(java.util.Locale.ENGLISH)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.not(Matchers.containsString("You can still change"))));
        mvc.perform(form(riverbend, "submit", 0).param("head-29-1141", "400")).andExpect(status().isGone());
        assertThat(answerStatus(riverbend)).isEqualTo("NOT_STARTED");
    }

    @Test
    void anExpiredLinkSaysTheSurveyHasEndedAndIsAudited() throws Exception {
        String token = openSurvey("Expiry test", List.of("29-1141")).get("Eastside Family Clinics");
        SecurityContextHolder.clearContext();
        jdbc.sql("update demand_invitation set expires_at = now() - interval '1 minute' where id = ?")
                .param(Long.parseLong(token.substring(0, token.indexOf('.')))).update();
        long before = refusals();
        mvc.perform(get("/s/" + token).param("lang", "es")).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("La encuesta de este enlace terminó.")));
        mvc.perform(form(token, "submit", 0).param("head-29-1141", "40")).andExpect(status().isGone());
        assertThat(answerStatus(token)).isEqualTo("NOT_STARTED");
        assertThat(refusals() - before).isEqualTo(2);
    }

    private MockHttpServletRequestBuilder form(String token, String action, int version) {
        return post("/s/" + token).param("action", action).param("version", Integer.toString(version));
    }

    private String answerStatus(String token) {
        return jdbc.sql("select status from demand_invitation where id = ?").param(Long.parseLong(token.substring(0, token.indexOf('.'))))
                .query(String.class).single();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from audit_event where action = 'survey.link.refused'").query(Long.class).single();
    }

    @Test
    void employersAndPartnersSeeOnlyTheFiguresTheConfidentialityRuleLetsThrough() throws Exception {
        Map<String, String> links = openSurvey("Confidentiality test", List.of("29-1141", "31-1131", "31-9092"));
        long survey = Long.parseLong(links.get("survey"));
        submit(links.get("Riverbend Regional Health"), Map.of("29-1141", answer("29-1141", 420, 10, 50, 20, 90).get("29-1141"),
                "31-1131", answer("31-1131", 160, 100, 100, 2, 2).get("31-1131"), "31-9092", answer("31-9092", 45, 2, 6, 3, 10).get("31-9092")));
        submit(links.get("Mercy Valley Hospital"), Map.of("29-1141", answer("29-1141", 260, 5, 25, 8, 50).get("29-1141"),
                "31-1131", answer("31-1131", 90, 2, 10, 2, 20).get("31-1131")));
        submit(links.get("Riverbend Senior Living"), Map.of("29-1141", answer("29-1141", 8, 0, 1, 1, 2).get("29-1141"),
                "31-1131", answer("31-1131", 120, 4, 10, 10, 40).get("31-1131")));
        submit(links.get("Eastside Family Clinics"), Map.of("31-9092", answer("31-9092", 40, 4, 8, 6, 14).get("31-9092")));

        signInAs("manager");
        DemandRollUp.RollUp managers = rollUp.of(survey);
        assertThat(managers.cells()).hasSize(6).noneMatch(DemandRollUp.Cell::suppressed);
        DemandRollUp.Cell nurses = cell(managers, "29-1141", 1);
        assertThat(nurses.openings()).isEqualTo(60 + 30 + 1);
        assertThat(nurses.headCount()).isEqualTo(420 + 260 + 8);

        signInAs("employer");
        assertThat(rollUp.of(survey).visible()).as("nothing while answers still come in").isFalse();
        signInAs("manager");
        surveys.close(survey);
        for (String viewer : List.of("employer", "practitioner")) {
            signInAs(viewer);
            DemandRollUp.RollUp seen = rollUp.of(survey);
            assertThat(cell(seen, "29-1141", 1).openings()).as(viewer).isEqualTo(91);
            assertThat(cell(seen, "31-9092", 1).suppression()).as("two employers").isEqualTo(DemandRollUp.Suppression.TOO_FEW_EMPLOYERS);
            assertThat(cell(seen, "31-9092", 1).openings()).isNull();
            // 200 of 226 openings come from one employer: 88% > 80%
            assertThat(cell(seen, "31-1131", 1).suppression()).as("one employer dominates").isEqualTo(DemandRollUp.Suppression.ONE_EMPLOYER_DOMINATES);
            assertThat(cell(seen, "31-1131", 1).headCount()).isNull();
            assertThat(cell(seen, "31-1131", 2).suppressed()).as("the same job in another period can pass").isFalse();
            assertThat(seen.verdicts()).filteredOn(v -> v.socCode().equals("31-9092")).singleElement()
                    .satisfies(v -> assertThat(v.openings()).as("the verdict does not reveal withheld figures").isNull());
        }
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/collaboratives/" + health() + "/demand").param("survey", Long.toString(survey)).param("period", "1")
                        .with(users.as("employer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[?(@.soc == '29-1141')].openings").value(91))
                .andExpect(jsonPath("$.rows[?(@.soc == '31-1131')].suppressed").value(true))
                .andExpect(jsonPath("$.rows[?(@.soc == '31-1131')].openings").value(Matchers.contains(Matchers.nullValue())));
        mvc.perform(get("/api/v1/collaboratives/" + health() + "/demand").param("survey", Long.toString(survey)).param("period", "9")
                .with(users.as("employer"))).andExpect(status().isBadRequest());
    }

    private static DemandRollUp.Cell cell(DemandRollUp.RollUp roll, String soc, int period) {
        return roll.cells().stream().filter(c -> c.socCode().equals(soc) && c.period() == period).findFirst().orElseThrow();
    }

    @Test
    void theRuleCountsContributorsAndTheLargestShareOfEachFigure() {
        Collaboratives.Confidentiality federal = Collaboratives.Confidentiality.FEDERAL;
        assertThat(DemandRollUp.suppression(federal, 2, 30, 10)).isEqualTo(DemandRollUp.Suppression.TOO_FEW_EMPLOYERS);
        assertThat(DemandRollUp.suppression(federal, 3, 100, 80)).as("exactly 80% is allowed").isNull();
        assertThat(DemandRollUp.suppression(federal, 3, 100, 81)).isEqualTo(DemandRollUp.Suppression.ONE_EMPLOYER_DOMINATES);
        assertThat(DemandRollUp.suppression(federal, 3, 1000, 900)).as("people in the job, a figure of its own")
                .isEqualTo(DemandRollUp.Suppression.ONE_EMPLOYER_DOMINATES);
        assertThat(DemandRollUp.suppression(federal, 3, 0, 0)).as("a zero total reveals no one's share").isNull();
        assertThat(DemandRollUp.suppression(new Collaboratives.Confidentiality(5, 60), 4, 100, 30)).isEqualTo(DemandRollUp.Suppression.TOO_FEW_EMPLOYERS);
    }

    @Test
    void theNationalRateIsAppliedToThePeopleEmployedOverThePeriod() {
        ReferenceData.OccupationFacts nurses = referenceData.facts(List.of("29-1141")).get("29-1141");
        double rate = nurses.annualOpenings().doubleValue() / nurses.employmentBase().doubleValue();
        DemandRollUp.Comparison twoYears = DemandRollUp.comparison(nurses, 500L, 120, 24);
        assertThat(twoYears.impliedOpenings()).isCloseTo(500 * rate * 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(twoYears.difference()).isEqualTo(Math.round(120 - 500 * rate * 2));
        assertThat(rate).as("BLS's openings rate for registered nurses is a few percent a year").isBetween(0.03, 0.12);
        assertThat(DemandRollUp.comparison(nurses, null, 120, 12)).as("no head count, nothing to compare").isNull();
    }

    @Test
    void anImportWithBadRowsNamesEachAndChangesNothing(@TempDir Path folder) throws Exception {
        Map<String, String> links = openSurvey("Import test", List.of("29-1141"));
        long survey = Long.parseLong(links.get("survey"));
        Path bad = folder.resolve("answers.csv");
        Files.writeString(bad, """
                employer,soc,period,head_count,growth,replacement,hard_to_fill
                Mercy Valley Hospital,29-1141,Next 12 months,260,5,25,yes
                Nobody Hospital,29-1141,1,10,1,1,no
                Mercy Valley Hospital,29-1141,Next 12 months,260,5,25,yes
                Riverbend Senior Living,51-4041,1,8,x,1,maybe
                """, StandardCharsets.UTF_8);
        SurveyFiles.Report report = files.importFile(survey, bad);
        assertThat(report.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                "3:employer:surveyImport.notInvited", "4:period:surveyImport.repeated", "5:soc:surveyImport.socNotAsked",
                "5:growth:reference.problem.notWholeNumber", "5:hard_to_fill:surveyImport.yesNo");
        assertThat(jdbc.sql("select count(*) from demand_invitation where survey_id = ? and status = 'SUBMITTED'").param(survey)
                .query(Long.class).single()).as("nothing imported").isZero();

        Path good = folder.resolve("good.csv");
        Files.writeString(good, """
                employer,soc,period,head_count,growth,replacement,comment
                mercy valley hospital,29-1141,Next 12 months,260,5,25,Collected by phone
                Mercy Valley Hospital,29-1141,2,260,8,50,
                Riverbend Senior Living,29-1141,1,8,0,1,
                """, StandardCharsets.UTF_8);
        assertThat(files.importFile(survey, good).problems()).isEmpty();
        assertThat(jdbc.sql("select submitted_by from demand_invitation where survey_id = ? and status = 'SUBMITTED' order by employer_name")
                .param(survey).query(String.class).list()).containsExactly("import by manager", "import by manager");
        assertThat(cell(rollUp.of(survey), "29-1141", 2).openings()).isEqualTo(58);
        java.io.StringWriter exported = new java.io.StringWriter();
        files.export(survey, new java.io.PrintWriter(exported));
        assertThat(exported.toString()).contains("\"Mercy Valley Hospital\",\"29-1141\",\"Next 12 months\",260,5,25,,\"Collected by phone\",SUBMITTED");
    }

    @Test
    void theBenchmarkTimesTheSameRollUpStatementInPsqlAsTheProductRuns() throws Exception {
        String script = Files.readString(Path.of("bench/rollup.sql"));
        String statement = script.substring(script.indexOf("select ")).replace(":survey", "?").replace(";", "");
        assertThat(statement.replaceAll("\\s+", " ").strip()).isEqualTo(DemandRollUp.ROLL_UP_SQL.replaceAll("\\s+", " ").strip());
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotSubmittedAndAClosedSurveyCannotBeReminded() {
        Map<String, String> links = openSurvey("Reminder test", List.of("29-1141"));
        long survey = Long.parseLong(links.get("survey"));
        submit(links.get("Mercy Valley Hospital"), answer("29-1141", 260, 1, 2, 3, 4));
        signInAs("manager");
        // four members, one submitted, one without an email on file
        assertThat(surveys.remind(survey)).isEqualTo(2);
        surveys.close(survey);
        assertThatThrownBy(() -> surveys.remind(survey)).isInstanceOf(Conflict.class);
    }
}
