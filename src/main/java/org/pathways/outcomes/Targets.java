package org.pathways.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Size;

import org.pathways.engagement.ValuePropositions;
import org.pathways.engagement.ValuePropositions.MeasureKind;
import org.pathways.outcomes.OutcomeRows.HireFact;
import org.pathways.outcomes.OutcomeRows.ReferralFact;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.pathways.collaboratives.Collaboratives;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.TalentFlow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets tracked against what happens (C14): every success measure of an employer profile's latest agreed value
 * proposition, and the targets an organization adds for a profile it keeps. Rates are read over the last twelve months
 * (retention over the hires that had reached the checkpoint by then): on track at or above the target, at risk below.
 * Counts are read over their period from the day agreed: met once reached, on track while the share of the target due by
 * today is reached, at risk when behind, missed when the period ended short. Days from referral to hire: on track at or
 * below the target. Each target has its trend by quarter and, when at risk, the improvement log with the measure before
 * and after each change.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    public enum Source { AGREED, OWN }

    public enum Status { MET, ON_TRACK, AT_RISK, MISSED, NO_DATA, NOT_MEASURED }

    /** A measured figure: the value with what it was worked out from (retained of reached, hires, median of n referrals). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figure(Double value, long numerator, long denominator) {
    }

    public record TrendPoint(String quarter, Figure figure) {
    }

    /** The target's figure for one group of its hires: a provider (with its id) or a program; null: none recorded. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(Long providerId, String label, Figure figure) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Improvement(long id, String foundWhere, String rootCause, String change, LocalDate changedOn, Figure before, Figure after,
                              String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TargetView(long id, Long employerId, Long collaborativeId, String name, Source source, Integer version, MeasureKind kind,
                             ValuePropositions.Unit unit, BigDecimal target, int periodDays, Long criticalJobId, String jobTitle,
                             String note, LocalDate since, LocalDate measuredFrom, LocalDate measuredTo, Figure actual, Double dueByNow,
                             Status status,
                             List<TrendPoint> trend, List<Improvement> improvements, Breakdown breakdown) {

        public boolean needsAttention() {
            return status == Status.AT_RISK || status == Status.MISSED;
        }
    }

    /** A target of one employer profile the organization keeps, or (its manager) of a whole collaborative: one of the two. */
    public record TargetInput(Long employerId, Long collaborativeId, MeasureKind kind, BigDecimal target, Integer periodDays,
                              Long criticalJobId, @Size(max = 500) String note) {
    }

    public record ImprovementInput(@Size(max = 1000) String foundWhere, @Size(max = 2000) String rootCause, @Size(max = 2000) String change,
                                   LocalDate changedOn) {
    }

    /** How many quarters a target's trend shows. */
    static final int TREND_QUARTERS = 8;

    private final TargetRows rows;
    private final OutcomeRows outcomes;
    private final InputValidation validation;
    private final AuditLog audit;
    private final Providers providers;
    private final Collaboratives collaboratives;
    private final TalentFlow talentFlow;

    Targets(TargetRows rows, OutcomeRows outcomes, InputValidation validation, AuditLog audit, Providers providers,
            Collaboratives collaboratives, TalentFlow talentFlow) {
        this.collaboratives = collaboratives;
        this.talentFlow = talentFlow;
        this.providers = providers;
        this.rows = rows;
        this.outcomes = outcomes;
        this.validation = validation;
        this.audit = audit;
    }

    /** The targets the person's organization keeps or that concern its own employer organization, those needing attention first. */
    public List<TargetView> list(Long employerId) {
        return list(employerId, null);
    }

    /** The same for one employer profile or one collaborative (null: every one the organization tracks). */
    public List<TargetView> list(Long employerId, Long collaborativeId) {
        long mine = PathwaysUser.current().organizationId();
        List<TargetRows.Target> targets = rows.visibleTo(mine, employerId, collaborativeId);
        LocalDate today = LocalDate.now();
        Map<String, Facts> facts = new HashMap<>();
        List<TargetView> views = new ArrayList<>();
        for (TargetRows.Target target : targets) {
            Facts of = facts.computeIfAbsent(target.employerId() != null ? "e" + target.employerId() : "c" + target.collaborativeId(),
                    key -> facts(target, today));
            views.add(view(target, of, today, false));
        }
        views.sort(Comparator.comparing((TargetView t) -> !t.needsAttention()).thenComparing(TargetView::name)
                .thenComparing(TargetView::id));
        return views;
    }

    public TargetView get(long targetId) {
        TargetRows.Target target = rows.get(PathwaysUser.current().organizationId(), targetId)
                .orElseThrow(() -> new NotFound("target", targetId));
        LocalDate today = LocalDate.now();
        return view(target, facts(target, today), today, true);
    }

    @Transactional
    public long add(TargetInput input) {
        PathwaysUser me = PathwaysUser.currentEditor();
        validation.check(input);
        List<InvalidInput> problems = new ArrayList<>();
        OutcomeRows.Employer employer = input.employerId() == null ? null
                : outcomes.employer(input.employerId()).filter(e -> e.organizationId() == me.organizationId()).orElse(null);
        if (input.collaborativeId() != null) {
            if (input.employerId() != null || !managed(input.collaborativeId())) {
                problems.add(new InvalidInput("collaborativeId", "outcomes.collaborativeManaged"));
            }
            if (input.criticalJobId() != null) {
                problems.add(new InvalidInput("criticalJobId", "outcomes.collaborativeAllJobs"));
            }
        } else if (employer == null) {
            problems.add(new InvalidInput("employerId", "outcomes.employerKept"));
        }
        if (input.kind() == null) {
            problems.add(new InvalidInput("kind", "outcomes.kindRequired"));
        }
        if (input.target() == null) {
            problems.add(new InvalidInput("target", "outcomes.targetRequired"));
        } else if (input.target().signum() <= 0) {
            problems.add(new InvalidInput("target", "outcomes.targetPositive"));
        } else if (input.kind() != null && input.kind().unit() == ValuePropositions.Unit.PERCENT
                && input.target().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new InvalidInput("target", "outcomes.targetPercent"));
        } else if (input.target().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.add(new InvalidInput("target", "outcomes.targetTooLarge"));
        }
        if (input.periodDays() == null) {
            problems.add(new InvalidInput("periodDays", "outcomes.periodRequired"));
        } else if (input.periodDays() < 1 || input.periodDays() > ValuePropositions.MAX_PERIOD_DAYS) {
            problems.add(new InvalidInput("periodDays", "outcomes.periodRange", ValuePropositions.MAX_PERIOD_DAYS));
        }
        if (employer != null && input.criticalJobId() != null && outcomes.jobs(List.of(input.criticalJobId())).values().stream()
                .noneMatch(j -> j.employerId() == employer.id())) {
            problems.add(new InvalidInput("criticalJobId", "outcomes.jobOfEmployer"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = rows.addOwn(me.organizationId(), input, Text.blankToNull(input.note()), LocalDate.now(), me.username());
        audit.record("outcomes.targetAdded", "target", id, input.kind() + " " + input.target() + (input.collaborativeId() != null
                ? " for collaborative " + input.collaborativeId() : " for employer " + input.employerId()));
        return id;
    }

    @Transactional
    public void removeOwn(long targetId) {
        PathwaysUser me = PathwaysUser.currentEditor();
        TargetRows.Target target = rows.get(me.organizationId(), targetId).filter(t -> t.organizationId() == me.organizationId())
                .orElseThrow(() -> new NotFound("target", targetId));
        if (target.source() != Source.OWN) {
            throw new InvalidInput("target", "outcomes.agreedNotRemoved");
        }
        rows.remove(targetId);
        audit.record("outcomes.targetRemoved", "target", targetId, null);
    }

    @Transactional
    public long logImprovement(long targetId, ImprovementInput input) {
        PathwaysUser me = PathwaysUser.currentEditor();
        rows.get(me.organizationId(), targetId).filter(t -> t.organizationId() == me.organizationId())
                .orElseThrow(() -> new NotFound("target", targetId));
        validation.check(input);
        List<InvalidInput> problems = new ArrayList<>();
        if (Text.blankToNull(input.foundWhere()) == null) {
            problems.add(new InvalidInput("foundWhere", "outcomes.foundWhereRequired"));
        }
        if (Text.blankToNull(input.rootCause()) == null) {
            problems.add(new InvalidInput("rootCause", "outcomes.rootCauseRequired"));
        }
        if (Text.blankToNull(input.change()) == null) {
            problems.add(new InvalidInput("change", "outcomes.changeRequired"));
        }
        if (input.changedOn() == null) {
            problems.add(new InvalidInput("changedOn", "outcomes.changedOnRequired"));
        } else if (input.changedOn().isBefore(LocalDate.of(1950, 1, 1)) || input.changedOn().isAfter(LocalDate.now().plusYears(1))) {
            problems.add(new InvalidInput("changedOn", "outcomes.changedOnRange"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = rows.addImprovement(targetId, input.foundWhere().strip(), input.rootCause().strip(), input.change().strip(),
                input.changedOn(), me.username());
        audit.record("outcomes.improvementLogged", "target", targetId, "change from " + input.changedOn());
        return id;
    }

    /** An employer profile's hires and referrals, as far back as any target looks (three years and a checkpoint). */
    record Facts(List<HireFact> hires, List<ReferralFact> referrals) {
    }

    /** Whether the person's organization manages the collaborative (a collaborative it cannot see is not managed). */
    private boolean managed(long collaborativeId) {
        return collaboratives.list().stream().anyMatch(c -> c.id() == collaborativeId && c.relation() == Collaboratives.Relation.MANAGER);
    }

    /** The hires and referrals a target is measured over: its employer profile's, or those its collaborative counts. */
    private Facts facts(TargetRows.Target target, LocalDate today) {
        List<Long> employers = target.employerId() != null ? List.of(target.employerId())
                : List.copyOf(talentFlow.countedProfiles(target.collaborativeId()).keySet());
        OutcomeRows.Filter filter = new OutcomeRows.Filter("employer_id", "employer_id", employers);
        LocalDate from = today.minusDays(2L * ValuePropositions.MAX_PERIOD_DAYS);
        return new Facts(outcomes.hires(filter, from, today), outcomes.referrals(filter, from, today));
    }

    /** The target with its figure now; {@code detailed}: with its breakdown by provider too (one target's page). */
    TargetView view(TargetRows.Target t, Facts facts, LocalDate today, boolean detailed) {
        Facts job = t.criticalJobId() == null ? facts : new Facts(
                facts.hires().stream().filter(h -> h.criticalJobId() == t.criticalJobId()).toList(),
                facts.referrals().stream().filter(r -> r.criticalJobId() == t.criticalJobId()).toList());
        LocalDate from;
        LocalDate to;
        switch (t.kind()) {
            case RETENTION -> {
                to = today.minusDays(t.periodDays());
                from = to.minusDays(364);
            }
            case HIRES, CREDENTIALS -> {
                from = t.since();
                LocalDate ends = t.since().plusDays(t.periodDays() - 1L);
                to = ends.isBefore(today) ? ends : today;
            }
            default -> {
                to = today;
                from = today.minusDays(364);
            }
        }
        Figure actual = figure(t.kind(), t.periodDays(), job, from, to, today);
        Double due = null;
        Status status;
        double target = t.target().doubleValue();
        if (t.kind() == MeasureKind.COMPLETION) {
            status = Status.NOT_MEASURED;
        } else if (actual.value() == null) {
            status = Status.NO_DATA;
        } else if (t.kind() == MeasureKind.HIRES || t.kind() == MeasureKind.CREDENTIALS) {
            long elapsed = ChronoUnit.DAYS.between(t.since(), today) + 1;
            due = target * Math.min(1.0, Math.max(0, elapsed) / (double) t.periodDays());
            boolean over = !t.since().plusDays(t.periodDays()).isAfter(today);
            status = actual.value() >= target ? Status.MET : over ? Status.MISSED : actual.value() >= Math.floor(due) ? Status.ON_TRACK
                    : Status.AT_RISK;
        } else if (t.kind() == MeasureKind.TIME_TO_FILL) {
            status = actual.value() <= target ? Status.ON_TRACK : Status.AT_RISK;
        } else {
            status = actual.value() >= target ? Status.ON_TRACK : Status.AT_RISK;
        }
        List<Improvement> improvements = rows.improvements(t.id()).stream().map(i -> new Improvement(i.id(), i.foundWhere(), i.rootCause(),
                i.change(), i.changedOn(), around(t, job, i.changedOn(), true, today), around(t, job, i.changedOn(), false, today),
                i.recordedBy())).toList();
        return new TargetView(t.id(), t.employerId(), t.collaborativeId(), t.name(), t.source(), t.version(), t.kind(), t.kind().unit(),
                t.target(), t.periodDays(), t.criticalJobId(), t.jobTitle(), t.note(), t.since(), from, to, actual, due, status,
                trend(t, job, today), improvements, detailed ? breakdown(t, job, from, to, today) : Breakdown.NONE);
    }

    /** Where a target falls short: the same figure over the same window by provider, and by program. */
    public record Breakdown(List<Line> byProvider, List<Line> byProgram) {
        static final Breakdown NONE = new Breakdown(List.of(), List.of());
    }

    private Breakdown breakdown(TargetRows.Target t, Facts facts, LocalDate from, LocalDate to, LocalDate today) {
        if (t.kind() == MeasureKind.COMPLETION || t.kind() == MeasureKind.TIME_TO_FILL || t.kind() == MeasureKind.ADVANCEMENT) {
            return Breakdown.NONE;   // these are read from referrals, which all come through the OPSO that made them
        }
        Map<Long, String> names = new HashMap<>();
        if (facts.hires().stream().anyMatch(h -> h.providerId() != null)) {
            providers.list(null).forEach(p -> names.put(p.id(), p.name()));
        }
        List<Line> byProvider = lines(t, facts, from, to, today, h -> h.providerId() == null ? null : String.valueOf(h.providerId()),
                key -> new Line(Long.valueOf(key), names.getOrDefault(Long.valueOf(key), key), null));
        List<Line> byProgram = lines(t, facts, from, to, today, HireFact::program, key -> new Line(null, key, null));
        return new Breakdown(byProvider, byProgram.size() == 1 && byProgram.get(0).label() == null ? List.of() : byProgram);
    }

    /** The figure for each group of hires (a null key: none recorded), the groups with most hires first; {@code named} names a key. */
    private static List<Line> lines(TargetRows.Target t, Facts facts, LocalDate from, LocalDate to, LocalDate today,
                                    java.util.function.Function<HireFact, String> key, java.util.function.Function<String, Line> named) {
        Map<String, List<HireFact>> groups = new java.util.TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        facts.hires().forEach(h -> groups.computeIfAbsent(key.apply(h), k -> new ArrayList<>()).add(h));
        List<Line> lines = new ArrayList<>();
        groups.forEach((k, hires) -> {
            Line name = k == null ? new Line(null, null, null) : named.apply(k);
            lines.add(new Line(name.providerId(), name.label(), figure(t.kind(), t.periodDays(), new Facts(hires, List.of()), from, to,
                    today)));
        });
        lines.sort(Comparator.comparingLong((Line l) -> l.figure().denominator())
                .thenComparingLong(l -> l.figure().numerator()).reversed());
        return lines.stream().filter(l -> l.figure().value() != null).toList();
    }

    /** The measure over the 180 days before a change, or from the change to today. */
    private static Figure around(TargetRows.Target t, Facts facts, LocalDate changedOn, boolean before, LocalDate today) {
        int lag = t.kind() == MeasureKind.RETENTION ? t.periodDays() : 0;
        LocalDate from = before ? changedOn.minusDays(180) : changedOn;
        LocalDate to = before ? changedOn.minusDays(1) : today.minusDays(lag);
        return to.isBefore(from) ? new Figure(null, 0, 0) : figure(t.kind(), t.periodDays(), facts, from, to, today);
    }

    private static List<TrendPoint> trend(TargetRows.Target t, Facts facts, LocalDate today) {
        List<TrendPoint> points = new ArrayList<>();
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        for (int i = TREND_QUARTERS - 1; i >= 0; i--) {
            LocalDate from = quarter.minusMonths(3L * i);
            LocalDate to = from.plusMonths(3).minusDays(1);
            points.add(new TrendPoint(from.getYear() + " Q" + from.get(IsoFields.QUARTER_OF_YEAR),
                    figure(t.kind(), t.periodDays(), facts, from, to.isAfter(today) ? today : to, today)));
        }
        return points;
    }

    /** The figure of one kind of measure over the hires (or referrals hired) in a window. */
    static Figure figure(MeasureKind kind, int periodDays, Facts facts, LocalDate from, LocalDate to, LocalDate today) {
        List<HireFact> hires = facts.hires().stream().filter(h -> !h.hiredOn().isBefore(from) && !h.hiredOn().isAfter(to)).toList();
        List<ReferralFact> hired = facts.referrals().stream()
                .filter(r -> r.hiredOn() != null && !r.hiredOn().isBefore(from) && !r.hiredOn().isAfter(to)).toList();
        return switch (kind) {
            case RETENTION -> {
                Kpis.Retention retention = Kpis.retention(hires, periodDays, today);
                yield new Figure(retention.rate(), retention.retained(), retention.reached());
            }
            case HIRES -> new Figure((double) hires.size(), hires.size(), 1);
            case CREDENTIALS -> {
                long credentialed = hires.stream().filter(HireFact::credentialed).count();
                yield new Figure((double) credentialed, credentialed, 1);
            }
            case TIME_TO_FILL -> {
                List<BigDecimal> days = hired.stream().map(r -> BigDecimal.valueOf(ChronoUnit.DAYS.between(r.referredOn(), r.hiredOn())))
                        .sorted().toList();
                yield days.isEmpty() ? new Figure(null, 0, 0) : new Figure(Kpis.median(days).doubleValue(), 0, days.size());
            }
            case ADVANCEMENT -> {
                long advanced = hired.stream().filter(ReferralFact::advanced).count();
                yield new Figure(hired.isEmpty() ? null : advanced * 100.0 / hired.size(), advanced, hired.size());
            }
            case COMPLETION -> new Figure(null, 0, 0);
        };
    }
}
