package org.pathways.outcomes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.outcomes.Costs;
import org.pathways.outcomes.Kpis;
import org.pathways.outcomes.Kpis.KpiQuery;
import org.pathways.outcomes.Kpis.Scope;
import org.pathways.outcomes.OutcomeReports;
import org.pathways.outcomes.Targets;
import org.pathways.platform.FormErrors;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.shared.InvalidInput;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires;
import org.springframework.context.MessageSource;
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

    /** A scope the person may open from the dashboard's chooser. */
    record Choice(Scope scope, long id, String name) {
    }

    private final Kpis kpis;
    private final Targets targets;
    private final Costs costs;
    private final OutcomeReports reports;
    private final Collaboratives collaboratives;
    private final Providers providers;
    private final Hires hires;
    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    OutcomePages(Kpis kpis, Targets targets, Costs costs, OutcomeReports reports, Collaboratives collaboratives, Providers providers,
                 Hires hires, MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.json = json;
        this.kpis = kpis;
        this.targets = targets;
        this.costs = costs;
        this.reports = reports;
        this.collaboratives = collaboratives;
        this.providers = providers;
        this.hires = hires;
    }

    @GetMapping("/outcomes")
    String dashboard(@RequestParam(required = false) Scope scope, @RequestParam(required = false) Long id,
                     @RequestParam(required = false) String choice, @RequestParam(required = false) LocalDate from,
                     @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long criticalJobId, Model model) {
        List<Choice> choices = choices();
        // the chooser sends "SCOPE:id"; one that is not one of the person's choices is not a choice, and the first one is shown
        Choice chosen = choices.stream().filter(c -> (c.scope() + ":" + c.id()).equals(choice)).findFirst().orElse(null);
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
            charts(table, model);
        }
        return "outcomes/dashboard";
    }

    record Chart(List<String> labels, List<Series> series) {
    }

    record Series(String label, List<? extends Number> values) {
    }

    /** The funnel and retention of the total as the page's bar charts; the table beside them has the same figures. */
    private void charts(Kpis.KpiTable table, Model model) {
        Kpis.KpiRow total = table.total();
        if (total.withheld() != null) {
            return;
        }
        List<String> steps = List.of("referred", "applied", "interviewed", "offered", "hired").stream()
                .map(step -> text("outcomes.step." + step)).toList();
        model.addAttribute("funnelChart", json.writeValueAsString(new Chart(steps,
                List.of(new Series(text("outcomes.chart.referrals"), total.funnel().steps())))));
        List<String> checkpoints = total.retention().stream().map(r -> text("outcomes.chart.days", r.days())).toList();
        model.addAttribute("retentionChart", json.writeValueAsString(new Chart(checkpoints,
                List.of(new Series(text("outcomes.chart.retainedPercent"), total.retention().stream()
                        .map(r -> r.rate() == null ? null : Math.round(r.rate() * 10) / 10.0).toList())))));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private List<Choice> choices() {
        PathwaysUser me = PathwaysUser.current();
        List<Choice> choices = new ArrayList<>();
        collaboratives.list().forEach(c -> choices.add(new Choice(Scope.COLLABORATIVE, c.id(), c.name())));
        if (me.organizationType() == OrganizationType.OPSO) {
            choices.add(0, new Choice(Scope.OPSO, me.organizationId(), me.organizationName()));
        }
        providers.ofOrganization(me.organizationId()).filter(p -> me.organizationType() != OrganizationType.OPSO)
                .ifPresent(p -> choices.add(0, new Choice(Scope.PROVIDER, p.id(), p.name())));
        if (me.organizationType() == OrganizationType.EMPLOYER) {
            hires.ownProfiles().forEach(e -> choices.add(new Choice(Scope.EMPLOYER, e.id(), e.name() + " · " + e.keptBy())));
        }
        return choices;
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
        model.addAttribute("targets", targets.list(employerId));
        model.addAttribute("costs", costs.of(employerId));
        model.addAttribute("jobs", hires.jobs(employerId));
        model.addAttribute("kinds", org.pathways.engagement.ValuePropositions.MeasureKind.values());
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new Targets.TargetInput(employerId, null, null, null, null, null));
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
                long id = targets.add(new Targets.TargetInput(employerId, form.kind(), form.target(), form.periodDays(),
                        form.criticalJobId(),
                        form.note()));
                redirect.addFlashAttribute("saved", "outcomes.targetAdded");
                return "redirect:/outcomes/targets/" + id;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new Targets.TargetInput(employerId, null, null, null, null, null), "targetForm");
        }
        model.addAttribute("open", "targetForm");
        return employerPage(employerId, null, null, model);
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
        model.addAttribute("trendChart",
                json.writeValueAsString(new Chart(target.trend().stream().map(Targets.TrendPoint::quarter).toList(),
                List.of(new Series(text("outcomes.chart.actual"), target.trend().stream().map(p -> p.figure().value() == null ? null
                        : Math.round(p.figure().value() * 10) / 10.0).toList())))));
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
        long employerId = targets.get(targetId).employerId();
        try {
            targets.removeOwn(targetId);
            redirect.addFlashAttribute("saved", "outcomes.targetRemoved");
            return "redirect:/outcomes/employers/" + employerId;
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
}
