package org.pathways.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
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

    public record Cell(String socCode, String socTitle, int period, String periodLabel, int months, int employers, Long openings, Long growth,
                       Long replacement, Long headCount, boolean hardToFillMajority, Suppression suppression, Comparison comparison) {

        public boolean suppressed() {
            return suppression != null;
        }
    }

    /** "Sufficient and consistent need" for one occupation, with each test and its threshold. */
    public record Verdict(String socCode, String socTitle, boolean sufficient, Long openings, boolean enoughOpenings, Integer employersWithOpenings,
                          boolean enoughEmployers, Integer periodsWithOpenings, boolean enoughPeriods, boolean figuresWithheld,
                          Collaboratives.NeedThresholds thresholds) {
    }

    public record RollUp(DemandSurveys.SurveyView survey, boolean visible, List<Cell> cells, List<Verdict> verdicts,
                         Collaboratives.Confidentiality rule) {
    }

    private final JdbcClient jdbc;
    private final DemandSurveys surveys;
    private final Collaboratives collaboratives;
    private final ReferenceData referenceData;

    DemandRollUp(JdbcClient jdbc, DemandSurveys surveys, Collaboratives collaboratives, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.collaboratives = collaboratives;
        this.referenceData = referenceData;
    }

    /**
     * The roll-up SQL: one row per occupation and period over submitted answers, with what the confidentiality
     * rule needs (how many employers, the largest single contribution). Kept as one constant so the benchmark runs
     * the very same statement in psql.
     */
    public static final String ROLL_UP_SQL = """
            select o.soc_code, o.period_no, count(*) as employers,
                   sum(o.growth) as growth, sum(o.replacement) as replacement, sum(o.growth + o.replacement) as openings,
                   max(o.growth + o.replacement)::bigint as largest_openings,
                   count(*) filter (where o.growth + o.replacement > 0) as employers_with_openings,
                   sum(a.head_count) as head_count, max(a.head_count)::bigint as largest_head_count,
                   count(*) filter (where a.hard_to_fill) as hard_to_fill
            from demand_opening o
            join demand_invitation i on i.id = o.invitation_id
            left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
            where i.survey_id = ? and i.status = 'SUBMITTED'
            group by o.soc_code, o.period_no
            order by o.soc_code, o.period_no""";

    /** The roll-up of one survey; figures the person may not see are withheld with the reason. */
    public RollUp of(long surveyId) {
        DemandSurveys.SurveyView survey = surveys.get(surveyId);
        CollaborativeView collaborative = collaboratives.get(survey.collaborativeId());
        boolean manager = survey.managed();
        boolean visible = manager ? survey.status() != DemandSurveys.Status.DRAFT : survey.status() == DemandSurveys.Status.CLOSED;
        if (!visible) {
            return new RollUp(survey, false, List.of(), List.of(), collaborative.confidentiality());
        }
        Map<Integer, DemandSurveys.Period> periods = new LinkedHashMap<>();
        survey.periods().forEach(p -> periods.put(p.number(), p));
        Map<String, String> titles = new LinkedHashMap<>();
        survey.jobs().forEach(j -> titles.put(j.socCode(), j.socTitle()));
        Map<String, ReferenceData.OccupationFacts> facts = referenceData.facts(titles.keySet());
        Collaboratives.Confidentiality rule = collaborative.confidentiality();
        List<Cell> cells = jdbc.sql(ROLL_UP_SQL).param(surveyId).query((rs, n) -> {
            String soc = rs.getString("soc_code");
            DemandSurveys.Period period = periods.get(rs.getInt("period_no"));
            int employers = rs.getInt("employers");
            long openings = rs.getLong("openings");
            Long headCount = rs.getObject("head_count", Long.class);
            Suppression suppression = manager ? null : suppression(rule, employers, openings, rs.getLong("largest_openings"), headCount,
                    rs.getObject("largest_head_count", Long.class));
            Comparison comparison = suppression == null ? comparison(facts.get(soc), headCount, openings, period.months()) : null;
            boolean shown = suppression == null;
            return new Cell(soc, titles.getOrDefault(soc, soc), period.number(), period.label(), period.months(), employers,
                    shown ? openings : null, shown ? rs.getLong("growth") : null, shown ? rs.getLong("replacement") : null,
                    shown ? headCount : null, shown && rs.getInt("hard_to_fill") * 2 > employers, suppression, comparison);
        }).list();
        return new RollUp(survey, true, cells, verdicts(surveyId, titles, collaborative, manager, cells), rule);
    }

    /**
     * The federal rule: at least N contributors, and no one contributor above P% of the total. Applied to the
     * openings and to the head count of the cell; a zero total reveals nothing by share.
     */
    static Suppression suppression(Collaboratives.Confidentiality rule, int employers, long openings, long largestOpenings, Long headCount,
                                   Long largestHeadCount) {
        if (employers < rule.minContributors()) {
            return Suppression.TOO_FEW_EMPLOYERS;
        }
        if (dominates(rule, openings, largestOpenings) || (headCount != null && largestHeadCount != null && dominates(rule, headCount, largestHeadCount))) {
            return Suppression.ONE_EMPLOYER_DOMINATES;
        }
        return null;
    }

    private static boolean dominates(Collaboratives.Confidentiality rule, long total, long largest) {
        return total > 0 && largest * 100 > (long) rule.maxSharePercent() * total;
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

    private List<Verdict> verdicts(long surveyId, Map<String, String> titles, CollaborativeView collaborative, boolean manager, List<Cell> cells) {
        Collaboratives.NeedThresholds need = collaborative.need();
        Map<String, Integer> employersWithOpenings = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.soc_code, count(distinct i.employer_id) from demand_opening o join demand_invitation i on i.id = o.invitation_id
                        where i.survey_id = ? and i.status = 'SUBMITTED' and o.growth + o.replacement > 0 group by o.soc_code""")
                .param(surveyId).query((rs, n) -> employersWithOpenings.put(rs.getString(1), rs.getInt(2))).list();
        Map<String, long[]> totals = new LinkedHashMap<>();   // openings, periods with openings, any withheld
        Map<String, long[]> raw = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.soc_code, o.period_no, sum(o.growth + o.replacement) from demand_opening o
                        join demand_invitation i on i.id = o.invitation_id where i.survey_id = ? and i.status = 'SUBMITTED' group by 1, 2""")
                .param(surveyId).query((rs, n) -> {
                    long[] t = raw.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    t[0] += rs.getLong(3);
                    t[1] += rs.getLong(3) > 0 ? 1 : 0;
                    return null;
                }).list();
        cells.forEach(c -> totals.computeIfAbsent(c.socCode(), k -> new long[1])[0] |= c.suppressed() ? 1 : 0);
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, String> job : titles.entrySet()) {
            long[] t = raw.getOrDefault(job.getKey(), new long[2]);
            int employers = employersWithOpenings.getOrDefault(job.getKey(), 0);
            boolean enoughOpenings = t[0] >= need.minOpenings();
            boolean enoughEmployers = employers >= need.minEmployers();
            boolean enoughPeriods = t[1] >= need.minPeriods();
            // the verdict itself is coarse enough to share; its numbers are not, where any of the job's figures is withheld
            boolean withheld = !manager && totals.getOrDefault(job.getKey(), new long[] {0})[0] == 1;
            verdicts.add(new Verdict(job.getKey(), job.getValue(), enoughOpenings && enoughEmployers && enoughPeriods, withheld ? null : t[0],
                    enoughOpenings, withheld ? null : employers, enoughEmployers, withheld ? null : (int) t[1], enoughPeriods, withheld, need));
        }
        return verdicts;
    }

    /**
     * The survey a collaborative's demand API answers for when none is named: for its managers the newest open or
     * closed one, for everyone else the newest closed one.
     */
    public long latestSurveyOf(long collaborativeId) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        String statuses = collaborative.relation() == Collaboratives.Relation.MANAGER ? "'OPEN', 'CLOSED'" : "'CLOSED'";
        return jdbc.sql("select id from demand_survey where collaborative_id = ? and status in (" + statuses + ") order by created_at desc, id desc limit 1")
                .param(collaborativeId).query(Long.class).optional().orElseThrow(() -> new NotFound("survey", "latest of " + collaborativeId));
    }
}
