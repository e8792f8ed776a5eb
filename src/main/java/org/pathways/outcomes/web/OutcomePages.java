package org.pathways.outcomes.web;

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
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.shared.InvalidInput;
import org.pathways.talentflow.Hires;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcomes dashboard of a collaborative, an OPSO, a provider or an employer profile; an employer profile's outcomes
 * with its targets and costs; one target with its trend and improvement log; and the reports.
 */
@Controller
@Members
class OutcomePages {

    private final Kpis kpis;
    private final Targets targets;
    private final Costs costs;
    private final OutcomeReports reports;
    private final Hires hires;
    private final DashboardParts parts;
    private final ProgramExits exits;

    OutcomePages(Kpis kpis, Targets targets, Costs costs, OutcomeReports reports, Hires hires, DashboardParts parts,
                 ProgramExits exits) {
        this.exits = exits;
        this.kpis = kpis;
        this.targets = targets;
        this.costs = costs;
        this.reports = reports;
        this.hires = hires;
        this.parts = parts;
    }

    @GetMapping("/outcomes")
    String dashboard(@RequestParam(required = false) Scope scope, @RequestParam(required = false) Long id,
                     @RequestParam(required = false) String choice, @RequestParam(required = false) LocalDate from,
                     @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long criticalJobId, Model model) {
        List<DashboardParts.Choice> choices = parts.choices();
        // the chooser sends "SCOPE:id"; one that is not one of the person's choices is not a choice, and the first one is shown
        DashboardParts.Choice chosen = choices.stream().filter(c -> (c.scope() + ":" + c.id()).equals(choice)).findFirst().orElse(null);
        if (chosen != null) {
            scope = chosen.scope();
            id = chosen.id();
        }
        model.addAttribute("choices", choices);
        model.addAttribute("attention", targets.list(null).stream().filter(Targets.TargetView::needsAttention).limit(8).toList());
        if (scope == null && !choices.isEmpty()) {
            scope = choices.get(0).scope();
            id = choices.get(0).id();
        }
        if (scope != null) {
            KpiQuery query = new KpiQuery(scope, id, from, to, criticalJobId);
            Kpis.KpiTable table;
            try {
                table = kpis.table(query);
            } catch (InvalidInput invalid) {
                model.addAttribute("problem", invalid.messageKey());
                model.addAttribute("problemArguments", invalid.arguments());
                table = kpis.table(new KpiQuery(scope, id, null, null, null));
            }
            model.addAttribute("table", table);
            model.addAttribute("presets", DashboardParts.presets(table, LocalDate.now()));
            if (table.scope() == Scope.COLLABORATIVE && table.full()) {
                // the manager's own targets for the whole collaborative, with the form to add one
                model.addAttribute("collaborativeTargets", targets.list(null, table.id()));
                model.addAttribute("kinds", org.pathways.engagement.ValuePropositions.MeasureKind.values());
                if (!model.containsAttribute("targetForm")) {
                    model.addAttribute("targetForm", new Targets.TargetInput(null, table.id(), null, null, null, null, null));
                }
            }
            if (table.scope() == Scope.OPSO) {
                model.addAttribute("exits", exits.measures(null, null));
            }
            model.addAllAttributes(parts.charts(table));
        }
        return "outcomes/dashboard";
    }

    @GetMapping("/outcomes/employers/{employerId}")
    String employer(@PathVariable long employerId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
                    Model model) {
        return employerPage(employerId, from, to, model);
    }

    private String employerPage(long employerId, LocalDate from, LocalDate to, Model model) {
        try {
            model.addAttribute("table", kpis.table(new KpiQuery(Scope.EMPLOYER, employerId, from, to, null)));
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.messageKey());
            model.addAttribute("table", kpis.table(new KpiQuery(Scope.EMPLOYER, employerId, null, null, null)));
        }
        model.addAttribute("presets", DashboardParts.presets((Kpis.KpiTable) model.getAttribute("table"), LocalDate.now()));
        model.addAttribute("targets", targets.list(employerId));
        model.addAttribute("costs", costs.of(employerId));
        model.addAttribute("jobs", hires.jobs(employerId));
        model.addAttribute("kinds", org.pathways.engagement.ValuePropositions.MeasureKind.values());
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new Targets.TargetInput(employerId, null, null, null, null, null, null));
        }
        if (!model.containsAttribute("baselineForm")) {
            model.addAttribute("baselineForm", new Costs.BaselineInput(null, null, null, null));
        }
        if (!model.containsAttribute("investmentForm")) {
            model.addAttribute("investmentForm", new Costs.InvestmentInput(null, null, null, null));
        }
        return "outcomes/employer";
    }

    @Editors
    @PostMapping("/outcomes/employers/{employerId}/targets")
    String addTarget(@PathVariable long employerId, @Valid @ModelAttribute("targetForm") Targets.TargetInput form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = targets.add(new Targets.TargetInput(employerId, null, form.kind(), form.target(), form.periodDays(),
                        form.criticalJobId(), form.note()));
                redirect.addFlashAttribute("saved", "outcomes.targetAdded");
                return "redirect:/outcomes/targets/" + id;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Targets.TargetInput(employerId, null, null, null, null, null, null), "targetForm");
        }
        model.addAttribute("open", "targetForm");
        return employerPage(employerId, null, null, model);
    }

    /** A target for a whole collaborative, set by its manager; the dashboard shows it again with every problem when refused. */
    @Editors
    @PostMapping("/outcomes/collaboratives/{collaborativeId}/targets")
    String addCollaborativeTarget(@PathVariable long collaborativeId, @Valid @ModelAttribute("targetForm") Targets.TargetInput form,
                                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = targets.add(new Targets.TargetInput(null, collaborativeId, form.kind(), form.target(), form.periodDays(), null,
                        form.note()));
                redirect.addFlashAttribute("saved", "outcomes.targetAdded");
                return "redirect:/outcomes/targets/" + id;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
                // someone who does not manage the collaborative has no form on the page: the refusal goes at its top
                invalid.problems().stream().filter(p -> p.field().equals("collaborativeId")).findFirst()
                        .ifPresent(p -> model.addAttribute("problem", p.messageKey()));
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Targets.TargetInput(null, collaborativeId, null, null, null, null, null),
                    "targetForm");
        }
        model.addAttribute("open", "targetForm");
        return dashboard(Scope.COLLABORATIVE, collaborativeId, null, null, null, null, model);
    }

    @Editors
    @PostMapping("/outcomes/employers/{employerId}/baselines")
    String saveBaseline(@PathVariable long employerId, @Valid @ModelAttribute("baselineForm") Costs.BaselineInput form,
            BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                costs.saveBaseline(employerId, form);
                redirect.addFlashAttribute("saved", "outcomes.baselineSaved");
                return "redirect:/outcomes/employers/" + employerId + "#costs";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Costs.BaselineInput(null, null, null, null), "baselineForm");
        }
        return employerPage(employerId, null, null, model);
    }

    @Editors
    @PostMapping("/outcomes/employers/{employerId}/investments")
    String addInvestment(@PathVariable long employerId, @Valid @ModelAttribute("investmentForm") Costs.InvestmentInput form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                costs.addInvestment(employerId, form);
                redirect.addFlashAttribute("saved", "outcomes.investmentAdded");
                return "redirect:/outcomes/employers/" + employerId + "#costs";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Costs.InvestmentInput(null, null, null, null), "investmentForm");
        }
        return employerPage(employerId, null, null, model);
    }

    @GetMapping("/outcomes/targets/{targetId}")
    String target(@PathVariable long targetId, Model model) {
        Targets.TargetView target = targets.get(targetId);
        model.addAttribute("target", target);
        model.addAttribute("trendChart", parts.trendChart(target));
        if (!model.containsAttribute("improvementForm")) {
            model.addAttribute("improvementForm", new Targets.ImprovementInput(null, null, null, LocalDate.now()));
        }
        return "outcomes/target";
    }

    @Editors
    @PostMapping("/outcomes/targets/{targetId}/improvements")
    String logImprovement(@PathVariable long targetId, @Valid @ModelAttribute("improvementForm") Targets.ImprovementInput form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                targets.logImprovement(targetId, form);
                redirect.addFlashAttribute("saved", "outcomes.improvementLogged");
                return "redirect:/outcomes/targets/" + targetId + "#log";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Targets.ImprovementInput(null, null, null, null), "improvementForm");
        }
        model.addAttribute("open", "improvementForm");
        return target(targetId, model);
    }

    @Editors
    @PostMapping("/outcomes/targets/{targetId}/remove")
    String removeTarget(@PathVariable long targetId, RedirectAttributes redirect) {
        Targets.TargetView target = targets.get(targetId);
        try {
            targets.removeOwn(targetId);
            redirect.addFlashAttribute("saved", "outcomes.targetRemoved");
            return target.employerId() != null ? "redirect:/outcomes/employers/" + target.employerId()
                    : "redirect:/outcomes?scope=COLLABORATIVE&id=" + target.collaborativeId();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
            return "redirect:/outcomes/targets/" + targetId;
        }
    }

    /** The reports of a scope, as the API gives them, for the dashboard's links. */
    @GetMapping({"/outcomes/reports/partnership", "/outcomes/reports/kpis", "/outcomes/reports/targets", "/outcomes/reports/hires"})
    ResponseEntity<StreamingResponseBody> report(HttpServletRequest request, @RequestParam(required = false) Scope scope,
                                                 @RequestParam(required = false) Long id, @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to,
                                                         @RequestParam(required = false) Long criticalJobId,
                                                 @RequestParam(required = false) OutcomeReports.Format format, Locale locale) {
        return reports.respond(OutcomeReports.Kind.named(request.getRequestURI()), new KpiQuery(scope, id, from, to, criticalJobId), format,
                locale);
    }

    /** A line per participant who left the program in the period, for a funder's file: the OPSO's staff only, audited. */
    @GetMapping("/outcomes/program-exits/export")
    ResponseEntity<StreamingResponseBody> exitExport(@RequestParam(required = false) LocalDate from,
                                                     @RequestParam(required = false) LocalDate to, Locale locale) {
        return reports.exits(exits.lines(from, to), locale);
    }
}
