package org.pathways.demand;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.pathways.platform.PrivateLinks;
import org.pathways.reference.ReferenceSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each demo collaborative has last year's survey, closed, with every member's answers (some figures pass the
 * confidentiality rule, some are withheld for too few employers, one because one employer dominates it: Riverbend
 * Regional Health's new tower needs 400 nursing assistants in years 1 to 3), and this
 * year's survey, open, with answers submitted, a draft and a member who has not started.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoDemand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDemand.class);

    private final JdbcClient jdbc;
    private final ReferenceSearch reference;

    DemoDemand(JdbcClient jdbc, ReferenceSearch reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** One employer's answer for one occupation: people in the job, hard to fill, and growth / replacement per period. */
    private record Answer(String soc, int headCount, boolean hardToFill, int growth1, int replacement1, int growth2, int replacement2) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from demand_survey").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Long health = collaborative("Riverbend Healthcare Talent Collaborative");
        if (health != null) {
            List<String> jobs = List.of("29-1141", "31-1131", "29-2061", "31-9092");
            long closed = survey(health, "Hiring needs " + (today.getYear() - 1), "CLOSED", today.minusMonths(11), jobs);
            answers(closed, "Riverbend Regional Health", "SUBMITTED", List.of(new Answer("29-1141", 420, true, 12, 48, 20, 90),
                    new Answer("31-1131", 160, true, 4, 30, 150, 250), new Answer("31-9092", 45, false, 2, 6, 3, 10)));
            answers(closed, "Mercy Valley Hospital", "SUBMITTED", List.of(new Answer("29-1141", 260, true, 5, 26, 8, 50),
                    new Answer("31-1131", 90, true, 2, 14, 2, 25), new Answer("29-2061", 40, false, 0, 5, 1, 9)));
            answers(closed, "Riverbend Senior Living", "SUBMITTED", List.of(new Answer("31-1131", 120, true, 10, 45, 60, 0),
                    new Answer("29-2061", 18, true, 1, 4, 2, 6), new Answer("29-1141", 8, false, 0, 1, 1, 2)));
            answers(closed, "Eastside Family Clinics", "SUBMITTED", List.of(new Answer("31-9092", 40, true, 4, 8, 6, 14),
                    new Answer("29-1141", 22, false, 1, 3, 2, 5)));
            long open = survey(health, "Hiring needs " + today.getYear(), "OPEN", today.plusWeeks(3), jobs);
            answers(open, "Riverbend Regional Health", "SUBMITTED", List.of(new Answer("29-1141", 430, true, 15, 50, 22, 95),
                    new Answer("31-1131", 165, true, 5, 32, 6, 58)));
            answers(open, "Mercy Valley Hospital", "DRAFT", List.of(new Answer("29-1141", 265, true, 6, 27, 0, 0)));
            answers(open, "Eastside Family Clinics", "SUBMITTED", List.of(new Answer("31-9092", 42, true, 4, 9, 5, 15)));
            answers(open, "Riverbend Senior Living", "NOT_STARTED", List.of());
        }
        Long manufacturing = collaborative("Central Ohio Advanced Manufacturing Collaborative");
        if (manufacturing != null) {
            List<String> jobs = List.of("51-4041", "49-9071", "51-4121");
            long closed = survey(manufacturing, "Hiring needs " + (today.getYear() - 1), "CLOSED", today.minusMonths(10), jobs);
            answers(closed, "Keystone Precision Machining", "SUBMITTED", List.of(new Answer("51-4041", 48, true, 4, 6, 6, 10),
                    new Answer("49-9071", 8, true, 1, 1, 1, 2), new Answer("51-4121", 12, false, 1, 2, 1, 3)));
            answers(closed, "Buckeye Fabrication Works", "SUBMITTED", List.of(new Answer("51-4121", 55, true, 5, 9, 8, 15),
                    new Answer("49-9071", 9, false, 0, 2, 1, 2)));
            answers(closed, "Scioto Valley Plastics", "SUBMITTED", List.of(new Answer("49-9071", 14, true, 1, 3, 2, 4),
                    new Answer("51-4041", 12, false, 0, 2, 1, 3)));
            answers(closed, "Central Ohio Gear & Drive", "SUBMITTED", List.of(new Answer("51-4041", 70, true, 6, 9, 10, 16),
                    new Answer("49-9071", 16, true, 1, 3, 2, 5), new Answer("51-4121", 10, false, 0, 2, 1, 2)));
            long open = survey(manufacturing, "Hiring needs " + today.getYear(), "OPEN", today.plusWeeks(2), jobs);
            answers(open, "Keystone Precision Machining", "SUBMITTED", List.of(new Answer("51-4041", 50, true, 5, 6, 7, 11)));
            answers(open, "Buckeye Fabrication Works", "NOT_STARTED", List.of());
            answers(open, "Scioto Valley Plastics", "NOT_STARTED", List.of());
            answers(open, "Central Ohio Gear & Drive", "DRAFT", List.of(new Answer("51-4041", 72, true, 6, 10, 0, 0)));
        }
        log.info("Loaded the demo demand surveys");
    }

    private Long collaborative(String name) {
        return jdbc.sql("select id from collaborative_directory where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    private long survey(long collaborative, String title, String status, LocalDate closesOn, List<String> jobs) {
        long id = jdbc.sql("""
                        insert into demand_survey (collaborative_id, organization_id, title, intro, status, closes_on, opened_at, closed_at, created_by)
                        select c.id, c.organization_id, ?, ?, ?, ?, (?::date - 21)::timestamptz,
                               case when ? = 'CLOSED' then ?::date::timestamptz end, 'demo'
                        from collaborative_directory c where c.id = ? returning id""")
                .params(title, "We ask once a year so that the college and our partners can plan classes and cohorts for the jobs "
                        + "we all need. It takes about ten minutes.", status, closesOn, closesOn, status, closesOn, collaborative)
                .query(Long.class).single();
        jdbc.sql("insert into demand_period (survey_id, period_no, label, months) values (?, 1, 'Next 12 months', 12), (?, 2, 'In 1 to 3 years', 24)")
                .params(id, id).update();
        for (String soc : jobs) {
            jdbc.sql("insert into demand_job (survey_id, soc_code, soc_title) values (?, ?, ?)")
                    .params(id, soc, reference.socCode(soc).map(ReferenceSearch.CodeMatch::title).orElse(soc)).update();
        }
        return id;
    }

    private void answers(long survey, String employer, String status, List<Answer> answers) {
        long invitation = jdbc.sql("""
                        insert into demand_invitation (survey_id, employer_id, employer_name, recipient, nonce, expires_at, status, saved_at,
                                                       submitted_at, submitted_by)
                        select s.id, e.id, e.name,
                               (select c.email from employer_contact_directory c where c.employer_id = e.id and c.email is not null order by c.point_of_contact desc limit 1),
                               ?, (s.closes_on + 1)::timestamptz, ?,
                               case when ? <> 'NOT_STARTED' then s.opened_at + interval '3 days' end,
                               case when ? = 'SUBMITTED' then s.opened_at + interval '4 days' end,
                               case when ? = 'SUBMITTED' then 'private link' end
                        from demand_survey s join collaborative_membership m on m.collaborative_id = s.collaborative_id
                        join employer_directory e on e.id = m.employer_id where s.id = ? and e.name = ? returning id""")
                .params(PrivateLinks.newNonce(), status, status, status, status, survey, employer).query(Long.class).single();
        for (Answer answer : answers) {
            jdbc.sql("insert into demand_answer (invitation_id, soc_code, head_count, hard_to_fill) values (?, ?, ?, ?)")
                    .params(invitation, answer.soc(), answer.headCount(), answer.hardToFill()).update();
            for (Map.Entry<Integer, int[]> period : Map.of(1, new int[] {answer.growth1(), answer.replacement1()},
                    2, new int[] {answer.growth2(), answer.replacement2()}).entrySet()) {
                jdbc.sql("insert into demand_opening (invitation_id, soc_code, period_no, growth, replacement) values (?, ?, ?, ?, ?)")
                        .params(invitation, answer.soc(), period.getKey(), period.getValue()[0], period.getValue()[1]).update();
            }
        }
    }
}
