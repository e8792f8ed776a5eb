package org.pathways.employers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pathways.platform.AuditLog;
import org.pathways.reference.ReferenceSearch;
import org.pathways.reference.ReferenceSearch.CountyMatch;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an employer sources talent for a critical job (C3), and where that differs from where the job is: an
 * employer with a plant in one county may recruit in another, or only nationally, whatever the
 * government data assumes.
 */
@Service
@Transactional
public class TalentSourcing {

    public enum Reach { COUNTY, METRO, STATE, NATIONAL, GLOBAL, REMOTE }

    public enum Channel { HIGH_SCHOOLS, COLLEGES, UNIVERSITIES, STAFFING_AGENCIES, JOB_BOARDS, APPRENTICESHIP, COMMUNITY_ORGANIZATIONS,
        OPSOS, EMPLOYEE_REFERRALS, OTHER }

    public enum Population { JUSTICE_INVOLVED, OPPORTUNITY_YOUTH, DISABILITIES, HOMELESSNESS, ENGLISH_LEARNERS, IMMIGRANTS_REFUGEES,
        NO_HS_CREDENTIAL, LONG_TERM_UNEMPLOYED, VETERANS_MILITARY_SPOUSES, OLDER_WORKERS, SINGLE_PARENTS, FOSTER_YOUTH, LOW_INCOME }

    public record Sourcing(Contacts.Level level, Reach reach, List<String> counties, String areaNote, List<Channel> channels,
                           String hiresOpportunity, List<Population> populations) {
    }

    /** Where a job's sourcing and its place disagree, with the places named. */
    public record Mismatch(String key, String recruitsIn, String worksIn) {
    }

    public record SourcingView(long criticalJobId, String employerTitle, Sourcing sourcing, List<CountyMatch> counties,
                               CountyMatch workplace, Mismatch mismatch, int version) {
    }

    private final JdbcClient jdbc;
    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final ReferenceSearch reference;
    private final AuditLog audit;

    TalentSourcing(JdbcClient jdbc, Employers employers, CriticalJobs criticalJobs, ReferenceSearch reference, AuditLog audit) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.reference = reference;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SourcingView of(long criticalJobId) {
        CriticalJobs.CriticalJobView job = criticalJobs.get(criticalJobId);
        return read("j.id = ?", job.id()).get(0);
    }

    /** The sourcing of every critical job of an employer, in one read. */
    @Transactional(readOnly = true)
    public List<SourcingView> ofEmployer(long employerId) {
        employers.get(employerId); // the profile must be the person's organization's
        return read("j.employer_id = ?", employerId);
    }

    private List<SourcingView> read(String condition, long id) {
        return jdbc.sql("""
                        select j.*, s.county_fips as workplace_county from critical_job j left join establishment s on s.id = j.establishment_id
                        where %s order by j.id""".formatted(condition)).param(id)
                .query((rs, n) -> {
                    Sourcing sourcing = new Sourcing(
                            rs.getString("recruiting_level") == null ? null : Contacts.Level.valueOf(rs.getString("recruiting_level")),
                            rs.getString("recruiting_reach") == null ? null : Reach.valueOf(rs.getString("recruiting_reach")),
                            strings(rs.getArray("recruiting_counties")), rs.getString("recruiting_area_note"),
                            strings(rs.getArray("channels")).stream().map(Channel::valueOf).toList(), rs.getString("hires_opportunity"),
                            strings(rs.getArray("populations")).stream().map(Population::valueOf).toList());
                    List<CountyMatch> counties = sourcing.counties().stream().map(f -> reference.county(f).orElse(null))
                            .filter(c -> c != null).toList();
                    String workplaceFips = rs.getString("workplace_county");
                    CountyMatch workplace = workplaceFips == null ? null : reference.county(workplaceFips).orElse(null);
                    return new SourcingView(rs.getLong("id"), rs.getString("employer_title"), sourcing, counties, workplace,
                            mismatch(sourcing, counties, workplace), rs.getInt("version"));
                })
                .list();
    }

    /**
     * A county-level search that leaves out the county the job is in, or a metro-level one in another metro,
     * is worth raising with the employer: partners near the job may be looking in the wrong place.
     */
    static Mismatch mismatch(Sourcing sourcing, List<CountyMatch> counties, CountyMatch workplace) {
        if (workplace == null || sourcing.reach() == null || counties.isEmpty()) {
            return null;
        }
        String recruitsIn = String.join("; ", counties.stream().map(CountyMatch::title).toList());
        if (sourcing.reach() == Reach.COUNTY && counties.stream().noneMatch(c -> c.code().equals(workplace.code()))) {
            return new Mismatch("sourcing.mismatch.county", recruitsIn, workplace.title());
        }
        if (sourcing.reach() == Reach.METRO && workplace.cbsaCode() != null
                && counties.stream().noneMatch(c -> workplace.cbsaCode().equals(c.cbsaCode()))) {
            return new Mismatch("sourcing.mismatch.metro", recruitsIn, workplace.cbsaTitle());
        }
        return null;
    }

    public SourcingView save(long criticalJobId, int version, Sourcing sourcing) {
        criticalJobs.get(criticalJobId);
        for (String fips : sourcing.counties()) {
            if (reference.county(fips).isEmpty()) {
                throw new InvalidInput("counties", "employer.unknownCounty", fips);
            }
        }
        if ((sourcing.reach() == Reach.COUNTY || sourcing.reach() == Reach.METRO) && sourcing.counties().isEmpty()) {
            throw new InvalidInput("counties", "sourcing.countiesRequired");
        }
        if (!"YES".equals(sourcing.hiresOpportunity()) && !sourcing.populations().isEmpty()) {
            throw new InvalidInput("populations", "sourcing.populationsWithoutHiring");
        }
        int updated = jdbc.sql("""
                        update critical_job set recruiting_level = ?, recruiting_reach = ?, recruiting_counties = ?, recruiting_area_note = ?,
                               channels = ?, hires_opportunity = ?, populations = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(sourcing.level() == null ? null : sourcing.level().name(), sourcing.reach() == null ? null : sourcing.reach().name(),
                        sourcing.counties().toArray(String[]::new), Text.blankToNull(sourcing.areaNote()),
                        sourcing.channels().stream().map(Enum::name).toArray(String[]::new), sourcing.hiresOpportunity(),
                        sourcing.populations().stream().map(Enum::name).toArray(String[]::new), criticalJobId, version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "critical job " + criticalJobId, version);
        audit.record("criticalJob.sourcingUpdated", "criticalJob", criticalJobId, null);
        return of(criticalJobId);
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
