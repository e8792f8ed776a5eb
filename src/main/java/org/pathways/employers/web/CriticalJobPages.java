package org.pathways.employers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.employers.CriticalJobs.PainPoint;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.PainPointAnalysis;
import org.pathways.employers.PainPointKind;
import org.pathways.employers.TalentSourcing;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An employer's critical jobs, with their ranked pain points and how each is sourced. */
@Controller
@Editors
class CriticalJobPages {

    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final TalentSourcing sourcing;

    CriticalJobPages(Employers employers, CriticalJobs criticalJobs, TalentSourcing sourcing) {
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.sourcing = sourcing;
    }

    @GetMapping("/employers/{employerId}/critical-jobs/new")
    String newCriticalJob(@PathVariable long employerId, Model model) {
        model.addAttribute("form", CriticalJobInput.blank());
        return form(employers.get(employerId), null, null, List.of(), model);
    }

    @PostMapping("/employers/{employerId}/critical-jobs")
    String create(@PathVariable long employerId, @Valid @ModelAttribute("form") CriticalJobInput form, BindingResult errors,
                  @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        List<PainPoint> pains = painPoints(fields, errors);
        if (!errors.hasErrors()) {
            try {
                criticalJobs.add(employerId, form.withPainPoints(pains));
                redirect.addFlashAttribute("saved", "criticalJob.created");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "painPoints");
            }
        } else {
            alsoTheRulesThatNeedData(employerId, null, form, pains, errors);
        }
        return form(employer, null, null, pains, model);
    }

    @GetMapping("/critical-jobs/{criticalJobId}/edit")
    String edit(@PathVariable long criticalJobId, Model model) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        model.addAttribute("form", CriticalJobInput.of(job));
        return form(employers.get(job.employerId()), job, job.version(), job.painPoints(), model);
    }

    @PostMapping("/critical-jobs/{criticalJobId}")
    String update(@PathVariable long criticalJobId, @Valid @ModelAttribute("form") CriticalJobInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        List<PainPoint> pains = painPoints(fields, errors);
        if (!errors.hasErrors()) {
            try {
                criticalJobs.update(criticalJobId, version == null ? -1 : version, form.withPainPoints(pains));
                redirect.addFlashAttribute("saved", "criticalJob.saved");
                return "redirect:/employers/" + job.employerId();
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "painPoints");
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        } else {
            alsoTheRulesThatNeedData(job.employerId(), criticalJobId, form, pains, errors);
        }
        return form(employers.get(job.employerId()), job, version, pains, model);
    }

    private String form(EmployerView employer, CriticalJobView job, Integer version, List<PainPoint> pains, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("job", job);
        model.addAttribute("version", version);
        model.addAttribute("establishments", employers.establishments(employer.id()));
        model.addAttribute("painKinds", PainPointKind.values());
        model.addAttribute("analyses", PainPointAnalysis.values());
        model.addAttribute("payUnits", PayUnit.values());
        Map<PainPointKind, PainPoint> byKind = new java.util.EnumMap<>(PainPointKind.class);
        pains.forEach(p -> byKind.put(p.kind(), p));
        model.addAttribute("pains", byKind);
        return "employers/critical-job-form";
    }

    /**
     * The form's own checks failed (a negative count, a rank over 100): the service's rules are run too, on what can be
     * read, and their problems added where the field has none yet, so the person fixes everything in one round.
     */
    private void alsoTheRulesThatNeedData(long employerId, Long criticalJobId, CriticalJobInput form, List<PainPoint> pains,
                                          BindingResult errors) {
        if (form == null || errors.getTarget() == null) {
            return;
        }
        List<InvalidInput> found = criticalJobs.problems(employerId, criticalJobId, form.withPainPoints(pains)).stream()
                .filter(p -> p.field().equals("painPoints") || !errors.hasFieldErrors(p.field())).toList();
        if (!found.isEmpty()) {
            FormErrors.reject(errors, InvalidInput.all(found), "painPoints");
        }
    }

    /** Pain points come as rank.KIND, analysis.KIND and note.KIND fields; a kind without a rank is not one. */
    private static List<PainPoint> painPoints(Map<String, String> fields, BindingResult errors) {
        List<PainPoint> pains = new ArrayList<>();
        for (PainPointKind kind : PainPointKind.values()) {
            String rank = fields.getOrDefault("rank." + kind.name(), "").strip();
            if (rank.isEmpty()) {
                continue;
            }
            try {
                int value = Integer.parseInt(rank);
                if (value < 1 || value > PainPointKind.values().length) {
                    throw new NumberFormatException();
                }
                String analysis = fields.getOrDefault("analysis." + kind.name(), "NOT_ASKED");
                pains.add(new PainPoint(kind, value, PainPointAnalysis.valueOf(analysis.isBlank() ? "NOT_ASKED" : analysis),
                        fields.get("note." + kind.name())));
            } catch (IllegalArgumentException notARank) {
                errors.reject("painPoint.rankInvalid", new Object[] {rank, PainPointKind.values().length}, "painPoint.rankInvalid");
            }
        }
        return pains;
    }

    @GetMapping("/critical-jobs/{criticalJobId}/sourcing")
    String editSourcing(@PathVariable long criticalJobId, Model model) {
        TalentSourcing.SourcingView view = sourcing.of(criticalJobId);
        model.addAttribute("form", view.sourcing());
        model.addAttribute("version", view.version());
        return sourcingForm(view, model);
    }

    @PostMapping("/critical-jobs/{criticalJobId}/sourcing")
    String updateSourcing(@PathVariable long criticalJobId, @Valid @ModelAttribute("form") TalentSourcing.Sourcing form,
                          BindingResult errors, @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        TalentSourcing.SourcingView view = sourcing.of(criticalJobId);
        model.addAttribute("version", version);
        if (!errors.hasErrors()) {
            try {
                sourcing.save(criticalJobId, version == null ? -1 : version, form);
                redirect.addFlashAttribute("saved", "criticalJob.saved");
                return "redirect:/employers/" + criticalJobs.get(criticalJobId).employerId() + "#jobs-heading";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return sourcingForm(view, model);
    }

    private String sourcingForm(TalentSourcing.SourcingView view, Model model) {
        model.addAttribute("job", view);
        model.addAttribute("employer", employers.get(criticalJobs.get(view.criticalJobId()).employerId()));
        model.addAttribute("levels", Contacts.Level.values());
        model.addAttribute("reaches", TalentSourcing.Reach.values());
        model.addAttribute("channelChoices", TalentSourcing.Channel.values());
        model.addAttribute("populationChoices", TalentSourcing.Population.values());
        return "employers/sourcing-form";
    }
}
