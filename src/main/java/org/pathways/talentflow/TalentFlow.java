package org.pathways.talentflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.collaboratives.Collaboratives.Confidentiality;
import org.pathways.collaboratives.Collaboratives.Relation;
import org.pathways.demand.DemandRollUp;
import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceSearch;
import org.pathways.shared.InvalidInput;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.TalentFlowRows.CohortReferral;
import org.pathways.talentflow.TalentFlowRows.FlowHire;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-mapping a collaborative's hires (C12): by provider kind and provider, by tier, by the county the hires live in, the
 * opportunity-population share, retention at a checkpoint, and the capture rate of the providers whose referrals are on
 * Pathways. The managing organization sees every figure for any period and job. Partners and members see whole calendar
 * years over all the shared jobs, and each figure only under the demand survey's rule (at least N employers, none above
 * P%); within a breakdown, the figures withheld are added up into one "others" line, enlarged with the smallest figures
 * shown until it passes the rule itself, so no withheld figure follows from the total by subtraction (decision 0010).
 */
@Service
@Transactional(readOnly = true)
public class TalentFlow {

    /** Why a figure is not shown to someone who is not the managing organization. */
    public enum Withheld { TOO_FEW_EMPLOYERS, ONE_EMPLOYER_DOMINATES, COMBINED_WITH_OTHERS }

    /** One line of a breakdown; {@code hires} null when withheld (the reason beside it). {@code key} "others" for the combined line. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Count(String key, String label, Long hires, Withheld withheld) {
    }

    /** Hires by one kind of provider, with the providers of that kind (only when the kind itself is shown). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KindCount(String kind, Long hires, Withheld withheld, List<Count> providers) {
    }

    /** Of the hires that had reached the checkpoint, how many were still there. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Retention(int checkpointDays, Long reached, Long retained, Withheld withheld) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Flow(long collaborativeId, String collaborativeName, boolean manager, LocalDate from, LocalDate to, String socCode,
                       Long hires, Withheld withheld, List<KindCount> byKind, List<Count> byTier, List<Count> upstream,
                               List<Count> byCounty,
                       List<Count> populations, Count withAnyPopulation, Retention retention, List<Count> byJob, Confidentiality rule) {
    }

    /**
     * A provider's capture rate: of the people it referred to the members' jobs in the cohort window (less those hired too
     * recently to have reached the checkpoint), how many were hired and still there at the checkpoint.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CaptureRate(Long providerId, String providerName, long organizationId, Long referred, Long tooRecent, Long cohort,
                              Long hiredAndRetained, Double rate, Withheld withheld) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CaptureRates(long collaborativeId, String collaborativeName, boolean manager, LocalDate from, LocalDate to,
                               int checkpointDays, List<CaptureRate> providers, Confidentiality rule) {
    }

    /**
     * One county on the map: its outline, the hires living there as the county breakdown shows them (null when held back,
     * with the reason), whether members have establishments there or recruit there, and its shade (0 for none, 1 to 5).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MapCounty(String fips, String name, String path, double x, double y, Long hires, Withheld withheld,
                            boolean establishments, boolean recruiting, int shade) {
    }

    /**
     * The county map of a flow: the counties of every state where the hires live or the members are, drawn; the same
     * figures as the flow's county breakdown, never others ({@code others} is the "others" line, which no county shows).
     */
    public record CountyMap(Flow flow, int width, int height, List<MapCounty> counties, Long others, Long notRecorded) {

        /** The counties the table beside the map lists: those with hires, held-back figures or members. */
        public List<MapCounty> listed() {
            return counties.stream().filter(c -> c.hires() != null || c.withheld() != null || c.establishments() || c.recruiting())
                    .sorted(Comparator.comparing((MapCounty c) -> c.hires() == null ? -1 : c.hires()).reversed()
                            .thenComparing(MapCounty::name))
                    .toList();
        }
    }

    /**
     * One shared critical job: the openings the latest demand survey the person sees projects for its first period (null
     * with the survey's own reason when withheld, or when no survey is there), the hires in the flow's window and the
     * referrals on their way to a hire (each under the rule), the placements the partners' programs can be expected to
     * make from their next cohort (seats × completion × placement; {@code programsWithoutRates} counted nothing), and the
     * gap when all are shown: what is still to find.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SupplyLine(String socCode, String socTitle, String periodLabel, Long openings, String openingsWithheld, Long hires,
                             Withheld hiresWithheld, Long inProgress, Withheld inProgressWithheld, int programs, long fromPrograms,
                             int programsWithoutRates, Long gap) {

        /** Whether the supply falls behind: openings are left to find after the hires, the referrals and the programs. */
        public boolean behind() {
            return gap != null && gap > 0;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SupplyAndDemand(long collaborativeId, Long surveyId, String surveyTitle, LocalDate from, LocalDate to,
                                  List<SupplyLine> jobs) {
    }

    /** What the person asks for: a calendar year, or (managers) any window and one occupation. */
    public record Period(Integer year, LocalDate from, LocalDate to, String socCode) {
    }

    private final TalentFlowRows rows;
    private final Collaboratives collaboratives;
    private final Providers providers;
    private final ReferenceSearch reference;
    private final CountyShapes shapes;
    private final DemandRollUp demand;

    TalentFlow(TalentFlowRows rows, Collaboratives collaboratives, Providers providers, ReferenceSearch reference, CountyShapes shapes,
               DemandRollUp demand) {
        this.shapes = shapes;
        this.demand = demand;
        this.rows = rows;
        this.collaboratives = collaboratives;
        this.providers = providers;
        this.reference = reference;
    }

    /**
     * The employer profiles whose hires and referrals count for a collaborative the person sees, each with the member it
     * stands for (the member's own profile, one tied to the member's organization, or a keeper's same-name profile): what
     * the outcomes module adds up for a collaborative, so both modules count the same hires.
     */
    public Map<Long, Long> countedProfiles(long collaborativeId) {
        collaboratives.get(collaborativeId);
        return rows.profiles(collaborativeId);
    }

    /** The window asked for: a window or an occupation only for the managing organization, whole years for everyone else. */
    record Window(LocalDate from, LocalDate to, String socCode) {
    }

    Window window(CollaborativeView collaborative, Period period) {
        boolean manager = collaborative.relation() == Relation.MANAGER;
        LocalDate today = LocalDate.now();
        if (manager && (period.from() != null || period.to() != null)) {
            LocalDate from = period.from() != null ? period.from() : LocalDate.of(1950, 1, 1);
            LocalDate to = period.to() != null ? period.to() : today;
            if (to.isBefore(from)) {
                throw new InvalidInput("to", "talentFlow.toBeforeFrom");
            }
            return new Window(from, to, period.socCode());
        }
        int year = period.year() != null ? period.year() : today.getYear() - (today.getMonthValue() < 4 ? 1 : 0);
        if (year < 1950 || year > today.getYear()) {
            throw new InvalidInput("year", "talentFlow.badYear", today.getYear());
        }
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), manager ? period.socCode() : null);
    }

    public Flow of(long collaborativeId, Period period, int checkpointDays) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        boolean manager = collaborative.relation() == Relation.MANAGER;
        Confidentiality rule = collaborative.confidentiality();
        requireCheckpoint(checkpointDays);
        Window window = window(collaborative, period);
        List<FlowHire> hires = rows.hires(collaborativeId, window.from(), window.to()).stream()
                .filter(h -> window.socCode() == null || window.socCode().equals(h.socCode())).toList();
        Rule check = new Rule(rule, manager);
        Tally total = Tally.of(hires);
        // no hire at all reveals nothing about anyone: the page says there were none rather than that they are held back
        Withheld totalWithheld = hires.isEmpty() ? null : check.of(total);
        if (totalWithheld != null) {
            return new Flow(collaborativeId, collaborative.name(), manager, window.from(), window.to(), window.socCode(), null,
                    totalWithheld,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), rule);
        }
        Map<Long, Providers.ProviderView> byId = new LinkedHashMap<>();
        providers.list(null).forEach(p -> byId.put(p.id(), p));

        // provider kinds, and the providers within each kind shown
        Map<String, List<FlowHire>> byKind = group(hires, h -> h.providerKind() == null ? "NOT_RECORDED" : h.providerKind());
        List<Count> kinds = check.partition(tallies(byKind), k -> k);
        List<KindCount> kindCounts = new ArrayList<>();
        for (Count kind : kinds) {
            List<Count> within = List.of();
            if (kind.hires() != null && !kind.key().equals("others") && !kind.key().equals("NOT_RECORDED")) {
                Map<String, List<FlowHire>> byProvider = group(byKind.get(kind.key()), h -> String.valueOf(h.providerId()));
                within = check.partition(tallies(byProvider), id -> byId.containsKey(Long.valueOf(id))
                        ? byId.get(Long.valueOf(id)).name() : id);
            }
            kindCounts.add(new KindCount(kind.key(), kind.hires(), kind.withheld(), within));
        }

        // tiers: the direct provider recorded or not (a partition), and those with a provider further upstream
        Map<String, List<FlowHire>> tiers = group(hires, h -> h.providerId() == null ? "NOT_RECORDED" : "TIER_1");
        List<Count> byTier = new ArrayList<>(check.partition(tallies(tiers), t -> t));
        List<FlowHire> withUpstream = hires.stream().filter(h -> !h.upstream().isEmpty()).toList();
        Tally upstreamTally = Tally.of(withUpstream);
        Withheld upstreamWithheld = withUpstream.isEmpty() ? null : check.of(upstreamTally);
        byTier.add(new Count("TIER_2_PLUS", null, upstreamWithheld == null ? (long) withUpstream.size() : null, upstreamWithheld));
        List<Count> upstream = List.of();
        if (upstreamWithheld == null && !withUpstream.isEmpty()) {
            Map<String, List<FlowHire>> byUpstream = new TreeMap<>();
            withUpstream.forEach(h -> byUpstream.computeIfAbsent(String.valueOf(h.upstream().get(0)), k -> new ArrayList<>()).add(h));
            upstream = check.partition(tallies(byUpstream), id -> byId.containsKey(Long.valueOf(id)) ? byId.get(Long.valueOf(id)).name()
                    : id);
        }

        // where the hires live
        Map<String, List<FlowHire>> counties = group(hires, h -> h.countyFips() == null ? "NOT_RECORDED" : h.countyFips());
        List<Count> byCounty = check.partition(tallies(counties), fips -> fips.equals("NOT_RECORDED") ? null
                : reference.county(fips).map(ReferenceSearch.CountyMatch::title).orElse(fips));

        // populations overlap (a person may share several): each figure on its own, and the share that shared any
        List<Count> populations = new ArrayList<>();
        for (Population population : Population.values()) {
            List<FlowHire> of = hires.stream().filter(h -> h.populations().contains(population.name())).toList();
            if (!of.isEmpty()) {
                Withheld withheld = check.of(Tally.of(of));
                populations.add(new Count(population.name(), null, withheld == null ? (long) of.size() : null, withheld));
            }
        }
        List<FlowHire> anyPopulation = hires.stream().filter(h -> !h.populations().isEmpty()).toList();
        Withheld anyWithheld = anyPopulation.isEmpty() ? null : check.of(Tally.of(anyPopulation));
        Count withAny = new Count("ANY", null, anyWithheld == null ? (long) anyPopulation.size() : null, anyWithheld);

        // retention at the checkpoint, over the hires that had reached it
        LocalDate today = LocalDate.now();
        List<FlowHire> reached = hires.stream().filter(h -> !h.hiredOn().plusDays(checkpointDays).isAfter(today)).toList();
        List<FlowHire> retained = reached.stream().filter(h -> h.separatedOn() == null
                || !h.separatedOn().isBefore(h.hiredOn().plusDays(checkpointDays))).toList();
        Withheld retentionWithheld = reached.isEmpty() ? null : check.of(Tally.of(reached)) != null ? check.of(Tally.of(reached))
                : retained.isEmpty() ? null : check.of(Tally.of(retained));
        Retention retention = new Retention(checkpointDays, retentionWithheld == null ? (long) reached.size() : null,
                retentionWithheld == null ? (long) retained.size() : null, retentionWithheld);

        Map<String, List<FlowHire>> jobs = group(hires, h -> h.socCode() == null ? "NOT_RECORDED" : h.socCode());
        List<Count> byJob = check.partition(tallies(jobs), soc -> soc.equals("NOT_RECORDED") ? null
                : reference.socCode(soc).map(ReferenceSearch.CodeMatch::title).orElse(soc));
        return new Flow(collaborativeId, collaborative.name(), manager, window.from(), window.to(), window.socCode(), (long) hires.size(),
                null,
                kindCounts, byTier, upstream, byCounty, populations, withAny, retention, byJob, rule);
    }

    /**
     * Supply against demand per shared critical job. The demand figures are the demand roll-up's, as the person may see
     * them (partners and members: the latest closed survey, each figure under its rule); hires are the flow's occupation
     * breakdown and the referrals in progress a breakdown of their own, so every number here is one shown elsewhere.
     */
    public SupplyAndDemand supplyAndDemand(long collaborativeId, Period period) {
        return supplyAndDemand(of(collaborativeId, new Period(period.year(), period.from(), period.to(), null), 90));
    }

    /** The same beside a flow already computed (over all the shared jobs; one of a single occupation is computed again). */
    public SupplyAndDemand supplyAndDemand(Flow flow) {
        long collaborativeId = flow.collaborativeId();
        if (flow.socCode() != null) {
            return supplyAndDemand(collaborativeId, new Period(null, flow.from(), flow.to(), null));
        }
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        boolean manager = collaborative.relation() == Relation.MANAGER;
        Map<String, Count> hires = new LinkedHashMap<>();
        flow.byJob().forEach(c -> hires.put(c.key(), c));
        Rule check = new Rule(collaborative.confidentiality(), manager);
        List<FlowHire> pipeline = rows.inProgress(collaborativeId);
        Withheld pipelineWithheld = pipeline.isEmpty() ? null : check.of(Tally.of(pipeline));
        Map<String, Count> inProgress = new LinkedHashMap<>();
        if (pipelineWithheld == null) {
            check.partition(tallies(group(pipeline, h -> h.socCode() == null ? "NOT_RECORDED" : h.socCode())), k -> k)
                    .forEach(c -> inProgress.put(c.key(), c));
        }
        Map<String, DemandRollUp.Cell> openings = new LinkedHashMap<>();
        Long surveyId = null;
        String surveyTitle = null;
        Optional<Long> latest = demand.latestVisibleSurvey(collaborativeId);
        if (latest.isPresent()) {
            surveyId = latest.get();
            DemandRollUp.RollUp rollUp = demand.of(surveyId);
            surveyTitle = rollUp.survey().title();
            int first = rollUp.cells().stream().mapToInt(DemandRollUp.Cell::period).min().orElse(0);
            rollUp.cells().stream().filter(c -> c.period() == first).forEach(c -> openings.put(c.socCode(), c));
        }
        Map<String, List<TalentFlowRows.PartnerProgram>> programs = new LinkedHashMap<>();
        rows.partnerPrograms(collaborativeId).forEach(p -> programs.computeIfAbsent(p.socCode(), k -> new ArrayList<>()).add(p));
        List<SupplyLine> lines = new ArrayList<>();
        for (Collaboratives.SharedJob job : collaboratives.sharedCriticalJobs(collaborativeId)) {
            List<TalentFlowRows.PartnerProgram> preparing = programs.getOrDefault(job.socCode(), List.of());
            List<TalentFlowRows.PartnerProgram> rated = preparing.stream().filter(p -> p.seats() != null && p.completionPercent() != null
                    && p.placementPercent() != null).toList();
            long fromPrograms = Math.round(rated.stream().mapToDouble(p -> p.seats() * p.completionPercent() * p.placementPercent()
                    / 10_000.0).sum());
            DemandRollUp.Cell cell = openings.get(job.socCode());
            Count hired = hires.get(job.socCode());
            Count waiting = inProgress.get(job.socCode());
            Long open = cell == null ? null : cell.openings();
            String openWithheld = cell == null ? (surveyId == null ? "NO_SURVEY" : "NOT_ASKED")
                    : cell.suppression() == null ? null : cell.suppression().name();
            Long hiredCount = flow.hires() == null ? null : hired == null ? Long.valueOf(0) : hired.hires();
            Withheld hiredWithheld = flow.hires() == null ? flow.withheld() : hired == null ? null : hired.withheld();
            Long waitingCount = pipelineWithheld != null ? null : waiting == null ? Long.valueOf(0) : waiting.hires();
            Withheld waitingWithheld = pipelineWithheld != null ? pipelineWithheld : waiting == null ? null : waiting.withheld();
            Long gap = open != null && hiredCount != null && waitingCount != null ? open - hiredCount - waitingCount - fromPrograms : null;
            lines.add(new SupplyLine(job.socCode(), job.socTitle(), cell == null ? null : cell.periodLabel(), open, openWithheld,
                    hiredCount, hiredWithheld, waitingCount, waitingWithheld, preparing.size(), fromPrograms,
                    preparing.size() - rated.size(), gap));
        }
        return new SupplyAndDemand(collaborativeId, surveyId, surveyTitle, flow.from(), flow.to(), lines);
    }

    /** The flow's county breakdown on a map of the states concerned, with where the members are and recruit. */
    public CountyMap map(long collaborativeId, Period period) {
        Flow flow = of(collaborativeId, period, 90);
        Map<String, Count> byCounty = new LinkedHashMap<>();
        flow.byCounty().forEach(c -> byCounty.put(c.key(), c));
        Map<String, java.util.Set<String>> members = new LinkedHashMap<>();
        rows.memberCounties(collaborativeId).forEach(c -> members.computeIfAbsent(c.fips(), k -> new java.util.HashSet<>()).add(c.kind()));
        java.util.Set<String> states = new java.util.TreeSet<>();
        byCounty.keySet().stream().filter(k -> k.matches("\\d{5}")).forEach(k -> states.add(k.substring(0, 2)));
        members.keySet().stream().filter(k -> k != null && k.matches("\\d{5}")).forEach(k -> states.add(k.substring(0, 2)));
        CountyShapes.Drawing drawing = shapes.states(states);
        long most = flow.byCounty().stream().filter(c -> c.hires() != null && c.key().matches("\\d{5}")).mapToLong(Count::hires).max()
                .orElse(0);
        List<MapCounty> counties = new ArrayList<>();
        for (CountyShapes.Shape shape : drawing.counties()) {
            Count count = byCounty.get(shape.fips());
            java.util.Set<String> kinds = members.getOrDefault(shape.fips(), java.util.Set.of());
            Long hires = count == null ? null : count.hires();
            int shade = hires == null || hires == 0 || most == 0 ? 0 : (int) Math.max(1, Math.ceil(5.0 * hires / most));
            String name = reference.county(shape.fips()).map(ReferenceSearch.CountyMatch::title).orElse(shape.name());
            counties.add(new MapCounty(shape.fips(), name, shape.path(), shape.x(), shape.y(), hires,
                    count == null ? null : count.withheld(), kinds.contains("ESTABLISHMENT"), kinds.contains("RECRUITS"), shade));
        }
        Count others = byCounty.get("others");
        Count notRecorded = byCounty.get("NOT_RECORDED");
        return new CountyMap(flow, CountyShapes.WIDTH, drawing.height(), counties, others == null ? null : others.hires(),
                notRecorded == null ? null : notRecorded.hires());
    }

    /**
     * The capture rate of each OPSO whose referrals to the members' jobs fall in the window. An OPSO sees its own rate in
     * full (they are its own referrals); every other figure is under the rule, counted over the employers referred to.
     */
    public CaptureRates captureRates(long collaborativeId, Period period, int checkpointDays) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        boolean manager = collaborative.relation() == Relation.MANAGER;
        requireCheckpoint(checkpointDays);
        Window window = window(collaborative, period);
        LocalDate today = LocalDate.now();
        long viewer = PathwaysUser.current().organizationId();
        Map<Long, List<CohortReferral>> byOrganization = new TreeMap<>();
        rows.referrals(collaborativeId, window.from(), window.to())
                .forEach(r -> byOrganization.computeIfAbsent(r.organizationId(), k -> new ArrayList<>()).add(r));
        List<CaptureRate> rates = new ArrayList<>();
        Map<Long, Providers.ProviderView> byOrganizationId = new LinkedHashMap<>();
        providers.list(null).stream().filter(p -> p.organizationId() != null).forEach(p -> byOrganizationId.put(p.organizationId(), p));
        byOrganization.forEach((organization, referrals) -> {
            Rule check = new Rule(collaborative.confidentiality(), manager || organization == viewer);
            Providers.ProviderView provider = byOrganizationId.get(organization);
            List<CohortReferral> tooRecent = referrals.stream().filter(r -> r.hiredOn() != null
                    && r.hiredOn().plusDays(checkpointDays).isAfter(today)).toList();
            List<CohortReferral> cohort = referrals.stream().filter(r -> !tooRecent.contains(r)).toList();
            List<CohortReferral> kept = cohort.stream().filter(r -> r.hiredOn() != null && (r.separatedOn() == null
                    || !r.separatedOn().isBefore(r.hiredOn().plusDays(checkpointDays)))).toList();
            Withheld withheld = check.of(Tally.ofReferrals(cohort));
            if (withheld == null && !kept.isEmpty()) {
                withheld = check.of(Tally.ofReferrals(kept));
            }
            boolean shown = withheld == null;
            rates.add(new CaptureRate(provider == null ? null : provider.id(), provider == null ? null : provider.name(), organization,
                    shown ? (long) referrals.size() : null, shown ? (long) tooRecent.size() : null, shown ? (long) cohort.size() : null,
                    shown ? (long) kept.size() : null, shown && !cohort.isEmpty() ? kept.size() / (double) cohort.size() : null, withheld));
        });
        rates.sort(Comparator.comparing(r -> r.providerName() == null ? "" : r.providerName()));
        return new CaptureRates(collaborativeId, collaborative.name(), manager, window.from(), window.to(), checkpointDays, rates,
                collaborative.confidentiality());
    }

    private static void requireCheckpoint(int days) {
        if (!Hires.CHECKPOINTS.contains(days)) {
            throw new InvalidInput("checkpointDays", "talentFlow.badCheckpoint", "30, 90, 180, 365");
        }
    }

    private static Map<String, List<FlowHire>> group(List<FlowHire> hires, Function<FlowHire, String> key) {
        Map<String, List<FlowHire>> groups = new TreeMap<>();
        hires.forEach(h -> groups.computeIfAbsent(key.apply(h), k -> new ArrayList<>()).add(h));
        return groups;
    }

    private static Map<String, Tally> tallies(Map<String, List<FlowHire>> groups) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        groups.forEach((key, hires) -> tallies.put(key, Tally.of(hires)));
        return tallies;
    }

    /** A count with how much of it each member employer contributes: what the rule needs. */
    record Tally(Map<Long, Long> byEmployer, long total) {

        static Tally of(List<FlowHire> hires) {
            Map<Long, Long> by = new TreeMap<>();
            hires.forEach(h -> by.merge(h.memberId(), 1L, Long::sum));
            return new Tally(by, hires.size());
        }

        static Tally ofReferrals(List<CohortReferral> referrals) {
            Map<Long, Long> by = new TreeMap<>();
            referrals.forEach(r -> by.merge(r.memberId(), 1L, Long::sum));
            return new Tally(by, referrals.size());
        }

        Tally plus(Tally other) {
            Map<Long, Long> by = new TreeMap<>(byEmployer);
            other.byEmployer.forEach((k, v) -> by.merge(k, v, Long::sum));
            return new Tally(by, total + other.total);
        }

        long largest() {
            return byEmployer.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /** The confidentiality rule for one viewer: nothing withheld from the managing organization. */
    record Rule(Confidentiality rule, boolean seesAll) {

        Withheld of(Tally tally) {
            if (seesAll) {
                return null;
            }
            if (tally.byEmployer().size() < rule.minContributors()) {
                return Withheld.TOO_FEW_EMPLOYERS;
            }
            return tally.total() > 0 && tally.largest() * 100 > (long) rule.maxSharePercent() * tally.total()
                    ? Withheld.ONE_EMPLOYER_DOMINATES : null;
        }

        /**
         * The lines of a breakdown whose total is shown, the largest first. Lines withheld are added up into an "others" line;
         * while that line would itself be withheld, the smallest line shown joins it. The total less the lines shown is then
         * the "others" line, which passes the rule: nothing withheld can be worked out.
         */
        List<Count> partition(Map<String, Tally> lines, Function<String, String> label) {
            List<Map.Entry<String, Tally>> sorted = new ArrayList<>(lines.entrySet());
            sorted.sort(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().total()).reversed()
                    .thenComparing(Map.Entry::getKey));
            Map<String, Withheld> withheld = new LinkedHashMap<>();
            sorted.forEach(e -> {
                Withheld reason = of(e.getValue());
                if (reason != null) {
                    withheld.put(e.getKey(), reason);
                }
            });
            Tally others = withheld.keySet().stream().map(lines::get).reduce(Tally::plus).orElse(null);
            for (int i = sorted.size() - 1; others != null && of(others) != null && i >= 0; i--) {
                String key = sorted.get(i).getKey();
                if (!withheld.containsKey(key)) {
                    withheld.put(key, Withheld.COMBINED_WITH_OTHERS);
                    others = others.plus(lines.get(key));
                }
            }
            List<Count> counts = new ArrayList<>();
            for (Map.Entry<String, Tally> line : sorted) {
                Withheld reason = withheld.get(line.getKey());
                counts.add(new Count(line.getKey(), label.apply(line.getKey()), reason == null ? line.getValue().total() : null, reason));
            }
            if (others != null) {
                counts.add(new Count("others", null, others.total(), null));
            }
            return counts;
        }
    }
}
