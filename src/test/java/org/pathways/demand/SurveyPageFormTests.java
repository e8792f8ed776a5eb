package org.pathways.demand;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/** A demand survey run from its pages by the chamber's manager: built, opened, reminded, links withdrawn and reissued, answers imported, closed. */
@PathwaysTest
class SurveyPageFormTests {

    private static final String MANAGER = "manager";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemandSurveys surveys;
    @Autowired
    org.pathways.TestUsers users;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** An empty submission is refused; "nothing to report" is answered, shown as such, and the numbers stay empty. */
    private boolean nothingToReportIsKeptAsSuch(long survey) throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(MANAGER));
        String link;
        try {
            link = surveys.invitations(survey).stream().filter(i -> i.employerName().equals("Eastside Family Clinics")).findFirst().orElseThrow().link();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        String path = link.substring(link.indexOf("/s/"));
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .locale(java.util.Locale.ENGLISH).param("action", "submit").param("version", "0");
        String empty = text(mvc.perform(post).andReturn().getResponse().getContentAsString());
        assertThat(empty).contains("Nothing is filled in yet.");
        assertThat(text(mvc.perform(post.param("nothingToReport", "yes")).andReturn().getResponse().getContentAsString()))
                .contains("your answer “nothing to report” is submitted");
        assertThat(forms.page(MANAGER, "/surveys/" + survey)).contains("nothing to report").contains("through the private link");
        return jdbc.sql("select count(*) from demand_answer a join demand_invitation i on i.id = a.invitation_id"
                + " where i.survey_id = ? and i.employer_name = 'Eastside Family Clinics'").param(survey).query(Long.class).single() == 0;
    }

    @Test
    void aSurveyIsBuiltOpenedRemindedImportedIntoAndClosedOnItsPages() throws Exception {
        long health = jdbc.sql("select id from collaborative where name = 'Riverbend Healthcare Talent Collaborative'").query(Long.class).single();
        String surveys = "/collaboratives/" + health + "/surveys";
        assertThat(forms.refused(MANAGER, surveys, "title", "Page survey", "closesOn", TODAY.minusDays(1).toString(),
                "periodLabels", "Next 12 months", "periodMonths", "12", "socCodes", "29-1141")).contains("Choose a closing date from today on.");

        String location = forms.accepted(MANAGER, surveys, "title", "Page survey", "closesOn", TODAY.plusDays(14).toString(),
                "periodLabels", "Next 12 months", "periodMonths", "12", "periodLabels", "Years 2 and 3", "periodMonths", "24",
                "socCodes", "29-1141", "socCodes", "31-1131");
        long survey = Long.parseLong(location.substring("/surveys/".length()));
        assertThat(forms.page(MANAGER, location)).contains("Page survey").contains("The survey was created.");

        forms.accepted(MANAGER, location + "/open");
        assertThat(forms.page(MANAGER, location)).contains("4 employers were invited.").contains("data-confirm=\"Close this survey now?")
                .contains("aria-label=\"Copy the private link of Mercy Valley Hospital\"");
        assertThat(nothingToReportIsKeptAsSuch(survey)).isTrue();
        forms.accepted(MANAGER, location + "/remind");
        assertThat(forms.page(MANAGER, location)).containsPattern("[0-9]+ reminders were sent\\.|One reminder was sent\\.");

        long mercy = jdbc.sql("select id from demand_invitation where survey_id = ? and employer_name = 'Mercy Valley Hospital'").param(survey)
                .query(Long.class).single();
        forms.accepted(MANAGER, "/invitations/" + mercy + "/revoke");
        assertThat(forms.page(MANAGER, location)).contains("The private link of Mercy Valley Hospital was withdrawn; it no longer opens the survey.");
        forms.accepted(MANAGER, "/invitations/" + mercy + "/renew");
        assertThat(forms.page(MANAGER, location)).contains("A new private link was issued for Mercy Valley Hospital");

        String header = "employer,soc,period,head_count,growth,replacement,hard_to_fill,comment\n";
        String refused = text(forms.upload(MANAGER, location + "/import", "answers.csv",
                header + "Mercy Valley Hospital,29-1141,1,260,5,20,yes,\nNobody Hospital,29-1141,1,10,1,1,no,\n").getContentAsString());
        assertThat(refused).contains("Nothing was imported.").contains("\"Nobody Hospital\" is not an employer invited to this survey.");
        assertThat(jdbc.sql("select count(*) from demand_opening o join demand_invitation i on i.id = o.invitation_id where i.survey_id = ?")
                .param(survey).query(Long.class).single()).as("nothing imported").isZero();
        String imported = forms.upload(MANAGER, location + "/import", "answers.csv",
                header + "Mercy Valley Hospital,29-1141,1,260,5,20,yes,From a phone call\n").getContentAsString();
        assertThat(imported).contains("One row imported for one employer.");

        forms.accepted(MANAGER, location + "/close");
        assertThat(forms.page(MANAGER, location)).contains("The survey is closed.");
    }
}
