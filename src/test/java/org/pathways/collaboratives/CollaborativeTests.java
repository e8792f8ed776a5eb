package org.pathways.collaboratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.collaboratives.Collaboratives.CollaborativeInput;
import org.pathways.collaboratives.Collaboratives.Confidentiality;
import org.pathways.collaboratives.Collaboratives.NeedThresholds;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Collaboratives as their managers, partners and member employers see them. */
@PathwaysTest
class CollaborativeTests {

    @Autowired
    Collaboratives collaboratives;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
    }

    private long demo(String name) {
        return jdbc.sql("select id from collaborative where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aManagerCannotLoosenTheConfidentialityRuleAndHearsEveryProblemAtOnce() {
        signInAs("manager");
        CollaborativeInput loose = CollaborativeInput.of(" ", Collaboratives.Focus.INDUSTRY, "99", null, List.of("39049", "99999"), null,
                Collaboratives.Status.FORMING, new Confidentiality(2, 90), new NeedThresholds(0, 3, 2));
        long before = jdbc.sql("select count(*) from collaborative").query(Long.class).single();
        assertThatThrownBy(() -> collaboratives.create(loose)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidInput::field)
                        .containsExactlyInAnyOrder("name", "focusCode", "counties", "minContributors", "maxSharePercent", "needMinOpenings"));
        assertThat(jdbc.sql("select count(*) from collaborative").query(Long.class).single()).as("nothing was saved").isEqualTo(before);

        var stricter = collaboratives.create(CollaborativeInput.of("Riverbend Logistics Collaborative", Collaboratives.Focus.OCCUPATION_FAMILY,
                "53-0000", "Warehouse and trucking", List.of("39049", "39129", "39049"), "Charter", Collaboratives.Status.FORMING,
                new Confidentiality(5, 60), new NeedThresholds(20, 4, 2)));
        assertThat(stricter.relation()).isEqualTo(Collaboratives.Relation.MANAGER);
        assertThat(stricter.counties()).extracting(c -> c.code()).containsExactly("39049", "39129");
        assertThat(stricter.confidentiality()).isEqualTo(new Confidentiality(5, 60));
        assertThatThrownBy(() -> collaboratives.update(stricter.id(), stricter.version() + 1, CollaborativeInput.of(stricter.name(),
                stricter.focus(), stricter.focusCode(), null, List.of(), null, Collaboratives.Status.ACTIVE, new Confidentiality(5, 60),
                new NeedThresholds(20, 4, 2)))).as("a stale version is refused").isInstanceOf(Conflict.class);
    }

    @Test
    void partnersAndMembersSeeHowManyEmployersShareAJobButNotWhoseNumbers() {
        long health = demo("Riverbend Healthcare Talent Collaborative");
        signInAs("manager");
        Collaboratives.SharedJob nursesForManager = collaboratives.sharedCriticalJobs(health).stream()
                .filter(j -> j.socCode().equals("29-1141")).findFirst().orElseThrow();
        assertThat(nursesForManager.employers()).isEqualTo(4);
        assertThat(nursesForManager.jobs()).extracting(j -> j.employerName()).contains("Mercy Valley Hospital");
        assertThat(nursesForManager.positions()).isEqualTo(420 + 260 + 8 + 22);

        for (String outsider : List.of("practitioner", "employer")) {
            signInAs(outsider);
            Collaboratives.SharedJob nurses = collaboratives.sharedCriticalJobs(health).stream()
                    .filter(j -> j.socCode().equals("29-1141")).findFirst().orElseThrow();
            assertThat(nurses.employers()).as(outsider).isEqualTo(4);
            assertThat(nurses.jobs()).as(outsider + " sees no employer's job").isEmpty();
            assertThat(nurses.positions()).as(outsider + " sees no employer's numbers").isNull();
            assertThat(nurses.openings()).isNull();
        }
        signInAs("employer");
        assertThat(collaboratives.get(health).relation()).isEqualTo(Collaboratives.Relation.MEMBER);
        assertThatThrownBy(() -> collaboratives.addMember(health, 1, null)).as("a member cannot change the roster")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganizationOutsideACollaborativeDoesNotKnowItExists() {
        long manufacturing = demo("Central Ohio Advanced Manufacturing Collaborative");
        signInAs("youthcoach"); // Bridges Youth Network partners with healthcare only
        assertThat(collaboratives.list()).extracting(Collaboratives.CollaborativeView::name)
                .containsExactly("Riverbend Healthcare Talent Collaborative");
        assertThatThrownBy(() -> collaboratives.get(manufacturing)).isInstanceOf(NotFound.class);
        signInAs("employer"); // Riverbend Regional Health belongs to healthcare only
        assertThatThrownBy(() -> collaboratives.sharedCriticalJobs(manufacturing)).isInstanceOf(NotFound.class);
    }
}
