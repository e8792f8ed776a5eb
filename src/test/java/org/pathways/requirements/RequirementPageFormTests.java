package org.pathways.requirements;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/** A practitioner records a welder's requirements on the page: refused with the row named, saved, refused on an old copy. */
@PathwaysTest
class RequirementPageFormTests {

    private static final String PRIYA = "practitioner";

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    /** Second Chance Works' welder at Keystone (SOC 51-4121), which no other test records requirements for. */
    private long welderJob() {
        return jdbc.sql("""
                        select j.id from critical_job j
                        join employer e on e.id = j.employer_id join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining'
                          and j.employer_title = 'Welder/Fabricator'""")
                .query(Long.class).single();
    }

    @Test
    void requirementsAreRefusedAtTheirRowSavedAndRefusedOnAnOldCopy() throws Exception {
        String page = "/critical-jobs/" + welderJob() + "/requirements";
        assertThat(text(forms.page(PRIYA, page))).contains("Hiring requirements for “Welder/Fabricator”")
                .contains("Beside the occupation").contains("High school diploma or equivalent");

        String refused = text(forms.refused(PRIYA, page, "version", "0",
                "items[0].kind", "COMPETENCY", "items[0].competencyType", "SKILL", "items[0].name", "Welding poetry",
                "items[0].necessity", "REQUIRED", "items[0].importance", "3",
                "items[1].kind", "EXPERIENCE", "items[1].necessity", "PREFERRED", "items[1].importance", "2"));
        assertThat(refused).contains("Item 1: “Welding poetry” is not in the current O*NET release")
                .contains("Item 2: enter the months of experience.").as("what was typed stays").contains("value=\"Welding poetry\"");
        assertThat(jdbc.sql("select count(*) from job_requirements where critical_job_id = ?").param(welderJob())
                .query(Long.class).single()).as("nothing was saved").isZero();

        forms.accepted(PRIYA, page, "version", "0",
                "items[0].kind", "COMPETENCY", "items[0].competencyType", "KNOWLEDGE", "items[0].name", "Mathematics",
                "items[0].necessity", "REQUIRED", "items[0].neededAtHire", "true", "items[0].importance", "4",
                "items[1].kind", "CREDENTIAL", "items[1].credentialKind", "INDUSTRY_CERTIFICATION",
                "items[1].name", "AWS D1.1 structural steel",
                "items[1].experienceMayReplace", "true", "items[1].replaceMonths", "24", "items[1].necessity", "PREFERRED",
                "items[1].importance", "3",
                "items[2].kind", "", "items[2].name", "",
                "practices.backgroundCheck", "AFTER_CONDITIONAL_OFFER", "practices.recordsChecked", "FELONY_CONVICTIONS",
                "practices.lookbackYears", "7", "practices.individualizedAssessment", "true", "practices.chanceToRespond", "true");
        String saved = text(forms.page(PRIYA, page));
        assertThat(saved).contains("The hiring requirements were saved.").contains("value=\"Mathematics\"")
                .contains("value=\"AWS D1.1 structural steel\"").as("a fair-chance check needs no note about its timing")
                .doesNotContain("before anyone has seen the person");

        assertThat(text(forms.refused(PRIYA, page, "version", "0", "practices.backgroundCheck", "BEFORE_OFFER")))
                .contains("Someone saved these requirements after you opened them");
        assertThat(text(forms.page(PRIYA, page))).as("the saved copy is unchanged").contains("value=\"AWS D1.1 structural steel\"");
        assertThat(text(forms.refused(PRIYA, page, "version", "1", "items[0].kind", "HOBBY"))).as("a kind that is not one")
                .contains("Hiring requirements for “Welder/Fabricator”").contains("Choose one of the listed kinds.");

        long keystone = jdbc.sql("select employer_id from critical_job where id = ?").param(welderJob()).query(Long.class).single();
        assertThat(forms.page(PRIYA, "/employers/" + keystone)).as("the job's card leads to its requirements")
                .contains("href=\"" + page + "\"").as("and says how many items it holds").contains("(2 recorded)");
    }

    @Test
    void theEmployersPracticesHoldForItsJobsWithoutTheirOwnAndAreRefusedWithTheirMessage() throws Exception {
        long keystone = jdbc.sql("select employer_id from critical_job where id = ?").param(welderJob()).query(Long.class).single();
        long maintenance = jdbc.sql("select id from critical_job where employer_id = ? and employer_title = 'Maint Tech II - 2nd shift'")
                .param(keystone).query(Long.class).single();
        String page = "/employers/" + keystone + "/hiring-practices";
        assertThat(text(forms.page(PRIYA, page))).contains("Hiring practices at Keystone Precision Machining");
        assertThat(text(forms.refused(PRIYA, page, "version", "0", "practices.backgroundCheck", "NONE", "practices.lookbackYears", "7")))
                .contains("Records and a lookback are for a background check");
        assertThat(jdbc.sql("select count(*) from employer_practices where employer_id = ?").param(keystone).query(Long.class).single())
                .as("nothing was saved").isZero();
        forms.accepted(PRIYA, page, "version", "0", "practices.backgroundCheck", "BEFORE_OFFER", "practices.lookbackYears", "10",
                "practices.degreeRequired", "true");
        assertThat(text(forms.page(PRIYA, page))).contains("The hiring practices were saved.")
                .contains("before anyone has seen the person");
        String job = text(forms.page(PRIYA, "/critical-jobs/" + maintenance + "/requirements"));
        assertThat(job).as("a job without practices of its own follows the employer's").contains("follows the employer’s")
                .contains("before anyone has seen the person").contains("A degree is required, though most people enter");
        assertThat(text(forms.refused(PRIYA, page, "version", "0", "practices.backgroundCheck", "NONE")))
                .contains("Someone saved these practices after you opened them");
    }
}
