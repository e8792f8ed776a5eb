package org.pathways.collaboratives;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/** A chamber's collaborative manager builds a collaborative on its pages: the form, members and partners. */
@PathwaysTest
class CollaborativePageFormTests {

    private static final String MANAGER = "manager";

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aCollaborativeIsCreatedEditedAndGivenMembersAndPartnersOnItsPages() throws Exception {
        assertThat(forms.refused(MANAGER, "/collaboratives", "name", "", "focus", "INDUSTRY", "status", "FORMING"))
                .contains("This field is required.");
        String loose = text(forms.refused(MANAGER, "/collaboratives", "name", "Looser than the rule", "focus", "INDUSTRY", "focusCode", "31-33",
                "status", "FORMING", "minContributors", "2", "maxSharePercent", "95", "needMinOpenings", "10", "needMinEmployers", "3",
                "needMinPeriods", "2"));
        assertThat(loose).contains("Use at least 3 employers").contains("Use a share between 1 and 80%");
        assertThat(id("select count(*) from collaborative where name = 'Looser than the rule'")).isZero();

        String location = forms.accepted(MANAGER, "/collaboratives", "name", "Riverbend Food Manufacturing Collaborative", "focus", "INDUSTRY",
                "focusCode", "31-33", "counties", "39049, 39041", "charter", "Shared hiring for production lines", "status", "FORMING",
                "minContributors", "4", "maxSharePercent", "70", "needMinOpenings", "10", "needMinEmployers", "3", "needMinPeriods", "2");
        long collaborative = Long.parseLong(location.substring("/collaboratives/".length()));
        assertThat(forms.page(MANAGER, location)).contains("Riverbend Food Manufacturing Collaborative").contains("The collaborative was created.");

        int version = (int) id("select version from collaborative where id = ?", collaborative);
        forms.accepted(MANAGER, location, "version", String.valueOf(version), "name", "Riverbend Food Manufacturing Collaborative",
                "focus", "INDUSTRY", "focusCode", "31-33", "charter", "Shared hiring for production and sanitation", "status", "ACTIVE",
                "minContributors", "4", "maxSharePercent", "70", "needMinOpenings", "10", "needMinEmployers", "3", "needMinPeriods", "2");
        assertThat(forms.page(MANAGER, location)).contains("Shared hiring for production and sanitation");
        assertThat(text(forms.refused(MANAGER, location, "version", String.valueOf(version), "name", "Typed on an old copy",
                "focus", "INDUSTRY", "status", "ACTIVE", "minContributors", "4", "maxSharePercent", "70", "needMinOpenings", "10",
                "needMinEmployers", "3", "needMinPeriods", "2"))).contains("Typed on an old copy");

        long chamber = id("select id from organization where name = 'Riverbend Chamber of Commerce'");
        long keystone = id("select id from employer where organization_id = ? and name = 'Keystone Precision Machining'", chamber);
        String profileOption = "<option value=\"" + keystone + "\">Keystone Precision Machining</option>";
        assertThat(forms.page(MANAGER, location)).contains(profileOption);
        forms.accepted(MANAGER, location + "/members", "employerId", String.valueOf(keystone));
        String withMember = forms.page(MANAGER, location);
        assertThat(withMember).contains("Keystone Precision Machining is now a member of this collaborative.")
                .as("the picker offers only employers not in yet").doesNotContain(profileOption)
                .contains("data-confirm=\"Remove Keystone Precision Machining from this collaborative?");

        long college = id("select id from organization where name = 'Riverbend Community College'");
        forms.accepted(MANAGER, location + "/partners", "organizationId", String.valueOf(college));
        String withPartner = forms.page(MANAGER, location);
        assertThat(withPartner).contains("Riverbend Community College is now a partner of this collaborative.")
                .doesNotContain("<option value=\"" + college + "\">Riverbend Community College</option>");

        forms.accepted(MANAGER, location + "/partners", "organizationId", String.valueOf(college), "remove", "true");
        assertThat(forms.page(MANAGER, location)).contains("Riverbend Community College is no longer a partner and no longer sees this collaborative.");
        forms.accepted(MANAGER, location + "/members", "employerId", String.valueOf(keystone), "remove", "true");
        assertThat(forms.page(MANAGER, location)).contains("Keystone Precision Machining is no longer a member of this collaborative");
        assertThat(id("select count(*) from collaborative_member where collaborative_id = ?", collaborative)).isZero();
    }
}
