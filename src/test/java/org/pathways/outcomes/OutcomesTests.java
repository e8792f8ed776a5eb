package org.pathways.outcomes;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Second Chance Works follows what it agreed with Riverbend Regional Health: the agreed targets and its own, each on track
 * or at risk from the hires behind it, with the improvement log's before and after; the read tables follow the hire
 * records by event and a rebuild from the published views gives the same figures; costs give the return with its formula;
 * bad input is refused with every problem and changes nothing; partners of a collaborative see one line for a whole year
 * under the rule; the reports come as PDF, Word and CSV, streamed.
 */
@PathwaysTest
class OutcomesTests {

    private static final String PRIYA = "practitioner";
    private static final String MANAGER = "manager";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PageForms forms;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModel readModel;

    private long scwHospital() {
        return jdbc.sql("""
                        select e.id from employer e join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Riverbend Regional Health'""").query(Long.class).single();
    }

    private long job(long employerId, String title) {
        return jdbc.sql("select id from critical_job where employer_id = ? and employer_title = ?").params(employerId, title)
                .query(Long.class).single();
    }

    private long healthcare() {
        return jdbc.sql("select id from collaborative where name = 'Riverbend Healthcare Talent Collaborative'").query(Long.class).single();
    }

    private JsonNode api(String user, String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString());
    }

    private JsonNode target(JsonNode targets, String source, String kind, long job) {
        for (JsonNode t : targets) {
            if (t.path("source").asText().equals(source) && t.path("kind").asText().equals(kind)
                    && t.path("criticalJobId").asLong() == job) {
                return t;
            }
        }
        throw new AssertionError("no " + source + " " + kind + " target for job " + job + " in " + targets);
    }

    @Test
    void theAgreedMeasuresAreTargetsOnTrackOrAtRiskFromTheHiresWithTheLogsBeforeAndAfter() throws Exception {
        long hospital = scwHospital();
        long techs = job(hospital, "Patient Care Tech - ED");
        long nurses = job(hospital, "RN Med/Surg");
        JsonNode targets = api(PRIYA, "/api/v1/outcomes/targets?employerId=" + hospital, 200);

        JsonNode agreed = target(targets, "AGREED", "RETENTION", techs);
        assertThat(agreed.path("target").asDouble()).isEqualTo(80.0);
        assertThat(agreed.path("version").asInt()).as("the latest agreed version").isEqualTo(3);
        // 19 techs hired in the year before the 90 days were up, 3 of them left within the first months
        assertThat(agreed.path("actual").path("denominator").asLong()).isEqualTo(19);
        assertThat(agreed.path("actual").path("numerator").asLong()).isEqualTo(16);
        assertThat(agreed.path("status").asText()).isEqualTo("ON_TRACK");

        JsonNode stretch = target(targets, "OWN", "RETENTION", techs);
        assertThat(stretch.path("status").asText()).as("90 % is above 16 of 19").isEqualTo("AT_RISK");
        JsonNode log = stretch.path("improvements").get(0);
        assertThat(log.path("before").path("numerator").asLong()).isEqualTo(7);
        assertThat(log.path("before").path("denominator").asLong()).isEqualTo(9);
        assertThat(log.path("after").path("numerator").asLong()).as("every tech hired since the change and 90 days in is still there")
                .isEqualTo(log.path("after").path("denominator").asLong());
        assertThat(target(targets, "AGREED", "RETENTION", nurses).path("status").asText()).isEqualTo("AT_RISK");
        assertThat(targets.get(0).path("status").asText()).as("those needing attention first").isIn("AT_RISK", "MISSED");

        String home = text(forms.page(PRIYA, "/"));
        assertThat(home).contains("Targets needing attention").contains("Retention at 90 days: now 84 %, target 90 %")
                .as("the home page opens on the OPSO's own outcomes, not its roles").contains("Outcomes: Second Chance Works")
                .contains("Still employed at 90 days").doesNotContain("Your roles");
        String page = text(forms.page(PRIYA, "/outcomes/targets/" + stretch.path("id").asLong()));
        assertThat(page).contains("At risk").contains("16 of 19 hired from").contains("Before (180 days): 78 (7 of 9)")
                .contains("Lakeside Transit added a 11:45 pm run").contains("By provider").contains("Second Chance Works");
        assertThat(stretch.path("breakdown").path("byProvider").size()).as("the breakdown is on the target's own page only").isZero();
        JsonNode one = api(PRIYA, "/api/v1/outcomes/targets/" + stretch.path("id").asLong(), 200);
        assertThat(one.path("breakdown").path("byProvider").get(0).path("figure").path("denominator").asLong()).isEqualTo(19);
        assertThat(one.path("breakdown").path("byProvider").get(0).path("label").asText()).isEqualTo("Second Chance Works");
        assertThat(text(forms.page(PRIYA, "/outcomes/employers/" + hospital))).contains("Outcomes at Riverbend Regional Health")
                .contains("Agreed value proposition, version 3").contains("On track");
    }

    @Test
    void aHireRecordedReachesTheReadTablesByEventAndARebuildGivesTheSameFigures() throws Exception {
        long hospital = scwHospital();
        long techs = job(hospital, "Patient Care Tech - ED");
        String kpis = "/api/v1/outcomes/kpis?scope=EMPLOYER&id=" + hospital;
        long before = api(PRIYA, kpis, 200).path("total").path("hires").asLong();
        forms.accepted(PRIYA, "/employers/" + hospital + "/hires", "criticalJobId", String.valueOf(techs), "hiredOn",
                LocalDate.now().minusDays(3).toString(), "personLabel", "SCW-T-event", "wage", "18", "wageUnit", "HOURLY");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                api(PRIYA, kpis, 200).path("total").path("hires").asLong() == before + 1);

        JsonNode byEvents = api(PRIYA, kpis, 200);
        JsonNode collaborative = api(MANAGER, "/api/v1/outcomes/kpis?scope=COLLABORATIVE&id=" + healthcare(), 200);
        ReadModel.Rebuilt rebuilt = readModel.rebuild();
        assertThat(rebuilt.hires()).isEqualTo(jdbc.sql("select count(*) from hire").query(Long.class).single().intValue());
        assertThat(rebuilt.referrals()).isEqualTo(jdbc.sql("select count(*) from referral").query(Long.class).single().intValue());
        assertThat(api(PRIYA, kpis, 200)).as("the same figures after a rebuild").isEqualTo(byEvents);
        assertThat(api(MANAGER, "/api/v1/outcomes/kpis?scope=COLLABORATIVE&id=" + healthcare(), 200)).isEqualTo(collaborative);
        assertThat(jdbc.sql("select count(*) from outcome_improvement").query(Long.class).single())
                .as("what the module owns stays").isPositive();
    }

    @Test
    void theReturnIsTheSavingAgainstTheBaselineLessWhatThePartnershipCostOverWhatItCost() throws Exception {
        long hospital = scwHospital();
        JsonNode table = api(PRIYA, "/api/v1/outcomes/kpis?scope=EMPLOYER&id=" + hospital, 200);
        JsonNode techs = null;
        for (JsonNode row : table.path("rows")) {
            if (row.path("label").asText().equals("Patient Care Tech - ED")) {
                techs = row;
            }
        }
        assertThat(techs).isNotNull();
        long partnership = techs.path("cost").path("partnershipHires").asLong();
        assertThat(partnership).isPositive();
        assertThat(techs.path("cost").path("saving").decimalValue().longValue()).isEqualTo(partnership * (4200 - 1500));
        JsonNode total = table.path("total").path("cost");
        double invested = total.path("invested").asDouble();
        assertThat(invested).as("a year of 18,000 spread over the days of the window").isBetween(17_900.0, 18_000.0);
        assertThat(total.path("returnOnInvestment").asDouble())
                .isCloseTo((total.path("saving").asDouble() - invested) * 100 / invested, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
        long hospital = scwHospital();
        long techs = job(hospital, "Patient Care Tech - ED");
        String page = "/outcomes/employers/" + hospital;
        long targets = jdbc.sql("select count(*) from outcome_target").query(Long.class).single();
        String refused = text(forms.refused(PRIYA, page + "/targets", "kind", "RETENTION", "target", "140", "periodDays", "0"));
        assertThat(refused).contains("A percentage target cannot be more than 100.").contains("The days must be between 1 and 1,095.");
        assertThat(text(forms.refused(PRIYA, page + "/targets", "kind", "", "target", "", "periodDays", "30")))
                .contains("Choose what the target measures.").contains("Give the target as a number.");
        assertThat(text(forms.refused(PRIYA, page + "/targets", "kind", "HIRES", "target", "lots", "periodDays", "30")))
                .as("a target that is not a number").contains("Enter a number, such as 80 or 12.5.");
        assertThat(jdbc.sql("select count(*) from outcome_target").query(Long.class).single()).isEqualTo(targets);
        String location = forms.accepted(PRIYA, page + "/targets", "kind", "HIRES", "target", "6", "periodDays", "90", "criticalJobId",
                String.valueOf(techs), "note", "Six techs this quarter");
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        assertThat(text(forms.page(PRIYA, location))).contains("The target was added.").contains("6 hires within 90 days");

        assertThat(text(forms.refused(PRIYA, "/outcomes/targets/" + id + "/improvements", "foundWhere", " ", "rootCause", "",
                "change", "", "changedOn", ""))).contains("Say where the target falls short.").contains("Give the root cause.")
                .contains("Say what change was agreed.").contains("Give the day the change started.");
        forms.accepted(PRIYA, "/outcomes/targets/" + id + "/improvements", "foundWhere", "Evening interviews", "rootCause",
                "Interviews only in the morning", "change", "Interviews after 4 pm too", "changedOn", LocalDate.now().toString());
        assertThat(jdbc.sql("select count(*) from outcome_improvement where target_id = ?").param(id).query(Long.class).single()).isOne();

        assertThat(text(forms.refused(PRIYA, page + "/baselines", "criticalJobId", String.valueOf(techs), "baselinePerHire", "-5",
                "partnershipPerHire", ""))).contains("An amount cannot be negative.").contains("Give an amount.");
        assertThat(text(forms.refused(PRIYA, page + "/investments", "startsOn", "2026-06-01", "endsOn", "2026-05-01", "amount", "100")))
                .contains("The end of the period is before its start.");
        forms.accepted(PRIYA, page + "/baselines", "criticalJobId", String.valueOf(techs), "baselinePerHire", "4200",
                "partnershipPerHire", "1500", "note", "Checked again with Dana");
        forms.accepted(PRIYA, page + "/investments", "startsOn", "2025-01-01", "endsOn", "2025-03-31", "amount", "2500");

        long agreed = jdbc.sql("select min(id) from outcome_target where employer_id = ? and source = 'AGREED'").param(hospital)
                .query(Long.class).single();
        forms.accepted(PRIYA, "/outcomes/targets/" + agreed + "/remove");
        assertThat(text(forms.page(PRIYA, "/outcomes/targets/" + agreed)))
                .contains("A target from an agreed value proposition changes only when a new version is agreed.");
        forms.accepted(PRIYA, "/outcomes/targets/" + id + "/remove");
        assertThat(jdbc.sql("select count(*) from outcome_target").query(Long.class).single()).isEqualTo(targets);

        List<String> problems = new ArrayList<>();
        for (String query : List.of("scope=EMPLOYER&id=" + hospital + "&from=2026-05-01&to=2026-04-01", "scope=NOWHERE&id=1", "id=1",
                "scope=EMPLOYER")) {
            var response = mvc.perform(get("/api/v1/outcomes/kpis?" + query).with(users.as(PRIYA))).andReturn().getResponse();
            problems.add(response.getStatus() + " " + response.getContentAsString());
        }
        assertThat(problems).allMatch(p -> p.startsWith("400"));
        assertThat(problems.get(0)).contains("The end of the period is before its start.");
        String body = "{\"employerId\": %d, \"kind\": \"RETENTION\", \"periodDays\": 90}".formatted(hospital);
        var noNumber = mvc.perform(post("/api/v1/outcomes/targets").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(users.as(PRIYA)).with(csrf())).andReturn().getResponse();
        assertThat(noNumber.getStatus()).isEqualTo(400);
        assertThat(noNumber.getContentAsString()).contains("Give the target as a number.");
        long bridgesProfile = jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Bridges Youth Network'").query(Long.class).single();
        api(PRIYA, "/api/v1/outcomes/kpis?scope=EMPLOYER&id=" + bridgesProfile, 404);
        api(PRIYA, "/api/v1/outcomes/kpis?scope=OPSO&id=" + jdbc.sql("select id from organization where name = 'Bridges Youth Network'")
                .query(Long.class).single(), 404);
    }

    @Test
    void partnersSeeOneLineForAWholeYearUnderTheRuleAndTheManagerEveryJob() throws Exception {
        long collaborative = healthcare();
        String path = "/api/v1/outcomes/kpis?scope=COLLABORATIVE&id=" + collaborative;
        JsonNode manager = api(MANAGER, path, 200);
        assertThat(manager.path("full").asBoolean()).isTrue();
        assertThat(manager.path("rows").size()).as("a line per occupation").isGreaterThan(1);

        int year = LocalDate.now().getYear() - 1;
        JsonNode partner = api(PRIYA, path + "&from=" + year + "-01-01&to=" + year + "-12-31", 200);
        assertThat(partner.path("full").asBoolean()).isFalse();
        assertThat(partner.path("rows").size()).as("no line per job to subtract from the total").isZero();
        JsonNode total = partner.path("total");
        assertThat(total.path("withheld").isNull() || total.path("hires").isNull()).as("either shown or held back, never both").isTrue();
        var window = mvc.perform(get(path + "&from=" + year + "-02-01&to=" + year + "-12-31").with(users.as(PRIYA))).andReturn()
                .getResponse();
        assertThat(window.getStatus()).isEqualTo(400);
        assertThat(window.getContentAsString()).contains("whole calendar years only");
        var hires = mvc.perform(get("/api/v1/outcomes/reports/hires?scope=COLLABORATIVE&id=" + collaborative).with(users.as(PRIYA)))
                .andReturn().getResponse();
        assertThat(hires.getStatus()).as("a line per hire only for the manager").isEqualTo(400);
    }

    @Test
    void theReportsComeAsPdfWordAndCsvTheHiresStreamedLineByLine() throws Exception {
        long hospital = scwHospital();
        String scope = "scope=EMPLOYER&id=" + hospital;
        byte[] pdfBytes = download("/outcomes/reports/partnership?" + scope);
        assertThat(new String(pdfBytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(download("/outcomes/reports/partnership?" + scope + "&format=DOCX")[0]).as("a zip package").isEqualTo((byte) 'P');
        String print = new String(download("/outcomes/reports/partnership?" + scope + "&format=HTML"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text(print)).contains("Partnership report").contains("Patient Care Tech - ED").contains("Night shift in the ED");

        String kpis = new String(download("/outcomes/reports/kpis?" + scope), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(kpis).startsWith("\uFEFF\"Job\",\"Hires\"").contains("\"All jobs\"");
        JsonNode table = api(PRIYA, "/api/v1/outcomes/kpis?" + scope, 200);
        String lines = new String(download("/outcomes/reports/hires?" + scope), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines.split("\r\n")).as("a heading and a line per hire").hasSize(table.path("total").path("hires").asInt() + 1);
        assertThat(lines).doesNotContain("SCW-T1").as("never the employer's own reference to the person");
        java.nio.file.Path workbook = java.nio.file.Files.createTempFile("kpis", ".xlsx");
        java.nio.file.Files.write(workbook, download("/outcomes/reports/kpis?" + scope + "&format=XLSX"));
        List<org.pathways.reference.SpreadsheetReader.Row> sheet = org.pathways.reference.SpreadsheetReader.read(workbook, 5, 1000);
        java.nio.file.Files.delete(workbook);
        assertThat(sheet.get(0).cells()).startsWith("Job", "Hires");
        assertThat(sheet.get(sheet.size() - 1).cell(0)).isEqualTo("All jobs");
        assertThat(sheet.get(sheet.size() - 1).cell(1)).as("a number in the workbook, as in the table")
                .isEqualTo(table.path("total").path("hires").asText());
        var wrong = mvc.perform(get("/outcomes/reports/kpis?" + scope + "&format=PDF").with(users.as(PRIYA))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
    }

    @Test
    void anOpsoSeesTheQuarterlyMeasuresAfterExitAndItsStaffALinePerParticipant() throws Exception {
        JsonNode measures = api(PRIYA, "/api/v1/outcomes/program-exits", 200);
        long scw = jdbc.sql("select id from organization where name = 'Second Chance Works'").query(Long.class).single();
        String cohort = "organization_id = ? and program_exit > current_date - interval '2 years'";
        assertThat(measures.path("exits").asLong())
                .isEqualTo(jdbc.sql("select count(*) from participant where " + cohort).param(scw).query(Long.class).single());
        // worked out again here in SQL from the referrals, as a funder would from wage records: a job any day of the quarter
        long employedSecond = jdbc.sql("""
                with exits as (
                    select id, date_trunc('quarter', program_exit)::date + interval '6 months' as q from participant where %s)
                select count(*) from exits e where e.q + interval '3 months' <= current_date
                  and exists (select 1 from referral r where r.participant_id = e.id and r.hired_on < e.q + interval '3 months'
                              and (r.stage <> 'SEPARATED' or r.stage_on >= e.q))""".formatted(cohort)).param(scw)
                .query(Long.class).single();
        assertThat(measures.path("employedSecondQuarter").path("counted").asLong()).isEqualTo(employedSecond);
        assertThat(measures.path("employedSecondQuarter").path("of").asLong()).isPositive();
        assertThat(measures.path("employedFourthQuarter").path("of").asLong()).as("only exits whose 4th quarter has ended")
                .isLessThan(measures.path("employedSecondQuarter").path("of").asLong());

        long audited = jdbc.sql("select count(*) from audit_event where action = 'outcomes.exitsExported'").query(Long.class).single();
        String csv = new String(download("/outcomes/program-exits/export"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Unique individual identifier\",\"Date of program entry\",\"Date of program exit\"");
        assertThat(csv.split("\r\n")).hasSize((int) measures.path("exits").asLong() + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'outcomes.exitsExported'").query(Long.class).single())
                .as("a line per participant is a read of their records").isEqualTo(audited + 1);
        assertThat(text(forms.page(PRIYA, "/outcomes"))).contains("After leaving the program")
                .contains("Employed in the 2nd quarter after exit");

        var notOpso = mvc.perform(get("/api/v1/outcomes/program-exits").with(users.as(MANAGER))).andReturn().getResponse();
        assertThat(notOpso.getStatus()).isEqualTo(400);
        assertThat(notOpso.getContentAsString()).contains("Program exits are an OPSO’s own figures.");
        assertThat(api("youthcoach", "/api/v1/outcomes/program-exits", 200).path("exits").asLong()).as("another OPSO's own").isZero();
    }

    @Test
    void aManagerSetsATargetForTheWholeCollaborativeMeasuredOverEveryMember() throws Exception {
        long collaborative = healthcare();
        String form = "/outcomes/collaboratives/" + collaborative + "/targets";
        long before = jdbc.sql("select count(*) from outcome_target where collaborative_id is not null").query(Long.class).single();
        assertThat(text(forms.refused(MANAGER, form, "kind", "", "target", "", "periodDays", "90")))
                .contains("Choose what the target measures.").contains("Give the target as a number.");
        var oneJob = mvc.perform(post("/api/v1/outcomes/targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"collaborativeId\": %d, \"kind\": \"HIRES\", \"target\": 40, \"periodDays\": 365, \"criticalJobId\": 1}"
                        .formatted(collaborative)).with(users.as(MANAGER)).with(csrf())).andReturn().getResponse();
        assertThat(oneJob.getStatus()).isEqualTo(400);
        assertThat(oneJob.getContentAsString()).contains("A collaborative’s target covers all its shared jobs");
        assertThat(text(forms.refused(PRIYA, form, "kind", "RETENTION", "target", "85", "periodDays", "90")))
                .as("a partner does not set the collaborative's targets")
                .contains("Targets for a collaborative are set by the organization that manages it.");
        assertThat(jdbc.sql("select count(*) from outcome_target where collaborative_id is not null").query(Long.class).single())
                .isEqualTo(before);
        String location = forms.accepted(MANAGER, form, "kind", "RETENTION", "target", "85", "periodDays", "90", "note",
                "Agreed at the October meeting");
        String page = text(forms.page(MANAGER, location));
        assertThat(page).contains("The target was added.").contains("Riverbend Healthcare Talent Collaborative")
                .contains("85 % still employed at 90 days");
        JsonNode listed = api(MANAGER, "/api/v1/outcomes/targets?collaborativeId=" + collaborative, 200);
        JsonNode target = listed.get(0);
        JsonNode kpis = api(MANAGER, "/api/v1/outcomes/kpis?scope=COLLABORATIVE&id=" + collaborative + "&from="
                + target.path("measuredFrom").asText() + "&to=" + target.path("measuredTo").asText(), 200);
        assertThat(target.path("actual").path("denominator").asLong()).as("every member's hires that reached 90 days")
                .isEqualTo(kpis.path("total").path("retention").get(1).path("reached").asLong());
        assertThat(text(forms.page(MANAGER, "/outcomes?scope=COLLABORATIVE&id=" + collaborative)))
                .contains("The collaborative’s targets").contains("85 % still employed at 90 days");
        api(PRIYA, "/api/v1/outcomes/targets/" + target.path("id").asLong(), 404);
        forms.accepted(MANAGER, "/outcomes/targets/" + target.path("id").asLong() + "/remove");
    }

    /** A report as the person downloads it: a streamed body is whole once the request's async part has run. */
    private byte[] download(String path) throws Exception {
        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get(path).with(users.as(PRIYA))).andReturn();
        assertThat(started.getResponse().getStatus()).as(path).isEqualTo(200);
        if (started.getRequest().isAsyncStarted()) {
            started.getAsyncResult();
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started)).andReturn()
                    .getResponse().getContentAsByteArray();
        }
        return started.getResponse().getContentAsByteArray();
    }
}
