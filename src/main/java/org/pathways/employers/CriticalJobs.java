package org.pathways.employers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.JobTitleSuggester;
import org.pathways.reference.ReferenceData;
import org.pathways.reference.ReferenceData.OccupationFacts;
import org.pathways.reference.ReferenceData.WageRange;
import org.pathways.reference.ReferenceSearch;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's critical jobs (C2): its own title coded to a SOC occupation (suggested from the title and
 * confirmed by a person), where and how many, the pay, how critical, and the pain points it ranks for
 * each, with whether it has analysed them. The government's figures for the occupation come along to be
 * shown beside the employer's own.
 */
@Service
@Transactional
public class CriticalJobs {

    private final JdbcClient jdbc;
    private final Employers employers;
    private final ReferenceSearch reference;
    private final ReferenceData referenceData;
    private final JobTitleSuggester suggester;
    private final AuditLog audit;
    private final InputValidation inputs;
    private final org.springframework.context.ApplicationEventPublisher events;

    CriticalJobs(JdbcClient jdbc, Employers employers, ReferenceSearch reference, ReferenceData referenceData,
                 JobTitleSuggester suggester, AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
                 InputValidation inputs) {
        this.inputs = inputs;
        this.events = events;
        this.jdbc = jdbc;
        this.employers = employers;
        this.reference = reference;
        this.referenceData = referenceData;
        this.suggester = suggester;
        this.audit = audit;
    }

    public enum PayUnit { HOUR, YEAR }

    public enum PayAgainstMarket { BELOW_RANGE, ABOVE_RANGE }

    public record PainPoint(PainPointKind kind, int rank, PainPointAnalysis analysis, String note) {
    }

    /**
     * What a person enters about a critical job (page, API and import alike). A SOC code is confirmed only when one is
     * given; no pain points is an empty list.
     */
    public record CriticalJobInput(@NotBlank @Size(max = 200) String employerTitle, @Size(max = 7) String socCode, Boolean socConfirmed,
                                   Long establishmentId, @Size(max = 200) String businessFunction, @Min(0) @Max(MAX_PEOPLE) Integer positions,
                                   @Min(0) @Max(MAX_PEOPLE) Integer openings, @Min(0) BigDecimal payMin, @Min(0) BigDecimal payMax,
                                   PayUnit payUnit, @Min(1) @Max(100) Integer criticalityRank, List<@Valid PainPoint> painPoints) {

        public CriticalJobInput {
            socConfirmed = Boolean.TRUE.equals(socConfirmed);
            painPoints = painPoints == null ? List.of() : List.copyOf(painPoints);
        }

        public static CriticalJobInput blank() {
            return new CriticalJobInput("", "", false, null, "", null, null, null, null, PayUnit.HOUR, null, List.of());
        }

        public static CriticalJobInput of(CriticalJobView j) {
            return new CriticalJobInput(j.employerTitle(), j.socCode(), j.socConfirmed(), j.establishmentId(), j.businessFunction(),
                    j.positions(), j.openings(), j.payMin(), j.payMax(), j.payUnit(), j.criticalityRank(), j.painPoints());
        }

        /** A job known by its title and, if known, its SOC code; nothing else entered. */
        public static CriticalJobInput titled(String employerTitle, String socCode) {
            return new CriticalJobInput(employerTitle, socCode, socCode != null, null, null, null, null, null, null, null, null, List.of());
        }

        /** The same job with the pain points a form sends as fields of their own. */
        public CriticalJobInput withPainPoints(List<PainPoint> ranked) {
            return new CriticalJobInput(employerTitle, socCode, socConfirmed, establishmentId, businessFunction, positions, openings, payMin,
                    payMax, payUnit, criticalityRank, ranked);
        }
    }

    /**
     * The ranks missing below the highest one given (ranks 1, 3 and 4: rank 2 is missing). A notice on the profile:
     * jobs are saved one at a time, so a gap is allowed on the way.
     */
    public static List<Integer> rankGaps(List<CriticalJobView> jobs) {
        java.util.Set<Integer> given = new java.util.TreeSet<>();
        jobs.stream().map(CriticalJobView::criticalityRank).filter(java.util.Objects::nonNull).forEach(given::add);
        int highest = given.isEmpty() ? 0 : ((java.util.TreeSet<Integer>) given).last();
        List<Integer> gaps = new ArrayList<>();
        for (int rank = 1; rank < highest; rank++) {
            if (!given.contains(rank)) {
                gaps.add(rank);
            }
        }
        return gaps;
    }

    /** More people in one job, or openings, than any employer has: a typing slip. */
    public static final int MAX_PEOPLE = 10_000_000;

    public record CriticalJobView(long id, long employerId, String employerTitle, String socCode, String socTitle,
                                  boolean socConfirmed, Long establishmentId, String establishmentName, String businessFunction,
                                  Integer positions, Integer openings, BigDecimal payMin, BigDecimal payMax, PayUnit payUnit,
                                  Integer criticalityRank, List<PainPoint> painPoints, OccupationFacts facts, WageRange wages,
                                  int version) {

        /** The employer's pay as a yearly figure (2,080 hours a year), to set beside the government's annual median. */
        public BigDecimal annualPayMid() {
            if (payMin == null && payMax == null) {
                return null;
            }
            BigDecimal low = payMin != null ? payMin : payMax;
            BigDecimal high = payMax != null ? payMax : payMin;
            BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2));
            return payUnit == PayUnit.HOUR ? mid.multiply(BigDecimal.valueOf(2080)) : mid;
        }

        /** An amount of this job's pay in the other unit (an hourly figure as yearly, a yearly one as hourly), at 2,080 hours a year. */
        public BigDecimal inOtherUnit(BigDecimal amount) {
            if (amount == null || payUnit == null) {
                return null;
            }
            return payUnit == PayUnit.HOUR ? amount.multiply(BigDecimal.valueOf(2080))
                    : amount.divide(BigDecimal.valueOf(2080), 2, java.math.RoundingMode.HALF_UP);
        }

        /**
         * Where the pay's midpoint sits against what people in the occupation earn nationally: below the 10th percentile
         * or above the 90th (a top-coded 90th percentile cannot be exceeded); null inside that range or when either is unknown.
         * Far below makes hiring and keeping people hard; far above usually means the wrong unit or the wrong occupation.
         */
        public PayAgainstMarket payAgainstMarket() {
            BigDecimal mid = annualPayMid();
            if (mid == null || wages == null) {
                return null;
            }
            if (wages.annualP10() != null && mid.compareTo(wages.annualP10()) < 0) {
                return PayAgainstMarket.BELOW_RANGE;
            }
            if (wages.annualP90() != null && !wages.topCoded() && mid.compareTo(wages.annualP90()) > 0) {
                return PayAgainstMarket.ABOVE_RANGE;
            }
            return null;
        }
    }

    @Transactional(readOnly = true)
    public List<CriticalJobView> of(long employerId) {
        employers.get(employerId);
        return views(jdbc.sql("select j.*, s.name as establishment_name from critical_job j left join establishment s on s.id = j.establishment_id"
                + " where j.employer_id = ? order by j.criticality_rank nulls last, lower(j.employer_title), j.id").param(employerId));
    }

    /**
     * How many requirement items each of the employer's jobs has recorded, from the view the requirements module
     * publishes (jobs without any are absent), for the job cards of the employer page.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> requirementItems(long employerId) {
        employers.get(employerId);
        java.util.Map<Long, Integer> items = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.critical_job_id, s.items from job_requirements_summary s
                        join critical_job j on j.id = s.critical_job_id
                        where j.employer_id = ? and s.organization_id = ?""")
                .params(employerId, PathwaysUser.current().organizationId())
                .query((rs, n) -> items.put(rs.getLong(1), rs.getInt(2))).list();
        return items;
    }

    /** One critical job of a collaborative's member, with what a collaborative groups and counts by. */
    public record MemberJob(long employerId, String employerName, long criticalJobId, String employerTitle, String socCode, String socTitle,
                            Integer positions, Integer openings) {
    }

    /**
     * The critical jobs of the given employer profiles, coded ones first by SOC. This read is <em>not</em>
     * organization-scoped: it is for a collaborative, which has already decided that the person may see its
     * members' shared jobs, and which shows other organizations only counts by SOC.
     */
    @Transactional(readOnly = true)
    public List<MemberJob> ofMembers(java.util.Collection<Long> employerIds) {
        if (employerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id as employer_id, e.name, j.id, j.employer_title, j.soc_code, j.positions, j.openings
                        from critical_job j join employer e on e.id = j.employer_id
                        where j.employer_id = any(?) and e.archived_at is null order by j.soc_code nulls last, lower(e.name), j.id""")
                .param(employerIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    String soc = rs.getString("soc_code");
                    return new MemberJob(rs.getLong("employer_id"), rs.getString("name"), rs.getLong("id"), rs.getString("employer_title"), soc,
                            soc == null ? null : reference.socCode(soc).map(ReferenceSearch.CodeMatch::title).orElse(null),
                            rs.getObject("positions", Integer.class), rs.getObject("openings", Integer.class));
                }).list();
    }

    @Transactional(readOnly = true)
    public CriticalJobView get(long criticalJobId) {
        List<CriticalJobView> found = views(jdbc.sql("""
                        select j.*, s.name as establishment_name from critical_job j
                        join employer e on e.id = j.employer_id left join establishment s on s.id = j.establishment_id
                        where j.id = ? and e.organization_id = ?""")
                .params(criticalJobId, org.pathways.platform.PathwaysUser.current().organizationId()));
        if (found.isEmpty()) {
            throw new NotFound("criticalJob", criticalJobId);
        }
        return found.get(0);
    }

    /** A critical job's own columns, before its pain points and the occupation's facts are added. */
    private record JobRow(long id, long employerId, String employerTitle, String socCode, boolean socConfirmed, Long establishmentId,
                          String establishmentName, String businessFunction, Integer positions, Integer openings, BigDecimal payMin,
                          BigDecimal payMax, PayUnit payUnit, Integer criticalityRank, int version) {
    }

    private List<CriticalJobView> views(JdbcClient.StatementSpec query) {
        List<JobRow> rows = query.query((rs, n) -> new JobRow(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_title"),
                rs.getString("soc_code"), rs.getBoolean("soc_confirmed"), rs.getObject("establishment_id", Long.class),
                rs.getString("establishment_name"), rs.getString("business_function"), rs.getObject("positions", Integer.class),
                rs.getObject("openings", Integer.class), rs.getBigDecimal("pay_min"), rs.getBigDecimal("pay_max"),
                EnumColumns.read(rs, "pay_unit", PayUnit.class), rs.getObject("criticality_rank", Integer.class), rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PainPoint>> pains = new HashMap<>();
        jdbc.sql("select * from pain_point where critical_job_id = any(?) order by rank")
                .param(rows.stream().map(JobRow::id).toArray(Long[]::new))
                .query((rs, n) -> pains.computeIfAbsent(rs.getLong("critical_job_id"), k -> new ArrayList<>())
                        .add(new PainPoint(PainPointKind.valueOf(rs.getString("kind")), rs.getInt("rank"),
                                PainPointAnalysis.valueOf(rs.getString("analysis")), rs.getString("note"))))
                .list();
        List<String> socs = rows.stream().map(JobRow::socCode).filter(s -> s != null).distinct().toList();
        Map<String, OccupationFacts> facts = referenceData.facts(socs);
        Map<String, WageRange> wages = referenceData.wageRanges(socs);
        return rows.stream().map(r -> {
            String soc = r.socCode();
            return new CriticalJobView(r.id(), r.employerId(), r.employerTitle(), soc,
                    soc == null ? null : reference.socCode(soc).map(ReferenceSearch.CodeMatch::title).orElse(null), r.socConfirmed(),
                    r.establishmentId(), r.establishmentName(), r.businessFunction(), r.positions(), r.openings(), r.payMin(), r.payMax(),
                    r.payUnit(), r.criticalityRank(), pains.getOrDefault(r.id(), List.of()), soc == null ? null : facts.get(soc),
                    soc == null ? null : wages.get(soc), r.version());
        }).toList();
    }

    /** Up to five SOC occupations for the employer's own title, best first. */
    @Transactional(readOnly = true)
    public List<JobTitleSuggester.Suggestion> suggest(String employerTitle) {
        return suggester.suggest(employerTitle, JobTitleSuggester.MAX_SUGGESTIONS);
    }

    public CriticalJobView add(long employerId, CriticalJobInput input) {
        employers.get(employerId);
        check(employerId, null, input);
        long id = jdbc.sql("""
                        insert into critical_job (employer_id, establishment_id, employer_title, soc_code, soc_confirmed, business_function,
                                                  positions, openings, pay_min, pay_max, pay_unit, criticality_rank)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employerId, input.establishmentId(), input.employerTitle().strip(), Text.blankToNull(input.socCode()),
                        input.socConfirmed() && input.socCode() != null, Text.blankToNull(input.businessFunction()), input.positions(),
                        input.openings(), input.payMin(), input.payMax(), EnumColumns.write(input.payUnit()),
                        input.criticalityRank())
                .query(Long.class).single();
        savePainPoints(id, input.painPoints());
        audit.record("criticalJob.created", "criticalJob", id, input.employerTitle().strip());
        CriticalJobView added = get(id);
        events.publishEvent(new CriticalJobChanged(id, employerId, PathwaysUser.current().organizationId(), added.socCode(), CriticalJobChanged.Change.ADDED));
        return added;
    }

    public CriticalJobView update(long criticalJobId, int version, CriticalJobInput input) {
        CriticalJobView current = get(criticalJobId);
        check(current.employerId(), criticalJobId, input);
        int updated = jdbc.sql("""
                        update critical_job set establishment_id = ?, employer_title = ?, soc_code = ?, soc_confirmed = ?,
                               business_function = ?, positions = ?, openings = ?, pay_min = ?, pay_max = ?, pay_unit = ?,
                               criticality_rank = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(input.establishmentId(), input.employerTitle().strip(), Text.blankToNull(input.socCode()),
                        input.socConfirmed() && input.socCode() != null, Text.blankToNull(input.businessFunction()), input.positions(),
                        input.openings(), input.payMin(), input.payMax(), EnumColumns.write(input.payUnit()),
                        input.criticalityRank(), criticalJobId, version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "critical job " + criticalJobId, version);
        jdbc.sql("delete from pain_point where critical_job_id = ?").param(criticalJobId).update();
        savePainPoints(criticalJobId, input.painPoints());
        audit.record("criticalJob.updated", "criticalJob", criticalJobId, input.employerTitle().strip());
        CriticalJobView changed = get(criticalJobId);
        events.publishEvent(new CriticalJobChanged(criticalJobId, changed.employerId(), PathwaysUser.current().organizationId(), changed.socCode(),
                CriticalJobChanged.Change.UPDATED));
        return changed;
    }

    private void savePainPoints(long criticalJobId, List<PainPoint> painPoints) {
        for (PainPoint pain : painPoints) {
            jdbc.sql("insert into pain_point (critical_job_id, kind, rank, analysis, note) values (?, ?, ?, ?, ?)")
                    .params(criticalJobId, pain.kind().name(), pain.rank(), pain.analysis().name(), Text.blankToNull(pain.note())).update();
        }
    }

    /**
     * What the rules that need data (codes, ranks taken, pay order) find in a job as typed, saving nothing: for a form
     * whose own checks already failed, so that it names every problem in one round instead of two.
     */
    public List<InvalidInput> problems(long employerId, Long criticalJobId, CriticalJobInput input) {
        employers.get(employerId);
        return dataProblems(employerId, criticalJobId, input);
    }

    /** Every rule is checked, the record's limits and those that need data, so a caller hears of all problems in one round. */
    private void check(long employerId, Long criticalJobId, CriticalJobInput input) {
        List<InvalidInput> problems = new ArrayList<>(inputs.problems(input));
        problems.addAll(dataProblems(employerId, criticalJobId, input));
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
    }

    /** The rules that need data or more than one field: codes that exist, ranks taken, pay in order. */
    private List<InvalidInput> dataProblems(long employerId, Long criticalJobId, CriticalJobInput input) {
        List<InvalidInput> problems = new ArrayList<>();
        String soc = Text.blankToNull(input.socCode());
        if (soc != null && reference.socCode(soc).filter(m -> m.level().equals("detailed")).isEmpty()) {
            problems.add(new InvalidInput("socCode", "criticalJob.unknownSoc", soc));
        }
        if (input.establishmentId() != null && jdbc.sql("select count(*) from establishment where id = ? and employer_id = ?")
                .params(input.establishmentId(), employerId).query(Long.class).single() == 0) {
            problems.add(new InvalidInput("establishmentId", "criticalJob.otherEstablishment"));
            audit.refusedForeignRecords("establishmentId", input.establishmentId());
        }
        if (input.payMin() != null && input.payMax() != null && input.payMin().compareTo(input.payMax()) > 0) {
            problems.add(new InvalidInput("payMax", "criticalJob.payInverted", input.payMin(), input.payMax()));
        }
        if ((input.payMin() != null || input.payMax() != null) && input.payUnit() == null) {
            problems.add(new InvalidInput("payUnit", "criticalJob.payUnitRequired"));
        }
        if (input.openings() != null && input.positions() != null && input.openings() > input.positions() * 10 + 10) {
            problems.add(new InvalidInput("openings", "criticalJob.openingsImplausible", input.openings(), input.positions()));
        }
        if (input.criticalityRank() != null) {
            String taken = jdbc.sql("""
                            select employer_title from critical_job where employer_id = ? and criticality_rank = ?
                            and (?::bigint is null or id <> ?) limit 1""")
                    .params(employerId, input.criticalityRank(), criticalJobId, criticalJobId).query(String.class).optional().orElse(null);
            if (taken != null) {
                problems.add(new InvalidInput("criticalityRank", "criticalJob.rankTaken", input.criticalityRank(), taken));
            }
        }
        try {
            checkPainRanks(input.painPoints());
        } catch (InvalidInput pains) {
            problems.add(pains);
        }
        return problems;
    }

    /** Pain point ranks run 1, 2, 3… with no repeats and no gaps, and each kind appears once. */
    static void checkPainRanks(List<PainPoint> painPoints) {
        Set<PainPointKind> kinds = EnumSet.noneOf(PainPointKind.class);
        Set<Integer> ranks = new java.util.TreeSet<>();
        for (PainPoint pain : painPoints) {
            if (!kinds.add(pain.kind())) {
                throw new InvalidInput("painPoints", "painPoint.kindRepeated");
            }
            if (!ranks.add(pain.rank())) {
                throw new InvalidInput("painPoints", "painPoint.rankRepeated", pain.rank());
            }
        }
        int expected = 1;
        for (int rank : ranks) {
            if (rank != expected) {
                throw new InvalidInput("painPoints", "painPoint.rankGap", expected);
            }
            expected++;
        }
    }
}
