package org.pathways.employers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.reference.ReferenceSearch;
import org.pathways.reference.ReferenceSearch.CountyMatch;
import org.pathways.shared.EnumColumns;
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

    /** Whether the employer already hires from the opportunity populations. */
    public enum AlreadyHires { YES, NO, UNKNOWN }

    /**
     * How a critical job is sourced, as the page, the API and the demo write it. Counties are FIPS codes; one entry may
     * hold several, as a person types them into one box ("39049, 39041" or "39049 39041").
     */
    public record Sourcing(Contacts.Level level, Reach reach, @Size(max = 50) List<@Size(max = 5) String> counties,
                           @Size(max = 500) String areaNote, List<Channel> channels, AlreadyHires hiresOpportunity,
                           List<Population> populations) {

        public Sourcing {
            counties = counties == null ? List.of() : counties.stream().filter(Objects::nonNull)
                    .flatMap(entry -> Arrays.stream(entry.split("[,;\\s]+"))).filter(code -> !code.isBlank()).distinct().toList();
            channels = channels == null ? List.of() : channels.stream().filter(Objects::nonNull).distinct().toList();
            populations = populations == null ? List.of() : populations.stream().filter(Objects::nonNull).distinct().toList();
        }
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
    private final InputValidation validation;

    TalentSourcing(JdbcClient jdbc, Employers employers, CriticalJobs criticalJobs, ReferenceSearch reference, AuditLog audit,
                   InputValidation validation) {
        this.validation = validation;
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
                            EnumColumns.read(rs, "recruiting_level", Contacts.Level.class),
                            EnumColumns.read(rs, "recruiting_reach", Reach.class),
                            strings(rs.getArray("recruiting_counties")), rs.getString("recruiting_area_note"),
                            strings(rs.getArray("channels")).stream().map(Channel::valueOf).toList(),
                            EnumColumns.read(rs, "hires_opportunity", AlreadyHires.class),
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
        validation.check(sourcing);
        criticalJobs.get(criticalJobId);
        for (String fips : sourcing.counties()) {
            if (reference.county(fips).isEmpty()) {
                throw new InvalidInput("counties", "employer.unknownCounty", fips);
            }
        }
        if ((sourcing.reach() == Reach.COUNTY || sourcing.reach() == Reach.METRO) && sourcing.counties().isEmpty()) {
            throw new InvalidInput("counties", "sourcing.countiesRequired");
        }
        if (sourcing.hiresOpportunity() != AlreadyHires.YES && !sourcing.populations().isEmpty()) {
            throw new InvalidInput("populations", "sourcing.populationsWithoutHiring");
        }
        int updated = jdbc.sql("""
                        update critical_job set recruiting_level = ?, recruiting_reach = ?, recruiting_counties = ?, recruiting_area_note = ?,
                               channels = ?, hires_opportunity = ?, populations = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(EnumColumns.write(sourcing.level()), EnumColumns.write(sourcing.reach()),
                        sourcing.counties().toArray(String[]::new), Text.blankToNull(sourcing.areaNote()),
                        sourcing.channels().stream().map(Enum::name).toArray(String[]::new), EnumColumns.write(sourcing.hiresOpportunity()),
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
