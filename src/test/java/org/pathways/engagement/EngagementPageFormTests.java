package org.pathways.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/** A practitioner's engagement pages: logging and correcting an engagement, the workbook saved all at once, the organization's words. */
@PathwaysTest
class EngagementPageFormTests {

    private static final String PRIYA = "practitioner";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    private long employer(String name) {
        return jdbc.sql("select e.id from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = ?").param(name).query(Long.class).single();
    }

    @Test
    void anEngagementIsLoggedAndCorrectedOnItsPages() throws Exception {
        long lakeside = employer("Lakeside Freight & Logistics");
        assertThat(forms.refused(PRIYA, "/employers/" + lakeside + "/engagements", "kind", "SITE_TOUR", "occurredOn", TODAY.toString(),
                "subject", "Tour")).as("a problem on a field without a message of its own is still named at the top")
                .contains("This value has the wrong format.");
        String timeline = forms.accepted(PRIYA, "/employers/" + lakeside + "/engagements", "kind", "VISIT",
                "occurredOn", TODAY.toString(), "subject", "Tour of the cross-dock", "nextStep", "Send the forklift course dates",
                "nextStepDue", TODAY.plusDays(7).toString());
        assertThat(forms.page(PRIYA, timeline.replaceAll("#.*", ""))).contains("Tour of the cross-dock").contains("The engagement is logged.");

        long visit = jdbc.sql("select id from engagement where employer_id = ? and subject = 'Tour of the cross-dock'").param(lakeside)
                .query(Long.class).single();
        int version = jdbc.sql("select version from engagement where id = ?").param(visit).query(Integer.class).single();
        forms.accepted(PRIYA, "/engagements/" + visit, "version", String.valueOf(version), "kind", "VISIT",
                "occurredOn", TODAY.toString(), "subject", "Tour of the cross-dock and the yard");
        assertThat(forms.page(PRIYA, "/employers/" + lakeside + "/engagements")).contains("Tour of the cross-dock and the yard")
                .contains("The engagement is changed.");
        assertThat(forms.refused(PRIYA, "/engagements/" + visit, "version", String.valueOf(version + 1), "kind", "VISIT",
                "occurredOn", "yesterday", "subject", "Tour")).contains("Enter a date as YYYY-MM-DD.");
    }

    @Test
    void theWorkbookSavesEveryAnswerAtOnceAndKeepsWhatWasTypedWhenSomeoneSavedFirst() throws Exception {
        long lakeside = employer("Lakeside Freight & Logistics");
        String workbook = "/employers/" + lakeside + "/workbook";
        assertThat(forms.page(PRIYA, workbook)).contains("Save all answers").contains("data-warn-unsaved=");
        forms.accepted(PRIYA, workbook, "answer.sourcing.practices", "Hires through two staffing agencies", "status.sourcing.practices", "IN_PROGRESS",
                "version.sourcing.practices", "0", "answer.people.buyIn", "The operations director asked for us", "status.people.buyIn", "ANSWERED",
                "version.people.buyIn", "0", "answer.facts.scale", "", "status.facts.scale", "OPEN", "version.facts.scale", "0");
        String saved = forms.page(PRIYA, workbook);
        assertThat(saved).contains("2 answers were saved.").contains("Hires through two staffing agencies").contains("The operations director asked for us")
                .as("people by their names, not their usernames").contains("by Priya Patel").doesNotContain("by practitioner");

        // a colleague's page, opened before that save, changes one of the same answers and types a new one
        String stale = text(forms.refused("orgadmin", workbook, "answer.people.buyIn", "Nobody has asked yet", "status.people.buyIn", "OPEN",
                "version.people.buyIn", "0", "answer.facts.scale", "About 40 drivers a year", "status.facts.scale", "IN_PROGRESS",
                "version.facts.scale", "0"));
        assertThat(stale).contains("Nothing was saved: someone saved answers").contains("Nobody has asked yet").contains("About 40 drivers a year")
                .contains("Their answer, saved").contains("The operations director asked for us");
        assertThat(jdbc.sql("select count(*) from workbook_answer where employer_id = ? and question = 'facts.scale'").param(lakeside)
                .query(Long.class).single()).as("nothing of that page was saved").isZero();

        forms.accepted(PRIYA, workbook, "answer.people.buyIn", "The operations director asked for us", "status.people.buyIn", "ANSWERED",
                "version.people.buyIn", "1");
        assertThat(forms.page(PRIYA, workbook)).contains("Nothing had changed, so nothing was saved.");

        // an answer over the limit (a page edited by hand, or a pasted document) is named, and nothing of the page is saved
        String pasted = text(forms.refused(PRIYA, workbook, "answer.facts.scale", "x".repeat(Workbook.MAX_ANSWER_LENGTH + 1),
                "status.facts.scale", "OPEN", "version.facts.scale", "0", "answer.facts.sufficient", "Short and fine", "status.facts.sufficient", "OPEN",
                "version.facts.sufficient", "0"));
        assertThat(pasted).contains("an answer is kept to 10,000 characters at most");
        assertThat(jdbc.sql("select count(*) from workbook_answer where employer_id = ? and question in ('facts.scale', 'facts.sufficient')")
                .param(lakeside).query(Long.class).single()).as("nothing of that page was saved").isZero();
    }

    @Test
    void anOrganizationAddsItsOwnWordsAndResetsItsFitWeights() throws Exception {
        assertThat(text(forms.refused(PRIYA, "/value-propositions/wording", "term", "hard case", "suggestion", "")))
                .contains("Say what to write instead");
        forms.accepted(PRIYA, "/value-propositions/wording", "term", "hard case", "suggestion", "a person we work with");
        assertThat(forms.page(PRIYA, "/value-propositions/wording")).contains("hard case").contains("Added. The language check flags it from now on.");

        assertThat(forms.refused("orgadmin", "/partnership-fit/weights", "leadership", "40", "coverage", "15", "csr", "10", "dei", "10",
                "priorHiring", "20", "need", "15", "reach", "10")).contains("The weights total 120: make them total 100.");
        forms.accepted("orgadmin", "/partnership-fit/weights", "leadership", "30", "coverage", "15", "csr", "5", "dei", "5",
                "priorHiring", "20", "need", "15", "reach", "10");
        assertThat(forms.page("orgadmin", "/partnership-fit/weights")).contains("Saved. Every employer’s fit now uses these weights.").contains("value=\"30\"");
        forms.accepted("orgadmin", "/partnership-fit/weights/reset");
        assertThat(forms.page("orgadmin", "/partnership-fit/weights")).contains("Back to the proposed weights.");
    }
}
