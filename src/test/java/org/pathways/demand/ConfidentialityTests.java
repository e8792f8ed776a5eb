package org.pathways.demand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.demand.DemandRollUp.Figure;
import org.pathways.demand.SurveyAnswers.JobAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up as a member who wants one employer's numbers would read it: by difference between two figures,
 * from a split one employer dominates, from a verdict beside withheld figures, from a closed survey that changes.
 * Each attempt recovers nothing, and the disclosure check over every published figure finds nothing.
 */
@PathwaysTest
class ConfidentialityTests {

    @Autowired
    DemandSurveys surveys;
    @Autowired
    DemandRollUp rollUp;
    @Autowired
    SurveyFiles files;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HealthcareSurveys healthcare;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
    }

    private Map<String, String> openSurvey(String title, List<String> socs) {
        return healthcare.open(title, socs);
    }

    /** Head count and openings per period as new / replacing; a null period is left unanswered. */
    private static JobAnswer answer(Integer headCount, int[] period1, int[] period2) {
        Map<Integer, Integer> growth = new HashMap<>();
        Map<Integer, Integer> replacement = new HashMap<>();
        if (period1 != null) {
            growth.put(1, period1[0]);
            replacement.put(1, period1[1]);
        }
        if (period2 != null) {
            growth.put(2, period2[0]);
            replacement.put(2, period2[1]);
        }
        return new JobAnswer(headCount, false, null, growth, replacement);
    }

    private void submit(String token, Map<String, JobAnswer> given) {
        healthcare.submit(token, given);
    }

    private static DemandRollUp.Cell cell(DemandRollUp.RollUp roll, String soc, int period) {
        return roll.cells().stream().filter(c -> c.socCode().equals(soc) && c.period() == period).findFirst().orElseThrow();
    }

    @Test
    void headCountIsCountedOncePerOccupationSoNoTwoPeriodsDifferByOneEmployer() {
        Map<String, String> links = openSurvey("Differencing test", List.of("29-1141"));
        long survey = Long.parseLong(links.get("survey"));
        // four employers; Eastside gives openings for the first period only
        submit(links.get("Riverbend Regional Health"), Map.of("29-1141", answer(420, new int[] {10, 50}, new int[] {20, 90})));
        submit(links.get("Mercy Valley Hospital"), Map.of("29-1141", answer(260, new int[] {5, 25}, new int[] {8, 50})));
        submit(links.get("Riverbend Senior Living"), Map.of("29-1141", answer(220, new int[] {4, 20}, new int[] {6, 30})));
        submit(links.get("Eastside Family Clinics"), Map.of("29-1141", answer(50, new int[] {2, 6}, null)));
        signInAs("manager");
        surveys.close(survey);
        assertThat(DisclosureCheck.isolatable(rollUp.publishedFigures(survey))).as("nothing can be worked out").isEmpty();

        signInAs("employer");
        DemandRollUp.RollUp seen = rollUp.of(survey);
        assertThat(cell(seen, "29-1141", 1).employers()).isEqualTo(4);
        assertThat(cell(seen, "29-1141", 2).employers()).isEqualTo(3);
        assertThat(cell(seen, "29-1141", 1).headCount()).as("the people employed, counted once over all four")
                .isEqualTo(950L).isEqualTo(cell(seen, "29-1141", 2).headCount());
    }

    @Test
    void theCheckFindsTheTotalsThatDifferByOneEmployer() {
        // the roll-up as it was: head count summed per period over those who gave openings for that period
        List<Figure> before = List.of(new Figure("headCount 29-1141", Set.of(1L, 2L, 3L, 4L), true),
                new Figure("headCount 29-1141", Set.of(1L, 2L, 3L), true), new Figure("openings 29-1141 1", Set.of(1L, 2L, 3L, 4L), true));
        assertThat(DisclosureCheck.isolatable(before)).containsExactly("headCount 29-1141: two totals differ by employer 4");
        List<Figure> subtraction = List.of(new Figure("openings 31-1131 1", Set.of(1L, 2L), false),
                new Figure("openings 31-1131 2", Set.of(1L, 2L, 3L), true), new Figure("openings 31-1131 all periods", Set.of(1L, 2L, 3L), true));
        assertThat(DisclosureCheck.isolatable(subtraction)).singleElement().asString().contains("beside the withheld openings 31-1131 1");
        assertThat(DisclosureCheck.isolatable(List.of(new Figure("growth 29-1141 1", Set.of(7L), true)))).hasSize(1);
    }

    @Test
    void theSplitIntoNewAndReplacingPositionsIsWithheldWhenOneEmployerSuppliesMostOfIt() {
        Map<String, String> links = openSurvey("Split test", List.of("31-1131"));
        long survey = Long.parseLong(links.get("survey"));
        // all 40 new positions come from one employer; the openings in all are spread
        submit(links.get("Riverbend Regional Health"), Map.of("31-1131", answer(160, new int[] {40, 30}, new int[] {2, 30})));
        submit(links.get("Mercy Valley Hospital"), Map.of("31-1131", answer(90, new int[] {0, 35}, new int[] {2, 30})));
        submit(links.get("Riverbend Senior Living"), Map.of("31-1131", answer(120, new int[] {0, 30}, new int[] {2, 35})));
        signInAs("manager");
        surveys.close(survey);
        assertThat(DisclosureCheck.isolatable(rollUp.publishedFigures(survey))).isEmpty();
        for (String viewer : List.of("employer", "practitioner")) {
            signInAs(viewer);
            DemandRollUp.Cell first = cell(rollUp.of(survey), "31-1131", 1);
            assertThat(first.openings()).as("135 openings, none above 80%").isEqualTo(135L);
            assertThat(first.growth()).as(viewer + ": 40 of 40 new positions from one employer").isNull();
            assertThat(first.replacement()).as("the other part would give it away by subtraction").isNull();
            assertThat(first.splitSuppression()).isEqualTo(DemandRollUp.Suppression.ONE_EMPLOYER_DOMINATES);
            assertThat(cell(rollUp.of(survey), "31-1131", 2).growth()).as("a split spread over three employers shows").isEqualTo(6L);
        }
        signInAs("manager");
        assertThat(cell(rollUp.of(survey), "31-1131", 1).growth()).as("the manager sees every figure").isEqualTo(40L);
    }

    @Test
    void aWithheldJobWithholdsItsVerdictAndAClosedSurveyTakesNoMoreAnswers() throws Exception {
        Map<String, String> links = openSurvey("Verdict test", List.of("31-9092"));
        long survey = Long.parseLong(links.get("survey"));
        submit(links.get("Riverbend Regional Health"), Map.of("31-9092", answer(45, new int[] {2, 6}, new int[] {3, 10})));
        submit(links.get("Eastside Family Clinics"), Map.of("31-9092", answer(40, new int[] {4, 8}, new int[] {6, 14})));
        signInAs("manager");
        surveys.close(survey);
        signInAs("employer");
        DemandRollUp.Verdict verdict = rollUp.of(survey).verdicts().get(0);
        assertThat(verdict.figuresWithheld()).isTrue();
        assertThat(verdict.sufficient()).as("the verdict bounds the hidden total").isNull();
        assertThat(List.of(java.util.Optional.ofNullable(verdict.enoughOpenings()), java.util.Optional.ofNullable(verdict.enoughEmployers()),
                java.util.Optional.ofNullable(verdict.enoughPeriods()))).allMatch(java.util.Optional::isEmpty);

        signInAs("manager");
        java.nio.file.Path late = java.nio.file.Files.createTempFile("late-answers", ".csv");
        try {
            java.nio.file.Files.writeString(late, "employer,soc,period,head_count,growth,replacement\nMercy Valley Hospital,31-9092,1,50,3,4\n");
            SurveyFiles.Report report = files.importFile(survey, late);
            assertThat(report.problems()).extracting(SurveyFiles.Problem::messageKey).containsExactly("surveyImport.closed");
        } finally {
            java.nio.file.Files.deleteIfExists(late);
        }
        assertThat(jdbc.sql("select count(*) from demand_invitation where survey_id = ? and status = 'SUBMITTED'").param(survey)
                .query(Long.class).single()).as("the closed survey is as members saw it").isEqualTo(2);
    }

    @Test
    void noClosedSurveyOfTheDemoRegionPublishesAFigureThatCanBeWorkedOut() {
        signInAs("manager");
        List<Long> closed = jdbc.sql("""
                        select s.id from demand_survey s join organization o on o.id = s.organization_id
                        where s.status = 'CLOSED' and o.name = 'Riverbend Chamber of Commerce'""").query(Long.class).list();
        assertThat(closed).as("the demo's closed surveys").isNotEmpty();
        for (long survey : closed) {
            assertThat(DisclosureCheck.isolatable(rollUp.publishedFigures(survey))).as("survey " + survey).isEmpty();
        }
    }
}
