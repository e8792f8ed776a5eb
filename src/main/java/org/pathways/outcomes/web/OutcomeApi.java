package org.pathways.outcomes.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pathways.outcomes.Costs;
import org.pathways.outcomes.Kpis;
import org.pathways.outcomes.Kpis.KpiQuery;
import org.pathways.outcomes.Kpis.Scope;
import org.pathways.outcomes.OutcomeReports;
import org.pathways.outcomes.ProgramExits;
import org.pathways.outcomes.Targets;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** KPIs, targets, costs and reports for scripts, with the pages' rules. */
@RestController
@Members
class OutcomeApi {

    private final Kpis kpis;
    private final Targets targets;
    private final Costs costs;
    private final OutcomeReports reports;
    private final ProgramExits exits;

    OutcomeApi(Kpis kpis, Targets targets, Costs costs, OutcomeReports reports, ProgramExits exits) {
        this.exits = exits;
        this.kpis = kpis;
        this.targets = targets;
        this.costs = costs;
        this.reports = reports;
    }

    /** The KPI table of a scope and period (the last twelve months when not given); withheld figures are nulls with the reason. */
    @GetMapping("/api/v1/outcomes/kpis")
    Kpis.KpiTable kpis(@RequestParam(required = false) Scope scope, @RequestParam(required = false) Long id,
                       @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                       @RequestParam(required = false) Long criticalJobId) {
        return kpis.table(new KpiQuery(scope, id, from, to, criticalJobId));
    }

    /** The targets the organization tracks (or that concern its own employer organization), those needing attention first. */
    @GetMapping("/api/v1/outcomes/targets")
    List<Targets.TargetView> targets(@RequestParam(required = false) Long employerId,
                                     @RequestParam(required = false) Long collaborativeId) {
        return targets.list(employerId, collaborativeId);
    }

    @GetMapping("/api/v1/outcomes/targets/{targetId}")
    Targets.TargetView target(@PathVariable long targetId) {
        return targets.get(targetId);
    }

    @Editors
    @PostMapping("/api/v1/outcomes/targets")
    ResponseEntity<Targets.TargetView> addTarget(@Valid @RequestBody Targets.TargetInput body) {
        long id = targets.add(body);
        return ResponseEntity.created(URI.create("/api/v1/outcomes/targets/" + id)).body(targets.get(id));
    }

    @Editors
    @DeleteMapping("/api/v1/outcomes/targets/{targetId}")
    ResponseEntity<Void> removeTarget(@PathVariable long targetId) {
        targets.removeOwn(targetId);
        return ResponseEntity.noContent().build();
    }

    /** A root cause and the change agreed for a target; the measure before and after the change comes back with the target. */
    @Editors
    @PostMapping("/api/v1/outcomes/targets/{targetId}/improvements")
    ResponseEntity<Targets.TargetView> logImprovement(@PathVariable long targetId, @Valid @RequestBody Targets.ImprovementInput body) {
        targets.logImprovement(targetId, body);
        return ResponseEntity.created(URI.create("/api/v1/outcomes/targets/" + targetId)).body(targets.get(targetId));
    }

    @GetMapping("/api/v1/outcomes/employers/{employerId}/costs")
    Costs.CostsView costs(@PathVariable long employerId) {
        return costs.of(employerId);
    }

    @Editors
    @PutMapping("/api/v1/outcomes/employers/{employerId}/baselines")
    Costs.CostsView saveBaseline(@PathVariable long employerId, @Valid @RequestBody Costs.BaselineInput body) {
        costs.saveBaseline(employerId, body);
        return costs.of(employerId);
    }

    @Editors
    @PostMapping("/api/v1/outcomes/employers/{employerId}/investments")
    ResponseEntity<Costs.CostsView> addInvestment(@PathVariable long employerId, @Valid @RequestBody Costs.InvestmentInput body) {
        costs.addInvestment(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/outcomes/employers/" + employerId + "/costs")).body(costs.of(employerId));
    }

    /**
     * A report: {@code partnership} (PDF, DOCX, or HTML for print), {@code kpis} and {@code targets} (CSV), {@code hires} (CSV,
     * one line per hire with its outcome, streamed; never the person).
     */
    @GetMapping({"/api/v1/outcomes/reports/partnership", "/api/v1/outcomes/reports/kpis", "/api/v1/outcomes/reports/targets",
            "/api/v1/outcomes/reports/hires"})
    ResponseEntity<StreamingResponseBody> report(HttpServletRequest request, @RequestParam(required = false) Scope scope,
                                                 @RequestParam(required = false) Long id, @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to,
                                                         @RequestParam(required = false) Long criticalJobId,
                                                 @RequestParam(required = false) OutcomeReports.Format format, Locale locale) {
        return reports.respond(OutcomeReports.Kind.named(request.getRequestURI()), new KpiQuery(scope, id, from, to, criticalJobId), format,
                locale);
    }

    /** The OPSO's program exits in a period (the last two years when not given): employed in the 2nd and 4th quarters after. */
    @GetMapping("/api/v1/outcomes/program-exits")
    ProgramExits.ExitMeasures programExits(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return exits.measures(from, to);
    }

    /** The same, a line per participant who left, for the OPSO's staff (recorded in the audit log). */
    @GetMapping("/api/v1/outcomes/program-exits/lines")
    List<ProgramExits.ExitLine> programExitLines(@RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to) {
        return exits.lines(from, to);
    }
}
