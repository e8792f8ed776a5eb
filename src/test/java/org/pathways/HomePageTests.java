package org.pathways;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/** Every role lands on its own work, in its own language, and on no audit codes. */
@PathwaysTest
class HomePageTests {

    @Autowired
    PageForms forms;

    @Test
    void eachRoleHasItsWorkAtHome() throws Exception {
        String priya = text(forms.page("practitioner", "/"));
        assertThat(priya).contains("My next steps").contains("Employers not contacted lately").contains("Our collaboratives")
                .contains("partner · run by Riverbend Chamber of Commerce");
        String manager = text(forms.page("manager", "/"));
        assertThat(manager).contains("Open demand surveys").containsPattern("\\d+ of (one employer|\\d+ employers) answered")
                .contains("we manage it");
        String employer = text(forms.page("employer", "/"));
        assertThat(employer).contains("Surveys to answer").containsPattern("href=\"/s/[^\"]+\"").contains("member · run by Riverbend Chamber of Commerce");
        assertThat(employer).as("the employer's own profile, as the collaborative keeps it").contains("Your profile on file")
                .contains(">Riverbend Regional Health</a>")
                .containsPattern("As Riverbend Chamber of Commerce keeps it for Riverbend Healthcare Talent Collaborative: \\d+ critical jobs");
        String collaborative = forms.page("employer", employer.replaceAll("(?s).*href=\"(/collaboratives/\\d+)#own-profile-heading\".*", "$1"));
        assertThat(text(collaborative)).contains("Your profile on file: Riverbend Regional Health").contains("Riverbend Chamber of Commerce keeps this profile");
        String viewer = text(forms.page("viewer", "/"));
        assertThat(viewer).as("the board's viewer follows the collaborative its board partners in")
                .contains("Riverbend Healthcare Talent Collaborative");
        for (String page : new String[] {priya, manager, employer, viewer}) {
            assertThat(page).doesNotContain("signIn.succeeded").doesNotContain("valueProposition.saved").doesNotContain("127.0.0.1");
        }
    }

    @Test
    void homeSpeaksSpanish() throws Exception {
        String spanish = text(forms.page("practitioner", "/?lang=es"));
        assertThat(spanish).contains("Mis próximos pasos").contains("Nuestras colaborativas").doesNotContain("My next steps");
    }
}
