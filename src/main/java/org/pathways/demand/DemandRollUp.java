package org.pathways.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceData;
import org.pathways.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's answers rolled up per occupation and period, as the person may see them. The managing organization
 * sees every figure of an open or closed survey. Partners and member employers see a closed survey only (totals
 * that move while answers come in would show each new answer by difference), and each figure only when the
 * collaborative's confidentiality rule lets it through.
 */
@Service
@Transactional(readOnly = true)
public class DemandRollUp {

    /** Why a figure is withheld from someone who is not the managing organization. */
    public enum Suppression { TOO_FEW_EMPLOYERS, ONE_EMPLOYER_DOMINATES }

    /** What BLS's national openings rate implies for the reported head count over the period. */
    public record Comparison(double impliedOpenings, Double impliedGrowth, long difference, double ratePerYear, String vintage) {
    }

    /**
     * One occupation in one period. The people employed are the occupation's, counted once over every employer that
     * gave them (not over those who gave openings for this period: two periods' totals would then differ by one
     * employer's head count). The split into new and replacement positions is withheld on its own when one employer
     * supplies most of either part.
     */
    public record Cell(String socCode, String socTitle, int period, String periodLabel, int months, int employers, Long openings, Long growth,
                       Long replacement, Long headCount, boolean hardToFillMajority, Suppression suppression, Comparison comparison,
                       Suppression splitSuppression, Suppression headCountSuppression) {

        public boolean suppressed() {
            return suppression != null;
        }
    }

    /**
     * "Sufficient and consistent need" for one occupation, with each test and its threshold. Where any figure of the
     * occupation is withheld from the person, the verdict and its tests are withheld too: each of them bounds the hidden total.
     */
    public record Verdict(String socCode, String socTitle, Boolean sufficient, Long openings, Boolean enoughOpenings, Integer employersWithOpenings,
                          Boolean enoughEmployers, Integer periodsWithOpenings, Boolean enoughPeriods, boolean figuresWithheld,
                          Collaboratives.NeedThresholds thresholds) {
    }

    public record RollUp(DemandSurveys.SurveyView survey, boolean visible, List<Cell> cells, List<Verdict> verdicts,
                         Collaboratives.Confidentiality rule) {
    }

    /**
     * A number shown to members and partners, with the employers whose answers make it up: what {@link DisclosureCheck}
     * needs to find two figures that differ by one employer. The measure names what the number totals ("headCount
     * 29-1141", "openings 29-1141 1"...); figures of the same measure are totals of the same answers.
     */
    public record Figure(String measure, java.util.Set<Long> employers, boolean shown) {
    }

    private final JdbcClient jdbc;
    private final DemandSurveys surveys;
    private final ReferenceData referenceData;

    DemandRollUp(JdbcClient jdbc, DemandSurveys surveys, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.referenceData = referenceData;
    }

    /**
     * The roll-up SQL: each submitted employer's openings per occupation and period (with its head count and hard-to-fill
     * answer), then each submitted employer's head count per occupation (period null). The totals are added up in Java,
     * where each published figure keeps who contributed to it for the confidentiality rule and the disclosure check.
     * Kept as one constant so the benchmark runs the very same statement in psql.
     */
    public static final String ROLL_UP_SQL = """
            select i.employer_id, o.soc_code, o.period_no, o.growth, o.replacement, a.hard_to_fill, null::integer as head_count
            from demand_opening o
            join demand_invitation i on i.id = o.invitation_id
            left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
            where i.survey_id = ? and i.status = 'SUBMITTED'
            union all
            select i.employer_id, a.soc_code, null, null, null, null, a.head_count
            from demand_answer a
            join demand_invitation i on i.id = a.invitation_id
            where i.survey_id = ? and i.status = 'SUBMITTED' and a.head_count is not null""";

    /** One employer's answer for one occupation: openings in one period, or (period null) the people in the job now. */
    private record Contribution(long employerId, String soc, Integer period, long growth, long replacement, boolean hardToFill, Long headCount) {
    }

    /** A total over some employers' contributions, with what the confidentiality rule needs. */
    private static final class Total {
        final java.util.Set<Long> employers = new java.util.TreeSet<>();
        long sum;
        long largest;

        void add(long employer, long value) {
            employers.add(employer);
            sum += value;
            largest = Math.max(largest, value);
        }
    }

    /** The roll-up of one survey; figures the person may not see are withheld with the reason. */
    public RollUp of(long surveyId) {
        DemandSurveys.Loaded loaded = surveys.load(surveyId);
        boolean manager = loaded.survey().managed();
        return compute(loaded, manager, null);
    }

    /**
     * Every figure of a closed survey's roll-up as members and partners see it, with its contributors: for checking
     * that none can be worked out from the others. Managers only (it names employers by id).
     */
    public List<Figure> publishedFigures(long surveyId) {
        DemandSurveys.Loaded loaded = surveys.load(surveyId);
        if (!loaded.survey().managed()) {
            throw new NotFound("survey", surveyId);
        }
        List<Figure> figures = new ArrayList<>();
        compute(loaded, false, figures);
        return figures;
    }

    private RollUp compute(DemandSurveys.Loaded loaded, boolean manager, List<Figure> published) {
        DemandSurveys.SurveyView survey = loaded.survey();
        CollaborativeView collaborative = loaded.collaborative();
        boolean visible = manager ? survey.status() != DemandSurveys.Status.DRAFT : survey.status() == DemandSurveys.Status.CLOSED;
        if (!visible && published == null) {
            return new RollUp(survey, false, List.of(), List.of(), collaborative.confidentiality());
        }
        Map<Integer, DemandSurveys.Period> periods = new LinkedHashMap<>();
        survey.periods().forEach(p -> periods.put(p.number(), p));
        Map<String, String> titles = new LinkedHashMap<>();
        survey.jobs().forEach(j -> titles.put(j.socCode(), j.socTitle()));
        List<Contribution> contributions = jdbc.sql(ROLL_UP_SQL).params(survey.id(), survey.id())
                .query((rs, n) -> new Contribution(rs.getLong("employer_id"), rs.getString("soc_code"), rs.getObject("period_no", Integer.class),
                        rs.getLong("growth"), rs.getLong("replacement"), rs.getBoolean("hard_to_fill"),
                        rs.getObject("head_count") == null ? null : rs.getLong("head_count")))
                .list();
        Collaboratives.Confidentiality rule = collaborative.confidentiality();

        // the totals: per occupation and period (openings and their split), per occupation (head count, openings in all)
        Map<String, Total> headCounts = new LinkedHashMap<>();
        Map<String, Map<Integer, Total[]>> byPeriod = new java.util.TreeMap<>();
        Map<String, Map<Integer, Integer>> hardToFill = new LinkedHashMap<>();
        Map<String, java.util.Set<Long>> withOpenings = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            if (c.period() == null) {
                headCounts.computeIfAbsent(c.soc(), k -> new Total()).add(c.employerId(), c.headCount());
                continue;
            }
            Total[] totals = byPeriod.computeIfAbsent(c.soc(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(c.period(), k -> new Total[] {new Total(), new Total(), new Total()});
            totals[0].add(c.employerId(), c.growth() + c.replacement());
            totals[1].add(c.employerId(), c.growth());
            totals[2].add(c.employerId(), c.replacement());
            if (c.growth() + c.replacement() > 0) {
                withOpenings.computeIfAbsent(c.soc(), k -> new java.util.TreeSet<>()).add(c.employerId());
            }
            if (c.hardToFill()) {
                hardToFill.computeIfAbsent(c.soc(), k -> new LinkedHashMap<>()).merge(c.period(), 1, Integer::sum);
            }
        }
        Map<String, ReferenceData.OccupationFacts> facts = byPeriod.isEmpty() ? Map.of() : referenceData.facts(titles.keySet());
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Total[]>> job : byPeriod.entrySet()) {
            String soc = job.getKey();
            Total heads = headCounts.get(soc);
            Suppression headSuppression = manager || heads == null ? null : suppression(rule, heads);
            Long headCount = heads == null || headSuppression != null ? null : heads.sum;
            if (published != null && heads != null) {
                published.add(new Figure("headCount " + soc, heads.employers, headSuppression == null));
            }
            for (Map.Entry<Integer, Total[]> cell : job.getValue().entrySet()) {
                DemandSurveys.Period period = periods.get(cell.getKey());
                Total openings = cell.getValue()[0];
                Total growth = cell.getValue()[1];
                Total replacement = cell.getValue()[2];
                Suppression suppression = manager ? null : suppression(rule, openings);
                Suppression split = manager || suppression != null ? null
                        : dominates(rule, growth) || dominates(rule, replacement) ? Suppression.ONE_EMPLOYER_DOMINATES : null;
                boolean shown = suppression == null;
                boolean splitShown = shown && split == null;
                if (published != null) {
                    published.add(new Figure("openings " + soc + " " + period.number(), openings.employers, shown));
                    published.add(new Figure("growth " + soc + " " + period.number(), growth.employers, splitShown));
                    published.add(new Figure("replacement " + soc + " " + period.number(), replacement.employers, splitShown));
                }
                int hard = hardToFill.getOrDefault(soc, Map.of()).getOrDefault(period.number(), 0);
                cells.add(new Cell(soc, titles.getOrDefault(soc, soc), period.number(), period.label(), period.months(),
                        openings.employers.size(), shown ? openings.sum : null, splitShown ? growth.sum : null, splitShown ? replacement.sum : null,
                        shown ? headCount : null, shown && hard * 2 > openings.employers.size(), suppression,
                        shown && headCount != null ? comparison(facts.get(soc), headCount, openings.sum, period.months()) : null,
                        split, shown ? headSuppression : null));
            }
        }
        List<Verdict> verdicts = verdicts(titles, collaborative, manager, byPeriod, withOpenings, cells, published);
        return new RollUp(survey, visible, visible ? cells : List.of(), visible ? verdicts : List.of(), rule);
    }

    /**
     * The federal rule: at least N contributors, and no one contributor above P% of the total; a zero total reveals
     * nothing by share.
     */
    private static Suppression suppression(Collaboratives.Confidentiality rule, Total total) {
        return suppression(rule, total.employers.size(), total.sum, total.largest);
    }

    /** The rule for one figure: how many employers it totals, the total, and the largest single contribution. */
    static Suppression suppression(Collaboratives.Confidentiality rule, int employers, long total, long largest) {
        if (employers < rule.minContributors()) {
            return Suppression.TOO_FEW_EMPLOYERS;
        }
        return total > 0 && largest * 100 > (long) rule.maxSharePercent() * total ? Suppression.ONE_EMPLOYER_DOMINATES : null;
    }

    private static boolean dominates(Collaboratives.Confidentiality rule, Total total) {
        return suppression(rule, Integer.MAX_VALUE, total.sum, total.largest) != null;
    }

    static Comparison comparison(ReferenceData.OccupationFacts facts, Long headCount, long reported, int months) {
        if (facts == null || headCount == null || headCount == 0 || facts.openingsRate() == null) {
            return null;
        }
        double years = months / 12.0;
        double implied = headCount * facts.openingsRate() * years;
        Double growth = facts.growthRate() == null ? null : headCount * facts.growthRate() * years;
        return new Comparison(implied, growth, Math.round(reported - implied), facts.openingsRate(), facts.projectionsVintage());
    }

    /** The verdict per occupation: openings in all, employers with openings, periods with openings. */
    private static List<Verdict> verdicts(Map<String, String> titles, CollaborativeView collaborative, boolean manager,
                                          Map<String, Map<Integer, Total[]>> byPeriod, Map<String, java.util.Set<Long>> withOpenings,
                                          List<Cell> cells, List<Figure> published) {
        Collaboratives.NeedThresholds need = collaborative.need();
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, String> job : titles.entrySet()) {
            String soc = job.getKey();
            Map<Integer, Total[]> periods = byPeriod.getOrDefault(soc, Map.of());
            long openings = periods.values().stream().mapToLong(t -> t[0].sum).sum();
            java.util.Set<Long> contributors = new java.util.TreeSet<>();
            periods.values().forEach(t -> contributors.addAll(t[0].employers));
            int employers = withOpenings.getOrDefault(soc, java.util.Set.of()).size();
            int periodsWithOpenings = (int) periods.values().stream().filter(t -> t[0].sum > 0).count();
            boolean withheld = !manager && cells.stream().anyMatch(c -> c.socCode().equals(soc) && c.suppressed());
            if (published != null && !periods.isEmpty()) {
                published.add(new Figure("openings " + soc + " all periods", contributors, !withheld));
            }
            if (withheld) {
                verdicts.add(new Verdict(soc, job.getValue(), null, null, null, null, null, null, null, true, need));
                continue;
            }
            boolean enoughOpenings = openings >= need.minOpenings();
            boolean enoughEmployers = employers >= need.minEmployers();
            boolean enoughPeriods = periodsWithOpenings >= need.minPeriods();
            verdicts.add(new Verdict(soc, job.getValue(), enoughOpenings && enoughEmployers && enoughPeriods, openings, enoughOpenings, employers,
                    enoughEmployers, periodsWithOpenings, enoughPeriods, false, need));
        }
        return verdicts;
    }

    /**
     * The survey a collaborative's demand API answers for when none is named: for its managers the newest open or
     * closed one, for everyone else the newest closed one.
     */
    public long latestSurveyOf(long collaborativeId) {
        return latestVisibleSurvey(collaborativeId).orElseThrow(() -> new NotFound("survey", "latest of " + collaborativeId));
    }

    /**
     * The same, or empty when there is none: for a caller that goes on without one (a refusal inside a transaction the
     * caller keeps would mark it for rollback).
     */
    public java.util.Optional<Long> latestVisibleSurvey(long collaborativeId) {
        return jdbc.sql("""
                        select s.id from demand_survey s
                        where s.collaborative_id = :id
                          and exists (select 1 from collaborative_visibility v where v.collaborative_id = s.collaborative_id and v.organization_id = :org
                                      and (s.status = 'CLOSED' or (s.status = 'OPEN' and v.relation = 'MANAGER')))
                        order by s.created_at desc, s.id desc limit 1""")
                .param("id", collaborativeId).param("org", PathwaysUser.current().organizationId()).query(Long.class).optional();
    }
}
