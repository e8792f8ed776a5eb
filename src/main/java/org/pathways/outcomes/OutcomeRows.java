package org.pathways.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the KPIs (decision 0007): the read tables for one scope and window, and the names a table shows (from the
 * published directories). Every statement names the scope's key first so one index serves it.
 */
@Repository
class OutcomeRows {

    /** One hire as the KPIs need it; {@code partnered}: through a provider on Pathways or a referral. */
    record HireFact(long employerId, long criticalJobId, LocalDate hiredOn, LocalDate separatedOn, Long providerId, boolean partnered,
                    boolean viaReferral, BigDecimal hourlyWage, boolean opportunity, boolean credentialed, String program) {
    }

    /** One referral: how far it went (0 referred … 4 hired) and when it was made and hired. */
    record ReferralFact(long employerId, long criticalJobId, LocalDate referredOn, LocalDate hiredOn, int furthest, boolean advanced) {
    }

    /** Which rows a scope reads: the hires' column and the referrals' column, with the key or keys. */
    record Filter(String hireColumn, String referralColumn, List<Long> keys) {
    }

    record Employer(long id, String name, long organizationId, Long ownOrganizationId) {
    }

    record Job(long id, long employerId, String title, String socCode) {
    }

    private final JdbcClient jdbc;

    OutcomeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** PostgreSQL's JIT compiles these statements for longer than they run (as for the talent flow's). */
    void withoutJit() {
        jdbc.sql("set local jit = off").update();
    }

    List<HireFact> hires(Filter filter, LocalDate from, LocalDate to) {
        if (filter.hireColumn() == null || filter.keys().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.employer_id, h.critical_job_id, h.hired_on, h.separated_on, h.provider_id,
                               h.referral_id is not null or p.organization_id is not null as partnered,
                                       h.referral_id is not null as via_referral,
                               h.hourly_wage, h.opportunity, h.credentialed, h.program
                        from outcome_hire h left join provider_directory p on p.id = h.provider_id
                        where h.%s = any(:keys) and h.hired_on between :from and :to""".formatted(filter.hireColumn()))
                .param("keys", filter.keys().toArray(Long[]::new)).param("from", from).param("to", to)
                .query((rs, n) -> new HireFact(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getBigDecimal(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11)))
                .list();
    }

    List<ReferralFact> referrals(Filter filter, LocalDate from, LocalDate to) {
        if (filter.referralColumn() == null || filter.keys().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select employer_id, critical_job_id, referred_on, hired_on, furthest, advanced from outcome_referral
                        where %s = any(:keys) and referred_on between :from and :to""".formatted(filter.referralColumn()))
                .param("keys", filter.keys().toArray(Long[]::new)).param("from", from).param("to", to)
                .query((rs, n) -> new ReferralFact(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getBoolean(6)))
                .list();
    }

    /** How many hires each of these employer profiles has in the read table. */
    Map<Long, Long> hireCounts(Collection<Long> employerIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!employerIds.isEmpty()) {
            jdbc.sql("select employer_id, count(*) from outcome_hire where employer_id = any(?) group by employer_id")
                    .param(employerIds.toArray(Long[]::new)).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }

    Optional<Employer> employer(long employerId) {
        return jdbc.sql("select id, name, organization_id, own_organization_id from employer_directory where id = ?").param(employerId)
                .query((rs, n) -> new Employer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, Long.class))).optional();
    }

    Map<Long, Job> jobs(Collection<Long> jobIds) {
        Map<Long, Job> jobs = new HashMap<>();
        if (!jobIds.isEmpty()) {
            jdbc.sql("select id, employer_id, employer_title, soc_code from critical_job_directory where id = any(?)")
                    .param(jobIds.toArray(Long[]::new))
                    .query((rs, n) -> jobs.put(rs.getLong(1), new Job(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4)))).list();
        }
        return jobs;
    }

    Map<Long, String> employerNames(Collection<Long> employerIds) {
        Map<Long, String> names = new HashMap<>();
        if (!employerIds.isEmpty()) {
            jdbc.sql("select id, name from employer_directory where id = any(?)").param(employerIds.toArray(Long[]::new))
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    Optional<String> organizationName(long organizationId) {
        return jdbc.sql("select name from organization_directory where id = ?").param(organizationId).query(String.class).optional();
    }

    /** Baseline and partnership cost per hire of each of an employer profile's jobs that has them. */
    Map<Long, Costs.Baseline> baselines(long employerId) {
        Map<Long, Costs.Baseline> byJob = new HashMap<>();
        jdbc.sql("""
                        select critical_job_id, baseline_cost_per_hire, partnership_cost_per_hire, note, recorded_by, recorded_at
                        from outcome_baseline where employer_id = ?""").param(employerId)
                .query((rs, n) -> byJob.put(rs.getLong(1), new Costs.Baseline(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant())))
                .list();
        return byJob;
    }

    List<Costs.Investment> investments(long employerId) {
        return jdbc.sql("""
                        select id, starts_on, ends_on, amount, note, recorded_by from outcome_investment where employer_id = ?
                        order by starts_on desc, id desc""").param(employerId)
                .query((rs, n) -> new Costs.Investment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    void saveBaseline(long organizationId, long employerId, long criticalJobId, BigDecimal baseline, BigDecimal partnership, String note,
                      String by) {
        jdbc.sql("""
                        insert into outcome_baseline (employer_id, critical_job_id, organization_id, baseline_cost_per_hire,
                                                      partnership_cost_per_hire, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (employer_id, critical_job_id) do update set baseline_cost_per_hire = excluded.baseline_cost_per_hire,
                            partnership_cost_per_hire = excluded.partnership_cost_per_hire, note = excluded.note,
                            recorded_by = excluded.recorded_by, recorded_at = now(), organization_id = excluded.organization_id""")
                .params(employerId, criticalJobId, organizationId, baseline, partnership, note, by).update();
    }

    long addInvestment(long organizationId, long employerId, LocalDate startsOn, LocalDate endsOn, BigDecimal amount, String note,
                       String by) {
        return jdbc.sql("""
                        insert into outcome_investment (employer_id, organization_id, starts_on, ends_on, amount, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employerId, organizationId, startsOn, endsOn, amount, note, by).query(Long.class).single();
    }
}
