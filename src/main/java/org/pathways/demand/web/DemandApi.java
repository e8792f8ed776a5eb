package org.pathways.demand.web;

import java.util.List;

import org.pathways.demand.DemandRollUp;
import org.pathways.demand.DemandSurveys;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.platform.Permissions.CollaborativeManagers;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A collaborative's demand roll-up as the caller may see it: managers every figure, others what passes the confidentiality rule. */
@RestController
@SignedIn
class DemandApi {

    private final DemandRollUp rollUp;
    private final DemandSurveys surveys;

    DemandApi(DemandRollUp rollUp, DemandSurveys surveys) {
        this.rollUp = rollUp;
        this.surveys = surveys;
    }

    record Invitation(long employerId, String employer, String recipient, String status, String link) {
    }

    /**
     * Each invited employer with its private link, for the managing organization to send through its own mail
     * merge; the links are as secret as the answers they open.
     */
    @CollaborativeManagers
    @GetMapping("/api/v1/surveys/{surveyId}/invitations")
    List<Invitation> invitations(@PathVariable long surveyId) {
        return surveys.invitations(surveyId).stream()
                .map(i -> new Invitation(i.employerId(), i.employerName(), i.recipient(), i.status().name(), i.link())).toList();
    }

    /**
     * One row of the roll-up; the figures are null where {@code suppressed} is true, and the reason says why. Nulls
     * are written out here (the API leaves them out elsewhere) so a withheld figure reads as withheld, not as missing.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record DemandRow(String soc, String title, int period, String periodLabel, int months, Long openings, Long growth, Long replacement,
                     Long headCount, int employers, boolean suppressed, String suppressionReason, Double blsImpliedOpenings,
                     String splitSuppressionReason, String headCountSuppressionReason) {
    }

    record Demand(long surveyId, String survey, String status, List<DemandRow> rows) {
    }

    /**
     * The roll-up of the collaborative's newest survey the caller may see (or of {@code survey}), optionally for one
     * period, given by its number (1, 2…) or its label.
     */
    record DisclosureReport(long surveyId, int figuresShown, List<String> isolatable) {
    }

    /**
     * For the managing organization: whether any figure members and partners see of this survey could be worked out
     * from the others (two totals that differ by one employer, a total beside a withheld part). Empty means none.
     */
    @CollaborativeManagers
    @GetMapping("/api/v1/surveys/{surveyId}/disclosure-check")
    DisclosureReport disclosureCheck(@PathVariable long surveyId) {
        List<DemandRollUp.Figure> figures = rollUp.publishedFigures(surveyId);
        return new DisclosureReport(surveyId, (int) figures.stream().filter(DemandRollUp.Figure::shown).count(),
                org.pathways.demand.DisclosureCheck.isolatable(figures));
    }

    @GetMapping("/api/v1/collaboratives/{collaborativeId}/demand")
    Demand demand(@PathVariable long collaborativeId, @RequestParam(required = false) Long survey,
                  @RequestParam(required = false) String period, jakarta.servlet.http.HttpServletResponse response) {
        long started = System.nanoTime();
        long surveyId = survey != null ? survey : rollUp.latestSurveyOf(collaborativeId);
        DemandRollUp.RollUp roll = rollUp.of(surveyId);
        // the roll-up's own time, apart from sign-in checks and writing the answer: what the benchmark compares with psql
        response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "rollup;dur=%.2f", (System.nanoTime() - started) / 1e6));
        if (roll.survey().collaborativeId() != collaborativeId) {
            throw new NotFound("survey", surveyId); // as if it did not exist: another collaborative's surveys are not this one's business
        }
        Integer periodNumber = null;
        if (period != null && !period.isBlank()) {
            periodNumber = roll.survey().periods().stream()
                    .filter(p -> Integer.toString(p.number()).equals(period.strip()) || p.label().equalsIgnoreCase(period.strip()))
                    .map(p -> p.number()).findFirst()
                    .orElseThrow(() -> new InvalidInput("period", "api.unknownPeriod", period));
        }
        Integer only = periodNumber;
        List<DemandRow> rows = roll.cells().stream().filter(c -> only == null || c.period() == only)
                .map(c -> new DemandRow(c.socCode(), c.socTitle(), c.period(), c.periodLabel(), c.months(), c.openings(), c.growth(),
                        c.replacement(), c.headCount(), c.employers(), c.suppressed(), c.suppression() == null ? null : c.suppression().name(),
                        c.comparison() == null ? null : Math.round(c.comparison().impliedOpenings() * 10) / 10.0,
                        c.splitSuppression() == null ? null : c.splitSuppression().name(),
                        c.headCountSuppression() == null ? null : c.headCountSuppression().name()))
                .toList();
        return new Demand(surveyId, roll.survey().title(), roll.survey().status().name(), rows);
    }
}
