package org.pathways.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/**
 * The administrator's pages: a new organization, its first person, their roles and account, the person's own
 * password, and a reference data upload.
 */
@PathwaysTest
class PlatformPageFormTests {

    private static final String ADMIN = "admin";
    private static final String PASSPHRASE = "lantern-orchard-quietly-2026";

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganizationGetsItsFirstPersonWhoSetsTheirOwnPassword() throws Exception {
        assertThat(forms.refused(ADMIN, "/admin/organizations", "name", "", "type", "OPSO")).contains("This field is required.");
        String organization = forms.accepted(ADMIN, "/admin/organizations", "name", "Lakeview Reentry Partners", "type", "OPSO",
                "region", "Riverbend Valley");
        assertThat(forms.page(ADMIN, organization)).contains("Lakeview Reentry Partners").contains("The organization was created.");
        assertThat(jdbc.sql("select time_zone from organization where name = 'Lakeview Reentry Partners'").query(String.class).single())
                .as("the zone the form starts with").isEqualTo("America/New_York");
        assertThat(text(forms.refused(ADMIN, "/admin/organizations", "name", "Desert Bridge Works", "type", "OPSO", "timeZone", "Mars/Olympus")))
                .contains("“Mars/Olympus” is not one of the time zones offered");
        forms.accepted(ADMIN, "/admin/organizations", "name", "Desert Bridge Works", "type", "OPSO", "timeZone", "America/Phoenix");
        assertThat(jdbc.sql("select time_zone from organization where name = 'Desert Bridge Works'").query(String.class).single())
                .isEqualTo("America/Phoenix");

        String weak = text(forms.refused(ADMIN, organization + "/users", "username", "marisol", "displayName", "Marisol Vega",
                "email", "marisol@example.org", "password", "short", "roles", "ORG_ADMIN"));
        assertThat(weak).contains("12").doesNotContain("value=\"short\"");
        String user = forms.accepted(ADMIN, organization + "/users", "username", "marisol", "displayName", "Marisol Vega",
                "email", "marisol@example.org", "password", PASSPHRASE, "roles", "ORG_ADMIN");
        assertThat(forms.page(ADMIN, user)).contains("Marisol Vega").contains("The person was added and can sign in now.");

        long marisol = jdbc.sql("select id from user_account where username = 'marisol'").query(Long.class).single();
        int version = jdbc.sql("select version from user_account where id = ?").param(marisol).query(Integer.class).single();
        assertThat(forms.refused(ADMIN, user + "/roles", "version", String.valueOf(version))).contains("Choose at least one role.");
        forms.accepted(ADMIN, user + "/roles", "version", String.valueOf(version), "roles", "ORG_ADMIN", "roles", "STAFF");
        assertThat(forms.page(ADMIN, user)).contains("The roles were saved.");
        forms.accepted(ADMIN, user + "/deactivate");
        assertThat(forms.page(ADMIN, user)).contains("The account is deactivated.");
        forms.accepted(ADMIN, user + "/activate");
        assertThat(forms.page(ADMIN, user)).contains("The account is active again.");

        assertThat(forms.refused("marisol", "/profile/password", "currentPassword", PASSPHRASE, "newPassword", "evening-harbor-lights-2026",
                "confirmPassword", "evening-harbor-lights-2027")).contains("The two new passwords are not the same.");
        assertThat(forms.accepted("marisol", "/profile/password", "currentPassword", PASSPHRASE, "newPassword", "evening-harbor-lights-2026",
                "confirmPassword", "evening-harbor-lights-2026")).isEqualTo("/profile?passwordChanged");
        assertThat(forms.page("marisol", "/profile?passwordChanged")).contains("Your password was changed.");
    }

    @Test
    void anAdministratorUploadsReferenceFilesAndABadRowChangesNothing() throws Exception {
        String states = Files.readString(Path.of("src/main/resources/reference/starter/states_2024_starter.csv"));
        String broken = text(forms.upload(ADMIN, "/admin/reference/imports", "files", "states.csv",
                states.replace("02,Alaska,", "2X,Alaska,")).getContentAsString());
        assertThat(broken).contains("Nothing was imported: fix the problems below and import again.");
        String again = text(forms.upload(ADMIN, "/admin/reference/imports", "files", "states.csv", states).getContentAsString());
        // the starter's states replace the current release, or are that release already when the official files were imported
        // earlier in the run (the same 51 rows)
        assertThat(again).satisfiesAnyOf(page -> assertThat(page).contains("Imported 51 rows.").contains("Replaced"),
                page -> assertThat(page).contains("Nothing new: the data was already up to date.").contains("Already loaded"));
        assertThat(jdbc.sql("select s.name from ref_state s join ref_release r on r.id = s.release_id where r.current and s.fips = '02'")
                .query(String.class).single()).as("the refused file changed nothing, the good one loaded").isEqualTo("Alaska");
    }
}
