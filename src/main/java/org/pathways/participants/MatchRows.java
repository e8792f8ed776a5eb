package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Participants.Work;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL twin of {@link Matches}' score, over the views the requirements module publishes (job_requirement_lines and the
 * practices recorded for a job or its employer): a participant's fit with every critical job the OPSO keeps, ranked in
 * one statement, so only the best jobs are read in full and explained. The rules are the same line for line, and a test
 * holds the two to the same score for every demo participant and job.
 */
@Repository
class MatchRows {

    /** A job's place in the ranking: its score as {@link Matches} would give it (null when nothing is recorded). */
    record Ranked(long criticalJobId, Integer score, double points, double outOf, boolean matchesGoal) {
    }

    /** A requirement line's schooling level in SQL (null for a kind that is not schooling), from the one place the ladder is kept. */
    private static final String SCHOOLING_LEVEL = Matches.SCHOOLING_KINDS.stream()
            .map(k -> "when '" + k.name() + "' then " + k.schooling())
            .collect(Collectors.joining(" ", "(case l.credential_kind ", " end)"));

    private final JdbcClient jdbc;

    MatchRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organization's critical jobs ranked for the person: scored first, best first, goals breaking ties; at most {@code limit}. */
    List<Ranked> rank(long organizationId, ParticipantView person, int limit) {
        LocalDate today = LocalDate.now();
        Map<String, Integer> monthsByMajor = new HashMap<>();
        int allMonths = 0;
        for (Work w : person.workHistory()) {
            int months = w.months(today);
            allMonths += months;
            if (w.socCode() != null && w.socCode().length() >= 2) {
                monthsByMajor.merge(w.socCode().substring(0, 2), months, Integer::sum);
            }
        }
        List<String> majors = new ArrayList<>(monthsByMajor.keySet());
        // the plan's estimate calls for JIT compilation, which takes longer than the query itself: off for this statement
        jdbc.sql("set local jit = off").update();
        return jdbc.sql("""
                        with worked (major, months) as (select * from unnest(:majors::text[], :majorMonths::int[])),
                        jobs as not materialized (
                            select j.id, j.soc_code, e.name as employer_name, j.employer_title,
                                   coalesce(w.months, case when j.soc_code is null then :allMonths else 0 end) as months,
                                   case when jp.critical_job_id is not null then jp.shift_work else ep.shift_work end as shift_work,
                                   case when jp.critical_job_id is not null then jp.weekend_work else ep.weekend_work end as weekend_work,
                                   case when jp.critical_job_id is not null then jp.drivers_license else ep.drivers_license end as license,
                                   case when jp.critical_job_id is not null then jp.transit_reachable
                                        else ep.transit_reachable end as transit,
                                   jp.critical_job_id is not null or ep.employer_id is not null as practices_recorded
                            from critical_job_directory j join employer_directory e on e.id = j.employer_id
                            left join worked w on w.major = left(j.soc_code, 2)
                            left join job_practices_recorded jp on jp.critical_job_id = j.id and jp.organization_id = :org
                            left join employer_practices_recorded ep on ep.employer_id = j.employer_id and ep.organization_id = :org
                            where e.organization_id = :org and not e.archived),
                        lines as (
                            select l.critical_job_id, l.importance * (case when l.required then 2 else 1 end)::float8 as weight,
                                   l.needed_at_hire,
                                   coalesce(case l.kind
                                       when 'COMPETENCY' then coalesce(l.element_id = any(:elements), false)
                                                              or coalesce(lower(l.name) = any(:names), false)
                                       when 'EXPERIENCE' then l.months is not null and j.months >= l.months
                                       -- schooling at or above the level asked; another kind held, by its name when one is asked
                                       else %s <= :maxSchooling
                                            or l.credential_kind = any(:heldKinds)
                                               and (coalesce(btrim(l.name), '') = '' or l.credential_kind || '|'
                                                    || lower(btrim(l.name)) = any(:heldKindNames))
                                            or l.experience_may_replace and l.replace_months is not null
                                               and j.months >= l.replace_months
                                   end, false) as met
                            from job_requirement_lines l join jobs j on j.id = l.critical_job_id
                            where l.organization_id = :org),
                        items as (
                            select critical_job_id, count(*) as n,
                                   sum(case when met then weight when not needed_at_hire then weight / 2 else 0 end) as points,
                                   sum(weight) as out_of
                            from lines group by critical_job_id),
                        scored as (
                            select j.id, j.employer_name, j.employer_title, j.soc_code = any(:goals) as goal,
                                   coalesce(i.n, 0) > 0 or j.practices_recorded as recorded,
                                   coalesce(i.points, 0)
                                       + 6 * ((j.shift_work is true and :shifts)::int + (j.weekend_work is true and :weekends)::int
                                              + (j.license is true and :license)::int + (j.transit is false and :car)::int) as points,
                                   coalesce(i.out_of, 0)
                                       + 6 * ((j.shift_work is true)::int + (j.weekend_work is true)::int + (j.license is true)::int
                                              + (j.transit is false)::int) as out_of
                            from jobs j left join items i on i.critical_job_id = j.id)
                        select id, case when recorded and out_of > 0 then floor(100 * points / out_of + 0.5)::int end as score,
                               points, out_of, coalesce(goal, false)
                        from scored
                        order by recorded and out_of > 0 desc, score desc nulls last, coalesce(goal, false) desc, employer_name,
                                 employer_title, id
                        limit :limit""".formatted(SCHOOLING_LEVEL))
                .param("org", organizationId)
                .param("heldKinds", person.credentials().stream().map(c -> c.kind().name()).toArray(String[]::new))
                .param("heldKindNames", person.credentials().stream().filter(c -> c.name() != null)
                        .map(c -> c.kind().name() + "|" + c.name().toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .param("maxSchooling", person.credentials().stream().filter(c -> Matches.SCHOOLING_KINDS.contains(c.kind()))
                        .mapToInt(c -> c.kind().schooling()).max().orElse(0))
                .param("majors", majors.toArray(String[]::new))
                .param("majorMonths", majors.stream().map(monthsByMajor::get).toArray(Integer[]::new))
                .param("allMonths", allMonths)
                .param("elements", person.skills().stream().map(Participants.Skill::elementId).filter(java.util.Objects::nonNull)
                        .toArray(String[]::new))
                .param("names", person.skills().stream().map(Participants.Skill::name).filter(java.util.Objects::nonNull)
                        .map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .param("goals", person.goals().stream().map(Participants.Goal::socCode).toArray(String[]::new))
                .param("shifts", Boolean.TRUE.equals(person.shifts())).param("weekends", Boolean.TRUE.equals(person.weekends()))
                .param("license", Boolean.TRUE.equals(person.hasLicense())).param("car", Boolean.TRUE.equals(person.hasCar()))
                .param("limit", limit)
                .query((rs, n) -> new Ranked(rs.getLong(1), rs.getObject(2, Integer.class), rs.getDouble(3), rs.getDouble(4),
                        rs.getBoolean(5)))
                .list();
    }
}
