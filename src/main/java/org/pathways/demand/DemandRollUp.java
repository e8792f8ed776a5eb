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
    private final ReferenceData referenceData;

    DemandRollUp(JdbcClient jdbc, DemandSurveys surveys, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.referenceData = referenceData;
    }

    /**
     * The roll-up SQL: one row per occupation and period over submitted answers, with what the confidentiality
     * rule needs (how many employers, the largest single contribution), and one row per occupation (period null)
     * with how many employers reported openings in any period, for the verdict. Kept as one constant so the
     * benchmark runs the very same statement in psql.
     */
    public static final String ROLL_UP_SQL = """
            select o.soc_code, o.period_no, count(*) as employers,
                   sum(o.growth) as growth, sum(o.replacement) as replacement, sum(o.growth + o.replacement) as openings,
                   max(o.growth + o.replacement)::bigint as largest_openings,
                   count(distinct i.employer_id) filter (where o.growth + o.replacement > 0) as employers_with_openings,
                   sum(a.head_count) as head_count, max(a.head_count)::bigint as largest_head_count,
                   count(*) filter (where a.hard_to_fill) as hard_to_fill
            from demand_opening o
            join demand_invitation i on i.id = o.invitation_id
            left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
            where i.survey_id = ? and i.status = 'SUBMITTED'
            group by grouping sets ((o.soc_code, o.period_no), (o.soc_code))
            order by o.soc_code, o.period_no nulls first""";

    /** One row of that statement, before anything is withheld. */
    private record Row(String soc, Integer period, int employers, long growth, long replacement, long openings, long largestOpenings,
                       int employersWithOpenings, Long headCount, Long largestHeadCount, int hardToFill) {
    }

    /** The roll-up of one survey; figures the person may not see are withheld with the reason. */
    public RollUp of(long surveyId) {
        DemandSurveys.Loaded loaded = surveys.load(surveyId);
        DemandSurveys.SurveyView survey = loaded.survey();
        CollaborativeView collaborative = loaded.collaborative();
        boolean manager = survey.managed();
        boolean visible = manager ? survey.status() != DemandSurveys.Status.DRAFT : survey.status() == DemandSurveys.Status.CLOSED;
        if (!visible) {
            return new RollUp(survey, false, List.of(), List.of(), collaborative.confidentiality());
        }
        Map<Integer, DemandSurveys.Period> periods = new LinkedHashMap<>();
        survey.periods().forEach(p -> periods.put(p.number(), p));
        Map<String, String> titles = new LinkedHashMap<>();
        survey.jobs().forEach(j -> titles.put(j.socCode(), j.socTitle()));
        List<Row> rows = jdbc.sql(ROLL_UP_SQL).param(surveyId)
                .query((rs, n) -> new Row(rs.getString("soc_code"), rs.getObject("period_no", Integer.class), rs.getInt("employers"),
                        rs.getLong("growth"), rs.getLong("replacement"), rs.getLong("openings"), rs.getLong("largest_openings"),
                        rs.getInt("employers_with_openings"), rs.getObject("head_count", Long.class), rs.getObject("largest_head_count", Long.class),
                        rs.getInt("hard_to_fill")))
                .list();
        if (rows.isEmpty()) {
            return new RollUp(survey, true, List.of(), verdicts(titles, collaborative, manager, List.of(), List.of()), collaborative.confidentiality());
        }
        Map<String, ReferenceData.OccupationFacts> facts = referenceData.facts(titles.keySet());
        Collaboratives.Confidentiality rule = collaborative.confidentiality();
        List<Row> cellRows = rows.stream().filter(r -> r.period() != null).toList();
        List<Cell> cells = new ArrayList<>();
        for (Row row : cellRows) {
            DemandSurveys.Period period = periods.get(row.period());
            Suppression suppression = manager ? null
                    : suppression(rule, row.employers(), row.openings(), row.largestOpenings(), row.headCount(), row.largestHeadCount());
            boolean shown = suppression == null;
            cells.add(new Cell(row.soc(), titles.getOrDefault(row.soc(), row.soc()), period.number(), period.label(), period.months(),
                    row.employers(), shown ? row.openings() : null, shown ? row.growth() : null, shown ? row.replacement() : null,
                    shown ? row.headCount() : null, shown && row.hardToFill() * 2 > row.employers(), suppression,
                    shown ? comparison(facts.get(row.soc()), row.headCount(), row.openings(), period.months()) : null));
        }
        return new RollUp(survey, true, cells, verdicts(titles, collaborative, manager, rows, cells), rule);
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

    /** The verdict per occupation, from the statement's rows: openings in all, employers with openings, periods with openings. */
    private static List<Verdict> verdicts(Map<String, String> titles, CollaborativeView collaborative, boolean manager, List<Row> rows,
                                          List<Cell> cells) {
        Collaboratives.NeedThresholds need = collaborative.need();
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, String> job : titles.entrySet()) {
            String soc = job.getKey();
            long openings = rows.stream().filter(r -> r.soc().equals(soc) && r.period() == null).mapToLong(Row::openings).sum();
            int employers = rows.stream().filter(r -> r.soc().equals(soc) && r.period() == null).mapToInt(Row::employersWithOpenings).sum();
            int periods = (int) rows.stream().filter(r -> r.soc().equals(soc) && r.period() != null && r.openings() > 0).count();
            boolean enoughOpenings = openings >= need.minOpenings();
            boolean enoughEmployers = employers >= need.minEmployers();
            boolean enoughPeriods = periods >= need.minPeriods();
            // the verdict itself is coarse enough to share; its numbers are not, where any of the job's figures is withheld
            boolean withheld = !manager && cells.stream().anyMatch(c -> c.socCode().equals(soc) && c.suppressed());
            verdicts.add(new Verdict(soc, job.getValue(), enoughOpenings && enoughEmployers && enoughPeriods, withheld ? null : openings,
                    enoughOpenings, withheld ? null : employers, enoughEmployers, withheld ? null : periods, enoughPeriods, withheld, need));
        }
        return verdicts;
    }

    /**
     * The survey a collaborative's demand API answers for when none is named: for its managers the newest open or
     * closed one, for everyone else the newest closed one.
     */
    public long latestSurveyOf(long collaborativeId) {
        return jdbc.sql("""
                        select s.id from demand_survey s join collaborative c on c.id = s.collaborative_id
                        where c.id = :id and """ + Collaboratives.VISIBLE_TO_ORGANIZATION + """
                          and (s.status = 'CLOSED' or (s.status = 'OPEN' and c.organization_id = :org))
                        order by s.created_at desc, s.id desc limit 1""")
                .param("id", collaborativeId).param("org", PathwaysUser.current().organizationId()).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("survey", "latest of " + collaborativeId));
    }
}
