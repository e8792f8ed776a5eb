package org.pathways.demand;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.employers.CriticalJobChanged;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.EmployerArchived;
import org.pathways.employers.Employers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules meet through events (decision 0006): the employers module says an employer was archived or a critical job
 * changed; the demand module withdraws the archived employer's open links. The listener runs after the archive
 * commits, from the publication registry, and a publication whose listener never ran (the app stopped in between)
 * is run again when publications are resubmitted, as they are on every start.
 */
@PathwaysTest
@EnableScenarios
class EventsBetweenModulesTests {

    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    TransactionTemplate transactions;

    private long archivedEmployer;
    private long invitation;

    /** An unanswered invitation of the chamber's open survey, and its employer profile. */
    private long[] openInvitation() {
        return jdbc.sql("""
                        select i.id, i.employer_id from demand_invitation i join demand_survey s on s.id = i.survey_id
                        where s.status = 'OPEN' and i.status <> 'SUBMITTED' and i.revoked_at is null order by i.id limit 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private boolean withdrawn(long invitationId) {
        return jdbc.sql("select revoked_at is not null from demand_invitation where id = ?").param(invitationId).query(Boolean.class).single();
    }

    private int version(long employerId) {
        return jdbc.sql("select version from employer where id = ?").param(employerId).query(Integer.class).single();
    }

    private long outstanding() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    /** The listeners run on their own threads: wait (at most 20 s) for what they do to show. */
    private static void waitFor(java.util.function.BooleanSupplier done) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(done::getAsBoolean);
    }

    @AfterEach
    void putTheDemoBack() {
        if (invitation != 0) {
            jdbc.sql("update demand_invitation set revoked_at = null where id = ?").param(invitation).update();
            jdbc.sql("update employer set archived_at = null where id = ?").param(archivedEmployer).update();
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void archivingAnEmployerWithdrawsItsOpenSurveyLinks(Scenario scenario) {
        long[] open = openInvitation();
        invitation = open[0];
        archivedEmployer = open[1];
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("manager"));

        scenario.stimulate(() -> employers.archive(archivedEmployer, version(archivedEmployer), true))
                .andWaitForStateChange(() -> withdrawn(invitation), Boolean::booleanValue)
                .andVerify(done -> assertThat(jdbc.sql("select count(*) from audit_event where action = 'survey.linksWithdrawn' and target_id = ?")
                        .param(String.valueOf(archivedEmployer)).query(Long.class).single()).isPositive());
        waitFor(() -> outstanding() == 0);
        assertThat(outstanding()).as("the publication is completed (and deleted) once the listener ran").isZero();
    }

    @Test
    void aPublicationWhoseListenerNeverRanIsRunWhenResubmitted() {
        long[] open = openInvitation();
        invitation = open[0];
        archivedEmployer = open[1];
        long organization = jdbc.sql("select organization_id from employer where id = ?").param(archivedEmployer).query(Long.class).single();
        // as if the app stopped after the archive committed and before the listener ran: the publication is stored, nothing else
        String listener = ArchivedEmployerLinks.class.getName() + ".on(" + EmployerArchived.class.getName() + ")";
        transactions.executeWithoutResult(status -> registry.store(new EmployerArchived(archivedEmployer, organization),
                Stream.of(PublicationTargetIdentifier.of(listener))));
        assertThat(withdrawn(invitation)).isFalse();

        // what every start does (spring.modulith.events.republish-outstanding-events-on-restart)
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        waitFor(() -> withdrawn(invitation) && outstanding() == 0);
        assertThat(withdrawn(invitation)).as("the listener ran from the stored publication").isTrue();
        assertThat(outstanding()).as("and the publication is completed").isZero();
    }

    @Test
    void aCriticalJobAddedIsAnnounced(Scenario scenario) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long employer = employers.create(new Employers.EmployerInput("Events Test Bakery", org.pathways.employers.Sector.PRIVATE_FOR_PROFIT, false, null,
                null, null, null, null, null), false).id();
        scenario.stimulate(() -> criticalJobs.add(employer, new CriticalJobs.CriticalJobInput("Meat cutter", "51-3022", true, null, null, 4, 1,
                        null, null, null, null, List.of())))
                .andWaitForEventOfType(CriticalJobChanged.class)
                .matching(changed -> changed.employerId() == employer)
                .toArriveAndVerify(changed -> assertThat(changed.change()).isEqualTo(CriticalJobChanged.Change.ADDED));
    }
}
