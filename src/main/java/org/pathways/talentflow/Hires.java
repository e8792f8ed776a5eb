package org.pathways.talentflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceSearch;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.shared.Text;
import org.pathways.supplychain.Providers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's hire records (C12): who was hired into which critical job, when, through which provider (Tier 1) and
 * which ones before it (Tier 2 and on), what they earned and whether they stayed. They belong to the organization that
 * keeps the employer's profile and leave it only as a collaborative's aggregates. Every rule is checked for every field at
 * once, so a form, the API and an import row get the same messages.
 */
@Service
@Transactional
public class Hires {

    /** Why someone left; none while they are still there. */
    public enum SeparationReason { QUIT, DISMISSED, LAID_OFF, CONTRACT_ENDED, OTHER }

    public enum WageUnit { HOURLY, YEARLY }

    /** How the record arrived: typed on the page or the API, from a file, or from an OPSO's referral pipeline. */
    public enum Source { ENTERED, IMPORTED, REFERRAL }

    /** The earliest hire date taken: anything older is a typing mistake (0202 for 2022), not a record to map. */
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    /** The retention checkpoints, in days after the hire. */
    public static final List<Integer> CHECKPOINTS = List.of(30, 90, 180, 365);

    /**
     * What a person enters for one hire. {@code personLabel} is the employer's own reference (a name or an employee number
     * from its system); it lets the employer recognize the record and keeps a file imported twice from adding it twice.
     */
    public record HireInput(Long criticalJobId, LocalDate hiredOn, LocalDate separatedOn, SeparationReason separationReason,
                            @Size(max = 200) String personLabel, Long providerId, @Size(max = 8) List<Long> upstreamProviderIds,
                            @Size(max = 200) String program, CredentialKind credentialKind, @Size(max = 5) String countyFips,
                            @Size(max = 10) String zipCode, @DecimalMin("0") @DecimalMax("10000000") BigDecimal wage, WageUnit wageUnit,
                            @Size(max = 20) List<Population> populations) {

        public HireInput {
            upstreamProviderIds = upstreamProviderIds == null ? List.of() : upstreamProviderIds.stream().filter(Objects::nonNull).distinct()
                    .toList();
            populations = populations == null ? List.of() : populations.stream().filter(Objects::nonNull).distinct().toList();
        }

        public static HireInput blank() {
            return new HireInput(null, null, null, null, null, null, List.of(), null, null, null, null, null, WageUnit.HOURLY, List.of());
        }

        public static HireInput of(HireView hire) {
            return new HireInput(hire.criticalJobId(), hire.hiredOn(), hire.separatedOn(), hire.separationReason(), hire.personLabel(),
                    hire.providerId(), hire.upstream().stream().map(Upstream::providerId).toList(), hire.program(), hire.credentialKind(),
                    hire.countyFips(), hire.zipCode(), hire.wage(), hire.wageUnit(), hire.populations());
        }
    }

    /** A provider further upstream of a hire, with its tier (2 for the one before the direct provider, and so on). */
    public record Upstream(long providerId, String name, int tier) {
    }

    /** Whether a hire had reached a checkpoint and, once it had, whether the person was still there. */
    public record Milestone(int days, LocalDate dueOn, Boolean retained) {
    }

    public record HireView(long id, long employerId, long criticalJobId, String jobTitle, String socCode, LocalDate hiredOn,
                           LocalDate separatedOn, SeparationReason separationReason, String personLabel, Long providerId,
                           String providerName, Providers.Kind providerKind, List<Upstream> upstream, String program,
                           CredentialKind credentialKind, String countyFips, String zipCode, BigDecimal wage, WageUnit wageUnit,
                           List<Population> populations, Source source, Long referralId, int version) {

        /** Each checkpoint: not reached yet (retained null), reached and still there, or left before it. */
        public List<Milestone> milestones(LocalDate today) {
            return CHECKPOINTS.stream().map(days -> {
                LocalDate due = hiredOn.plusDays(days);
                boolean leftBefore = separatedOn != null && separatedOn.isBefore(due);
                return new Milestone(days, due, leftBefore ? Boolean.FALSE : due.isAfter(today) ? null : Boolean.TRUE);
            }).toList();
        }
    }

    public record HireQuery(Long criticalJobId, LocalDate from, LocalDate to, Long providerId) {
        public static HireQuery all() {
            return new HireQuery(null, null, null, null);
        }
    }

    /** A critical job hires can be recorded against: the employer's own jobs only. */
    public record JobChoice(long id, String title, String socCode) {
    }

    private final HireRows rows;
    private final ReferenceSearch reference;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Hires(HireRows rows, ReferenceSearch reference, InputValidation validation, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.reference = reference;
        this.validation = validation;
        this.audit = audit;
    }

    /** An employer whose hires the person's organization records: a profile it keeps, or one kept of it elsewhere. */
    public record EmployerRef(long id, String name, boolean own, String keptBy) {
    }

    @Transactional(readOnly = true)
    public EmployerRef employer(long employerId) {
        return rows.reachable(PathwaysUser.current().organizationId(), employerId)
                .map(e -> new EmployerRef(e.id(), e.name(), e.own(), e.keptBy()))
                .orElseThrow(() -> new NotFound("employer", employerId));
    }

    /**
     * For an employer organization: the profiles others keep of it (a chamber for its collaborative, an OPSO), under which it
     * records its own hires. They are its own records: the keeper sees them only in the collaborative's totals.
     */
    @Transactional(readOnly = true)
    public List<EmployerRef> ownProfiles() {
        return rows.standingFor(PathwaysUser.current().organizationId()).stream()
                .map(e -> new EmployerRef(e.id(), e.name(), true, e.keptBy())).toList();
    }

    @Transactional(readOnly = true)
    public PageResult<HireView> list(long employerId, HireQuery query, PageQuery page) {
        employer(employerId);
        return rows.page(PathwaysUser.current().organizationId(), employerId, query, page);
    }

    @Transactional(readOnly = true)
    public HireView get(long hireId) {
        return rows.one(PathwaysUser.current().organizationId(), hireId).orElseThrow(() -> new NotFound("hire", hireId));
    }

    @Transactional(readOnly = true)
    public List<JobChoice> jobs(long employerId) {
        employer(employerId);
        return rows.jobsOf(employerId);
    }

    /** Records one hire; a second record of the same person in the same job on the same day is refused. */
    public HireView record(long employerId, HireInput input) {
        PathwaysUser user = PathwaysUser.currentEditor();
        employer(employerId);
        List<InvalidInput> problems = problems(input, lookups(employerId), LocalDate.now());
        String key = input.personLabel() == null ? null : dedupeKey(input);
        if (key != null && rows.keyTaken(employerId, key)) {
            problems.add(new InvalidInput("personLabel", "hires.alreadyRecorded", input.personLabel().strip(), input.hiredOn()));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = rows.insert(user.organizationId(), employerId, normalized(input), Source.ENTERED, null,
                key != null ? key : "entered:" + java.util.UUID.randomUUID(), user.username());
        events.publishEvent(new HiresChanged(user.organizationId(), employerId));
        audit.record("hire.recorded", "hire", id, "employer " + employerId);
        return get(id);
    }

    /** Corrects a hire, most often to record that the person left; send the version read. */
    public HireView update(long hireId, int version, HireInput input) {
        PathwaysUser user = PathwaysUser.currentEditor();
        HireView current = get(hireId);
        List<InvalidInput> problems = problems(input, lookups(current.employerId()), LocalDate.now());
        if (current.source() == Source.REFERRAL && !Objects.equals(current.criticalJobId(), input.criticalJobId())) {
            problems.add(new InvalidInput("criticalJobId", "hires.referralJobFixed"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        OptimisticWrite.expectChanged(rows.update(user.organizationId(), hireId, version, normalized(input)), "hires.changedSince",
                "hire " + hireId, version);
        events.publishEvent(new HiresChanged(user.organizationId(), current.employerId()));
        audit.record("hire.updated", "hire", hireId, input.separatedOn() == null ? null : "separated " + input.separatedOn());
        return get(hireId);
    }

    public void remove(long hireId) {
        PathwaysUser user = PathwaysUser.currentEditor();
        HireView hire = get(hireId);
        if (hire.source() == Source.REFERRAL) {
            throw new InvalidInput("hire", "hires.referralNotRemoved");
        }
        rows.delete(user.organizationId(), hireId);
        events.publishEvent(new HiresChanged(user.organizationId(), hire.employerId()));
        audit.record("hire.removed", "hire", hireId, "employer " + hire.employerId());
    }

    /** Every problem of a hire for this employer, for a form to show beside what it could not take. */
    @Transactional(readOnly = true)
    public List<InvalidInput> problemsOf(long employerId, HireInput input) {
        employer(employerId);
        return problems(input, lookups(employerId), LocalDate.now());
    }

    /**
     * Every problem of one hire: the record's limits, then the rules that need data or several fields. Used by the import
     * for each row, so a file and the form say the same thing.
     */
    List<InvalidInput> problems(HireInput input, Lookups lookups, LocalDate today) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        if (input.criticalJobId() == null) {
            problems.add(new InvalidInput("criticalJobId", "hires.jobRequired"));
        } else if (lookups.jobs().stream().noneMatch(j -> j.id() == input.criticalJobId())) {
            problems.add(new InvalidInput("criticalJobId", "hires.notThisEmployersJob"));
        }
        if (input.hiredOn() == null) {
            problems.add(new InvalidInput("hiredOn", "hires.hiredOnRequired"));
        } else if (input.hiredOn().isAfter(today)) {
            problems.add(new InvalidInput("hiredOn", "hires.hiredInFuture", input.hiredOn()));
        } else if (input.hiredOn().isBefore(EARLIEST)) {
            problems.add(new InvalidInput("hiredOn", "hires.hiredTooLongAgo", input.hiredOn()));
        }
        if (input.separatedOn() != null) {
            if (input.hiredOn() != null && input.separatedOn().isBefore(input.hiredOn())) {
                problems.add(new InvalidInput("separatedOn", "hires.separatedBeforeHired", input.separatedOn(), input.hiredOn()));
            } else if (input.separatedOn().isAfter(today)) {
                problems.add(new InvalidInput("separatedOn", "hires.separatedInFuture", input.separatedOn()));
            }
        } else if (input.separationReason() != null) {
            problems.add(new InvalidInput("separatedOn", "hires.reasonWithoutDate"));
        }
        if (input.providerId() != null && !lookups.providerIds().contains(input.providerId())) {
            problems.add(new InvalidInput("providerId", "hires.unknownProvider"));
        }
        for (int i = 0; i < input.upstreamProviderIds().size(); i++) {
            Long upstream = input.upstreamProviderIds().get(i);
            if (!lookups.providerIds().contains(upstream)) {
                problems.add(new InvalidInput("upstreamProviderIds[" + i + "]", "hires.unknownProvider"));
            } else if (upstream.equals(input.providerId())) {
                problems.add(new InvalidInput("upstreamProviderIds[" + i + "]", "hires.upstreamIsDirect"));
            }
        }
        if (!input.upstreamProviderIds().isEmpty() && input.providerId() == null) {
            problems.add(new InvalidInput("providerId", "hires.upstreamWithoutDirect"));
        }
        String county = Text.blankToNull(input.countyFips());
        if (county != null && !lookups.countyExists(county)) {
            problems.add(new InvalidInput("countyFips", "hires.unknownCounty", county));
        }
        String zip = Text.blankToNull(input.zipCode());
        if (zip != null && !zip.matches("\\d{5}(-\\d{4})?")) {
            problems.add(new InvalidInput("zipCode", "hires.badZip", zip));
        }
        if (input.wage() != null && input.wageUnit() == null) {
            problems.add(new InvalidInput("wageUnit", "hires.wageUnitRequired"));
        }
        return problems;
    }

    /**
     * What the rules of one employer's hires look up, read once for a form and once for a whole file: its critical jobs,
     * the providers' ids, and each county code asked about (remembered).
     */
    record Lookups(List<JobChoice> jobs, java.util.Set<Long> providerIds, java.util.Map<String, Boolean> counties,
                   ReferenceSearch reference) {

        boolean countyExists(String fips) {
            return counties.computeIfAbsent(fips, code -> reference.county(code).isPresent());
        }
    }

    Lookups lookups(long employerId) {
        return new Lookups(rows.jobsOf(employerId), rows.providerIds(), new java.util.HashMap<>(), reference);
    }

    /** The same person in the same job on the same day, whatever the case or spacing of the reference. */
    static String dedupeKey(HireInput input) {
        return "person:" + Text.folded(input.personLabel()) + "|" + input.criticalJobId() + "|" + input.hiredOn();
    }

    static HireInput normalized(HireInput input) {
        return new HireInput(input.criticalJobId(), input.hiredOn(), input.separatedOn(), input.separationReason(),
                Text.blankToNull(input.personLabel()), input.providerId(), input.upstreamProviderIds(), Text.blankToNull(input.program()),
                input.credentialKind(), Text.blankToNull(input.countyFips()), Text.blankToNull(input.zipCode()), input.wage(),
                input.wage() == null ? null : input.wageUnit(), input.populations());
    }
}
