package org.pathways.engagement;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workbooks and value propositions at different stages: Second Chance Works has an agreed proposition with
 * Riverbend Regional Health (three versions: draft, shared, agreed, with success measures), a first draft for
 * Keystone Precision Machining that the language check has something to say about, and nothing yet for Valley Fresh
 * Foods, where the builder drafts from the profile. Bridges Youth Network has started a workbook.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoValuePropositions implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoValuePropositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Steps(String painPoints, String acknowledge, String proposal, String success, String benefits, String firstMeeting) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long opso = organization("Second Chance Works");
        if (opso == null || jdbc.sql("select count(*) from value_proposition where organization_id = ?").param(opso).query(Long.class).single() > 0) {
            return;
        }
        Long riverbend = employer(opso, "Riverbend Regional Health");
        Long keystone = employer(opso, "Keystone Precision Machining");
        if (riverbend == null || keystone == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        answer(riverbend, "sourcing.practices", "ANSWERED", "Mostly job boards and nursing schools; no staffing agencies for patient care. "
                + "Referrals from current techs work best, per Marcus.", now.minusDays(38));
        answer(riverbend, "people.team", "ANSWERED", "Dana Whitfield (VP People) sponsors it and has budget for a retention pilot; Marcus Lee "
                + "hires; the nurse managers decide who stays past probation.", now.minusDays(38));
        answer(riverbend, "people.pointOfContact", "ANSWERED", "Marcus Lee for hiring; Alicia Gómez for the units.", now.minusDays(11));
        answer(riverbend, "people.support", "IN_PROGRESS", "They have an EAP but supervisors do not refer to it. Ask Dana who owns it.", now.minusDays(11));
        answer(riverbend, "facts.criticalJobs", "ANSWERED", "Patient care techs in the ED and RNs on med/surg. Techs are where we can help first.", now.minusDays(30));
        answer(riverbend, "fit.mission", "IN_PROGRESS", null, now.minusDays(5));
        answer(keystone, "sourcing.opportunity", "ANSWERED", "They already hired two of our people as machinist apprentices in 2025.", now.minusDays(5));
        answer(keystone, "people.buyIn", "IN_PROGRESS", "Tom Baker is for it; HR (Renee) needs the bonding program explained first.", now.minusDays(5));

        Steps first = new Steps(
                "You told us that first-year turnover of nurses near 30% and open patient care tech shifts in the emergency department cost you most.",
                "[Thank them for the tour and the time.]",
                "We would like to work with you on patient care techs first.",
                null, null, null);
        Steps shared = new Steps(
                "Your people team told us that nearly a third of new nurses on med/surg leave within their first year, and that patient care "
                        + "tech openings in the emergency department stay open for weeks. Each departure takes recruiting and training money with it, "
                        + "and the nurses who stay cover the extra shifts.",
                "Thank you for the time Dana Whitfield and Marcus Lee have given us since our first meeting, and to Alicia Gómez for showing us "
                        + "the general hospital. Your commitment to a workforce that looks like your patients is already well known in the valley.",
                "We propose to start with patient care techs in the emergency department: we prepare candidates for your hiring requirements, "
                        + "refer them in small groups, and keep supporting them and their supervisors for the first year.",
                "What would tell you a year from now that the tech shortage is easing? Fewer open shifts, fewer people leaving in their first "
                        + "months, techs moving on to LPN training?",
                "People from our programs arrive with CPR and basic patient care training, know the shift they will work and how they will get "
                        + "there, and have a coach they can call. We stay in touch with each new tech and their supervisor through the first 90 days, "
                        + "when most people who leave do so.",
                "Could your team meet ours before the end of the month to agree on the first group and how we will report to you?");
        Steps agreed = new Steps(shared.painPoints(), shared.acknowledge(), shared.proposal() + " Night-shift transport is part of the plan: "
                + "Lakeside Transit has agreed to look at a later route.",
                shared.success(), shared.benefits() + " We agreed to follow the measures below together and to review them every quarter.",
                "We meet on the first Tuesday of each month with Marcus Lee and Alicia Gómez; the first group starts in January.");

        version(opso, riverbend, 1, "DRAFT", first, now.minusDays(35), "practitioner");
        version(opso, riverbend, 2, "SHARED", shared, now.minusDays(20), "practitioner");
        version(opso, riverbend, 3, "AGREED", agreed, now.minusDays(4), "orgadmin");
        Long nurses = job(riverbend, "RN Med/Surg");
        Long techs = job(riverbend, "Patient Care Tech - ED");
        measure(riverbend, 2, 1, "RETENTION", "PERCENT", 80, 90, techs, "TURNOVER", "Compared with 64% for techs hired in 2025");
        measure(riverbend, 2, 2, "HIRES", "COUNT", 12, 180, techs, "UNFILLED_OPENINGS", null);
        measure(riverbend, 3, 1, "RETENTION", "PERCENT", 80, 90, techs, "TURNOVER", "Compared with 64% for techs hired in 2025");
        measure(riverbend, 3, 2, "HIRES", "COUNT", 12, 180, techs, "UNFILLED_OPENINGS", null);
        measure(riverbend, 3, 3, "ADVANCEMENT", "PERCENT", 15, 365, techs, "CAREER_ADVANCEMENT", "Techs starting LPN training");
        measure(riverbend, 3, 4, "RETENTION", "PERCENT", 85, 365, nurses, "TURNOVER", "A later phase, for nurses");

        version(opso, keystone, 1, "DRAFT", new Steps(
                "You told us that CNC machinist openings stay open about 70 days, and that you would like more women and veterans in engineering.",
                "Thank you for the call with Tom Baker, and for your part in the Riverbend Advanced Manufacturing Partnership.",
                "We would like to refer ex-offenders from our machining pre-apprenticeship, who are hard to employ elsewhere but ready to work.",
                "What would tell you that the machinist openings are filling faster?",
                "[Tie the federal bonding program to Renee’s questions.]",
                "Would Tom Baker and Renee Okafor meet us at the plant?"), now.minusDays(3), "practitioner");

        Long bridges = organization("Bridges Youth Network");
        Long youthValleyFresh = bridges == null ? null : employer(bridges, "Valley Fresh Foods");
        if (youthValleyFresh != null) {
            answer(youthValleyFresh, "sourcing.practices", "IN_PROGRESS", "Walk-ins and a staffing agency for peak season.", now.minusDays(9));
        }
    }

    private Long organization(String name) {
        return jdbc.sql("select id from organization_directory where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    private Long employer(long organization, String name) {
        return jdbc.sql("select min(id) from employer_directory where organization_id = ? and name = ?").params(organization, name).query(Long.class)
                .optional().orElse(null);
    }

    private Long job(long employer, String title) {
        return jdbc.sql("select min(id) from critical_job_directory where employer_id = ? and employer_title = ?").params(employer, title).query(Long.class)
                .optional().orElse(null);
    }

    private void answer(long employer, String question, String status, String answer, OffsetDateTime at) {
        jdbc.sql("""
                        insert into workbook_answer (employer_id, question, answer, status, updated_at, updated_by) values (?, ?, ?, ?, ?, 'practitioner')
                        on conflict do nothing""").params(employer, question, answer, status, at).update();
    }

    private void version(long organization, long employer, int number, String stage, Steps s, OffsetDateTime at, String by) {
        jdbc.sql("""
                        insert into value_proposition (employer_id, organization_id, latest_version, created_at, created_by) values (?, ?, ?, ?, ?)
                        on conflict (employer_id) do update set latest_version = excluded.latest_version""")
                .params(employer, organization, number, at, by).update();
        jdbc.sql("""
                        insert into value_proposition_version (employer_id, version, stage, pain_points, acknowledge, proposal, success, benefits,
                                                               first_meeting, saved_at, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employer, number, stage, s.painPoints(), s.acknowledge(), s.proposal(), s.success(), s.benefits(), s.firstMeeting(), at, by)
                .update();
    }

    private void measure(long employer, int version, int position, String kind, String unit, int target, int days, Long job, String pain, String note) {
        jdbc.sql("""
                        insert into success_measure (employer_id, version, position, kind, unit, target, period_days, critical_job_id, pain_point, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(employer, version, position, kind, unit, target, days, job, pain, note).update();
    }

}
