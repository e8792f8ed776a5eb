package org.pathways.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.collaboratives.Collaboratives.Confidentiality;
import org.pathways.collaboratives.Collaboratives.Relation;
import org.pathways.outcomes.OutcomeRows.HireFact;
import org.pathways.outcomes.OutcomeRows.ReferralFact;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires;
import org.pathways.talentflow.TalentFlow;
import org.pathways.talentflow.TalentFlow.Withheld;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs of one scope and period (C14): hires, the referral funnel with the conversion at each step, days from referral
 * to hire, retention at 30/90/180/365 days over the hires that have reached the checkpoint, the wage at hire, the
 * opportunity-population share, advancement and, for an employer profile, cost per hire against its baseline and the return
 * on the partnership. Who sees what: an employer profile's keeper and the employer itself, an OPSO its own referrals and
 * the hires it keeps, a collaborative's manager every figure; partners and members of a collaborative, and a provider,
 * see one line over all jobs for a whole calendar year, withheld unless it passes the collaborative's confidentiality rule
 * (the demand survey's: at least N employers, none above P %), as the talent flow does (decision 0010).
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

    public enum Scope { COLLABORATIVE, EMPLOYER, OPSO, PROVIDER }

    /** What is asked: a scope and its id, a period (the last twelve months when not given) and, optionally, one critical job. */
    public record KpiQuery(Scope scope, Long id, LocalDate from, LocalDate to, Long criticalJobId) {
    }

    /** Of the hires that reached the checkpoint by today, how many were still there. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Retention(int days, long reached, long retained) {
        public Double rate() {
            return reached == 0 ? null : retained * 100.0 / reached;
        }
    }

    /** Referrals made in the period, and how many of them reached each step (a step skipped counts as passed). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Funnel(long referred, long applied, long interviewed, long offered, long hired) {
        public List<Long> steps() {
            return List.of(referred, applied, interviewed, offered, hired);
        }

        /** The share of the step before that reached this one, in percent; null when the step before had none. */
        public List<Double> conversions() {
            List<Double> rates = new ArrayList<>();
            List<Long> steps = steps();
            for (int i = 1; i < steps.size(); i++) {
                rates.add(steps.get(i - 1) == 0 ? null : steps.get(i) * 100.0 / steps.get(i - 1));
            }
            return rates;
        }
    }

    /**
     * Cost against the employer's baseline for one job (or the profile's total): partnership hires × (baseline cost per hire −
     * what a partnership hire still costs) is the saving; less what the partnership cost in the period, over what it cost, the
     * return. Figures missing stay null and say why on the page.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cost(BigDecimal baselinePerHire, BigDecimal partnershipPerHire, long partnershipHires, BigDecimal saving,
                       BigDecimal invested, BigDecimal net, BigDecimal returnOnInvestment) {
    }

    /** One line of the table: a critical job (or occupation), or the total. Null figures: withheld, with the reason. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KpiRow(String key, String label, Long hires, Long viaReferral, Long partnershipHires, Funnel funnel,
                         Integer medianDaysReferralToHire, List<Retention> retention, BigDecimal medianHourlyWage, Long opportunityHires,
                         Long advanced, Long credentialed, Cost cost, Withheld withheld) {

        public Double opportunityShare() {
            return hires == null || hires == 0 || opportunityHires == null ? null : opportunityHires * 100.0 / hires;
        }

        /** Of the referrals hired, the share recorded as advanced. */
        public Double advancementRate() {
            return funnel == null || funnel.hired() == 0 ? null : advanced * 100.0 / funnel.hired();
        }

        public Retention retentionAt(int days) {
            return retention == null ? null : retention.stream().filter(r -> r.days() == days).findFirst().orElse(null);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KpiTable(Scope scope, long id, String name, boolean full, LocalDate from, LocalDate to, Long criticalJobId,
                           List<KpiRow> rows, KpiRow total, Confidentiality rule) {
    }

    /** Who is asked about and how much of it the person sees; for a collaborative, the member each profile stands for. */
    record Reach(Scope scope, long id, String name, boolean full, Confidentiality rule, OutcomeRows.Filter filter,
                 Map<Long, Long> memberOf) {

        long contributor(long employerId) {
            return memberOf == null ? employerId : memberOf.getOrDefault(employerId, employerId);
        }
    }

    private final OutcomeRows rows;
    private final Collaboratives collaboratives;
    private final TalentFlow talentFlow;
    private final Providers providers;

    Kpis(OutcomeRows rows, Collaboratives collaboratives, TalentFlow talentFlow, Providers providers) {
        this.rows = rows;
        this.collaboratives = collaboratives;
        this.talentFlow = talentFlow;
        this.providers = providers;
    }

    /** Employer profiles, those with the most hires first: the one an employer's own home page opens on. */
    public List<Long> mostHiresFirst(List<Long> employerIds) {
        Map<Long, Long> counts = rows.hireCounts(employerIds);
        return employerIds.stream().sorted(Comparator.comparing((Long id) -> -counts.getOrDefault(id, 0L))).toList();
    }

    public KpiTable table(KpiQuery query) {
        Reach reach = reach(query.scope(), query.id());
        Window window = window(query, reach.full(), LocalDate.now());
        rows.withoutJit();
        List<HireFact> hires = rows.hires(reach.filter(), window.from(), window.to());
        List<ReferralFact> referrals = rows.referrals(reach.filter(), window.from(), window.to());
        if (query.criticalJobId() != null) {
            hires = hires.stream().filter(h -> h.criticalJobId() == query.criticalJobId()).toList();
            referrals = referrals.stream().filter(r -> r.criticalJobId() == query.criticalJobId()).toList();
        }
        LocalDate today = LocalDate.now();
        Map<Long, Costs.Baseline> baselines = reach.scope() == Scope.EMPLOYER ? rows.baselines(reach.id()) : Map.of();
        BigDecimal invested = reach.scope() == Scope.EMPLOYER ? Costs.investedIn(rows.investments(reach.id()), window.from(), window.to())
                : null;
        List<KpiRow> lines = new ArrayList<>();
        if (reach.full()) {
            Set<Long> jobIds = new java.util.TreeSet<>();   // in id order: an occupation is labelled by its first job, every time
            hires.forEach(h -> jobIds.add(h.criticalJobId()));
            referrals.forEach(r -> jobIds.add(r.criticalJobId()));
            Map<Long, OutcomeRows.Job> jobs = rows.jobs(jobIds);
            Map<Long, String> employers = reach.scope() == Scope.EMPLOYER ? Map.of()
                    : rows.employerNames(jobs.values().stream().map(OutcomeRows.Job::employerId).toList());
            // a collaborative adds its members' jobs up by occupation; an employer or an OPSO lists each of its jobs
            Function<Long, String> key = reach.scope() == Scope.COLLABORATIVE
                    ? job -> jobs.containsKey(job) ? "soc:" + jobs.get(job).socCode() : "job:" + job : job -> "job:" + job;
            Map<String, List<HireFact>> hiresBy = new TreeMap<>();
            hires.forEach(h -> hiresBy.computeIfAbsent(key.apply(h.criticalJobId()), k -> new ArrayList<>()).add(h));
            Map<String, List<ReferralFact>> referralsBy = new TreeMap<>();
            referrals.forEach(r -> referralsBy.computeIfAbsent(key.apply(r.criticalJobId()), k -> new ArrayList<>()).add(r));
            Map<String, String> labels = new LinkedHashMap<>();
            jobIds.forEach(job -> labels.putIfAbsent(key.apply(job), label(reach.scope(), jobs.get(job), employers)));
            for (String line : labels.keySet()) {
                Cost cost = null;
                if (reach.scope() == Scope.EMPLOYER) {
                    cost = cost(hiresBy.getOrDefault(line, List.of()), baselines.get(Long.valueOf(line.substring(4))), null);
                }
                lines.add(row(line, labels.get(line), hiresBy.getOrDefault(line, List.of()), referralsBy.getOrDefault(line, List.of()),
                        today, cost, null));
            }
            lines.sort(Comparator.comparing((KpiRow r) -> -r.hires()).thenComparing(KpiRow::label));
        }
        Cost totalCost = reach.scope() == Scope.EMPLOYER ? totalCost(lines, invested) : null;
        KpiRow total = row("total", null, hires, referrals, today, totalCost, reach.full() ? null : withheld(reach, hires));
        return new KpiTable(reach.scope(), reach.id(), reach.name(), reach.full(), window.from(), window.to(), query.criticalJobId(), lines,
                total, reach.rule());
    }

    record Window(LocalDate from, LocalDate to) {
    }

    static Window window(KpiQuery query, boolean full, LocalDate today) {
        LocalDate to = query.to() != null ? query.to() : full ? today : LocalDate.of(today.getYear() - 1, 12, 31);
        LocalDate from = query.from() != null ? query.from() : full ? to.minusYears(1).plusDays(1) : LocalDate.of(to.getYear(), 1, 1);
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "outcomes.toBeforeFrom");
        }
        if (from.isBefore(LocalDate.of(1950, 1, 1)) || from.isAfter(today)) {
            throw new InvalidInput("from", "outcomes.fromOutOfRange", today);
        }
        if (!full && (from.getDayOfYear() != 1 || !to.equals(LocalDate.of(from.getYear(), 12, 31)))) {
            throw new InvalidInput("from", "outcomes.wholeYearOnly");
        }
        if (!full && query.criticalJobId() != null) {
            throw new InvalidInput("criticalJobId", "outcomes.allJobsOnly");
        }
        return new Window(from, to);
    }

    Reach reach(Scope scope, Long id) {
        if (scope == null) {
            throw new InvalidInput("scope", "outcomes.scopeRequired");
        }
        if (id == null) {
            throw new InvalidInput("id", "outcomes.idRequired");
        }
        PathwaysUser me = PathwaysUser.current();
        switch (scope) {
            case EMPLOYER -> {
                OutcomeRows.Employer employer = rows.employer(id)
                        .filter(e -> e.organizationId() == me.organizationId()
                                || Long.valueOf(me.organizationId()).equals(e.ownOrganizationId()))
                        .orElseThrow(() -> new NotFound("employer", id));
                return new Reach(scope, id, employer.name(), true, null,
                        new OutcomeRows.Filter("employer_id", "employer_id", List.of(id)), null);
            }
            case OPSO -> {
                if (id != me.organizationId()) {
                    throw new NotFound("organization", id);
                }
                return new Reach(scope, id, rows.organizationName(id).orElse(""), true, null,
                        new OutcomeRows.Filter("organization_id", "organization_id", List.of(id)), null);
            }
            case COLLABORATIVE -> {
                CollaborativeView collaborative = collaboratives.get(id);
                Map<Long, Long> profiles = talentFlow.countedProfiles(id);
                boolean manager = collaborative.relation() == Relation.MANAGER;
                return new Reach(scope, id, collaborative.name(), manager, collaborative.confidentiality(),
                        new OutcomeRows.Filter("employer_id", "employer_id", List.copyOf(profiles.keySet())), profiles);
            }
            case PROVIDER -> {
                Providers.ProviderView provider = providers.get(id);
                if (!Long.valueOf(me.organizationId()).equals(provider.organizationId())) {
                    throw new NotFound("provider", id);
                }
                // the provider's referrals are those its organization made on Pathways
                return new Reach(scope, id, provider.name(), false, Confidentiality.FEDERAL,
                        new OutcomeRows.Filter("provider_id", null, List.of(id)), null);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static String label(Scope scope, OutcomeRows.Job job, Map<Long, String> employers) {
        if (job == null) {
            return "";
        }
        return switch (scope) {
            case COLLABORATIVE -> job.socCode() + " · " + job.title();
            case OPSO -> job.title() + " · " + employers.getOrDefault(job.employerId(), "");
            default -> job.title();
        };
    }

    /** The figure withheld from someone who is not the managing organization, under the rule, counted by member employer. */
    static Withheld withheld(Reach reach, List<HireFact> hires) {
        if (hires.isEmpty()) {
            return null;
        }
        Map<Long, Long> byContributor = new TreeMap<>();
        hires.forEach(h -> byContributor.merge(reach.contributor(h.employerId()), 1L, Long::sum));
        if (byContributor.size() < reach.rule().minContributors()) {
            return Withheld.TOO_FEW_EMPLOYERS;
        }
        long largest = byContributor.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return largest * 100 > (long) reach.rule().maxSharePercent() * hires.size() ? Withheld.ONE_EMPLOYER_DOMINATES : null;
    }

    static KpiRow row(String key, String label, List<HireFact> hires, List<ReferralFact> referrals, LocalDate today, Cost cost,
                      Withheld withheld) {
        if (withheld != null) {
            return new KpiRow(key, label, null, null, null, null, null, null, null, null, null, null, null, withheld);
        }
        Funnel funnel = new Funnel(referrals.size(), referrals.stream().filter(r -> r.furthest() >= 1).count(),
                referrals.stream().filter(r -> r.furthest() >= 2).count(), referrals.stream().filter(r -> r.furthest() >= 3).count(),
                referrals.stream().filter(r -> r.furthest() >= 4 || r.hiredOn() != null).count());
        List<Long> days = referrals.stream().filter(r -> r.hiredOn() != null)
                .map(r -> ChronoUnit.DAYS.between(r.referredOn(), r.hiredOn())).sorted().toList();
        List<Retention> retention = Hires.CHECKPOINTS.stream().map(d -> retention(hires, d, today)).toList();
        List<BigDecimal> wages = hires.stream().map(HireFact::hourlyWage).filter(w -> w != null).sorted().toList();
        return new KpiRow(key, label, (long) hires.size(), hires.stream().filter(HireFact::viaReferral).count(),
                hires.stream().filter(HireFact::partnered).count(), funnel,
                days.isEmpty() ? null : (int) Math.round(median(days.stream().map(BigDecimal::valueOf).toList()).doubleValue()), retention,
                wages.isEmpty() ? null : median(wages), hires.stream().filter(HireFact::opportunity).count(),
                referrals.stream().filter(r -> r.hiredOn() != null && r.advanced()).count(),
                        hires.stream().filter(HireFact::credentialed).count(),
                cost, null);
    }

    static Retention retention(List<HireFact> hires, int days, LocalDate today) {
        List<HireFact> reached = hires.stream().filter(h -> !h.hiredOn().plusDays(days).isAfter(today)).toList();
        long retained = reached.stream().filter(h -> h.separatedOn() == null
                || !h.separatedOn().isBefore(h.hiredOn().plusDays(days))).count();
        return new Retention(days, reached.size(), retained);
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2,
                RoundingMode.HALF_UP);
    }

    static Cost cost(List<HireFact> hires, Costs.Baseline baseline, BigDecimal invested) {
        long partnership = hires.stream().filter(HireFact::partnered).count();
        if (baseline == null) {
            return new Cost(null, null, partnership, null, invested, null, null);
        }
        BigDecimal saving = baseline.baselinePerHire().subtract(baseline.partnershipPerHire()).multiply(BigDecimal.valueOf(partnership));
        return new Cost(baseline.baselinePerHire(), baseline.partnershipPerHire(), partnership, saving, invested, null, null);
    }

    /** The profile's total: the savings of the jobs with a baseline, less what the partnership cost, over what it cost. */
    static Cost totalCost(List<KpiRow> lines, BigDecimal invested) {
        List<Cost> costs = lines.stream().map(KpiRow::cost).filter(c -> c != null).toList();
        long partnership = costs.stream().mapToLong(Cost::partnershipHires).sum();
        List<BigDecimal> savings = costs.stream().map(Cost::saving).filter(s -> s != null).toList();
        BigDecimal saving = savings.isEmpty() ? null : savings.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = saving == null || invested == null ? null : saving.subtract(invested);
        BigDecimal roi = net == null || invested.signum() == 0 ? null : net.multiply(BigDecimal.valueOf(100)).divide(invested, 1,
                RoundingMode.HALF_UP);
        return new Cost(null, null, partnership, saving, invested, net, roi);
    }
}
