package org.pathways.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second Chance Works' engagement log with its employers: a first meeting and a site visit with Riverbend Regional
 * Health, a call with Keystone Precision Machining, a job fair; Priya Patel (practitioner) owns the next steps, one of
 * them overdue, one done.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoEngagements implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoEngagements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long opso = jdbc.sql("select id from organization_directory where name = 'Second Chance Works'").query(Long.class).optional().orElse(null);
        Long priya = jdbc.sql("select id from person_directory where username = 'practitioner'").query(Long.class).optional().orElse(null);
        if (opso == null || priya == null || jdbc.sql("select count(*) from engagement where organization_id = ?").param(opso).query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long first = engagement(opso, "Riverbend Regional Health", "MEETING", today.minusDays(40), "First meeting with the people team",
                "Dana Whitfield is keen: first-year turnover of nurses' aides is their biggest cost. Wants to see what our coaching after hire looks like.",
                "Send our 90-day retention results and a one-page outline", today.minusDays(30), priya, true);
        contact(first, "Dana Whitfield");
        contact(first, "Marcus Lee");
        staff(first, priya);
        long visit = engagement(opso, "Riverbend Regional Health", "VISIT", today.minusDays(12), "Tour of the general hospital",
                "Met Alicia Gómez (nurse manager). Patient care techs start on nights; bus service ends at 11 pm.",
                "Ask Lakeside transit about the night route and share with Alicia", today.minusDays(2), priya, false);
        contact(visit, "Alicia Gómez");
        staff(visit, priya);
        long call = engagement(opso, "Keystone Precision Machining", "CALL", today.minusDays(5), "Call with the plant manager",
                "Tom Baker would consider candidates with records for machinist apprenticeships; HR wants the bonding program explained.",
                "Set up a meeting with Renee Okafor about federal bonding", today.plusDays(7), priya, false);
        contact(call, "Tom Baker");
        engagement(opso, "Valley Fresh Foods", "EVENT", today.minusDays(20), "Madison County job fair",
                "Valley Fresh hired on the spot for first shift; they asked about transport from Columbus.", null, null, null, false);
    }

    private long engagement(long organization, String employer, String kind, LocalDate on, String subject, String notes, String nextStep,
                            LocalDate due, Long owner, boolean done) {
        return jdbc.sql("""
                        insert into engagement (organization_id, employer_id, kind, occurred_on, subject, notes, next_step, next_step_due,
                                                next_step_owner, next_step_done_at, created_by)
                        select ?, e.id, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, 'demo'
                        from employer_directory e where e.organization_id = ? and e.name = ? returning id""")
                .params(organization, kind, on, subject, notes, nextStep, due, owner, done, organization, employer).query(Long.class).single();
    }

    private void contact(long engagement, String name) {
        jdbc.sql("""
                        insert into engagement_contact (engagement_id, contact_id)
                        select ?, c.id from employer_contact_directory c join engagement g on g.id = ? where c.employer_id = g.employer_id and c.name = ?""")
                .params(engagement, engagement, name).update();
    }

    private void staff(long engagement, long user) {
        jdbc.sql("insert into engagement_staff (engagement_id, user_id) values (?, ?)").params(engagement, user).update();
    }
}
