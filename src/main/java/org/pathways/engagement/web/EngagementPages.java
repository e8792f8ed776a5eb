package org.pathways.engagement.web;

import java.util.List;

import jakarta.validation.Valid;

import org.pathways.employers.Contacts;
import org.pathways.employers.Employers;
import org.pathways.engagement.Engagements;
import org.pathways.engagement.PartnershipFit;
import org.pathways.engagement.Workbook;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.CollaborativeManagers;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The engagement log: an employer's timeline, the form to log an engagement, and the next steps a person owns. */
@Controller
@Members
class EngagementPages {

    private final Engagements engagements;
    private final Employers employers;
    private final Contacts contacts;
    private final UserAccounts users;
    private final PartnershipFit fit;
    private final Workbook workbook;
    private final org.springframework.context.MessageSource messages;

    EngagementPages(Engagements engagements, Employers employers, Contacts contacts, UserAccounts users, PartnershipFit fit, Workbook workbook,
                    org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.fit = fit;
        this.workbook = workbook;
        this.engagements = engagements;
        this.employers = employers;
        this.contacts = contacts;
        this.users = users;
    }

    /** The employer's timeline; the employer's page pulls its list in with htmx. */
    @GetMapping("/employers/{employerId}/engagements")
    String timeline(@PathVariable long employerId, Model model) {
        model.addAttribute("employer", employers.get(employerId));
        model.addAttribute("engagements", engagements.of(employerId));
        return "engagement/timeline";
    }

    /** The partnership fit, computed from the profile; the employer's page pulls it in with htmx. */
    @GetMapping("/employers/{employerId}/fit")
    String fit(@PathVariable long employerId, Model model) {
        model.addAttribute("employer", employers.get(employerId));
        model.addAttribute("fit", fit.of(employerId));
        return "engagement/fit";
    }

    /** The weights of the partnership fit: the product's, or the organization's own. */
    @GetMapping("/partnership-fit/weights")
    String weights(Model model) {
        PartnershipFit.Weights weights = fit.weights();
        model.addAttribute("weights", weights);
        model.addAttribute("values", weights.weights());
        model.addAttribute("defaults", PartnershipFit.DEFAULT_WEIGHTS);
        return "engagement/fit-weights";
    }

    /** Sets the organization's weights; what was typed stays on the page when something is wrong. */
    @CollaborativeManagers
    @PostMapping("/partnership-fit/weights")
    String setWeights(@org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> form, Model model,
                      RedirectAttributes redirect) {
        java.util.Map<String, Integer> weights = new java.util.LinkedHashMap<>();
        List<InvalidInput> problems = new java.util.ArrayList<>();
        for (String factor : PartnershipFit.DEFAULT_WEIGHTS.keySet()) {
            String value = form.getOrDefault(factor, "").strip();
            if (value.isEmpty()) {
                continue; // the service names it as required
            }
            try {
                weights.put(factor, Integer.valueOf(value));
            } catch (NumberFormatException notANumber) {
                problems.add(new InvalidInput(factor, "fit.weightNumber"));
            }
        }
        if (problems.isEmpty()) {
            try {
                fit.setWeights(weights);
                redirect.addFlashAttribute("saved", "fit.weightsSaved");
                return "redirect:/partnership-fit/weights";
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.problems());
            }
        }
        model.addAttribute("weights", fit.weights());
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        PartnershipFit.DEFAULT_WEIGHTS.keySet().forEach(factor -> typed.put(factor, form.getOrDefault(factor, "")));
        model.addAttribute("values", typed);
        model.addAttribute("defaults", PartnershipFit.DEFAULT_WEIGHTS);
        model.addAttribute("problems", problems);
        return "engagement/fit-weights";
    }

    @CollaborativeManagers
    @PostMapping("/partnership-fit/weights/reset")
    String resetWeights(RedirectAttributes redirect) {
        fit.resetWeights();
        redirect.addFlashAttribute("saved", "fit.weightsReset");
        return "redirect:/partnership-fit/weights";
    }

    @GetMapping("/employers/{employerId}/workbook")
    String workbook(@PathVariable long employerId, Model model) {
        model.addAttribute("employer", employers.get(employerId));
        model.addAttribute("actions", workbook.of(employerId));
        model.addAttribute("statuses", Workbook.Status.values());
        return "engagement/workbook";
    }

    /**
     * The page's fields per question: answer.KEY, status.KEY and version.KEY (KEY is action.question). A status
     * that is not one of the list is no status, and the service keeps the saved one.
     */
    private static List<Workbook.Answer> answers(java.util.Map<String, String> form) {
        List<Workbook.Answer> answers = new java.util.ArrayList<>();
        Workbook.ACTIONS.forEach((action, questions) -> questions.forEach(name -> {
            String key = action + "." + name;
            if (!form.containsKey("answer." + key) && !form.containsKey("status." + key)) {
                return;
            }
            Workbook.Status status = java.util.Arrays.stream(Workbook.Status.values()).filter(s -> s.name().equals(form.get("status." + key)))
                    .findFirst().orElse(null);
            int version;
            try {
                version = Integer.parseInt(form.getOrDefault("version." + key, "0"));
            } catch (NumberFormatException notANumber) {
                version = -1;
            }
            answers.add(new Workbook.Answer(key, form.get("answer." + key), status, version));
        }));
        return answers;
    }

    /** Saves every answer of the page at once; if someone saved one of them since, nothing is saved and what was typed stays. */
    @Editors
    @PostMapping("/employers/{employerId}/workbook")
    String answer(@PathVariable long employerId, @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        try {
            int changed = workbook.answerAll(employerId, answers(form));
            redirect.addFlashAttribute(changed == 0 ? "saved" : "savedText", changed == 0 ? "workbook.nothingChanged"
                    : messages.getMessage("workbook.savedCount", new Object[] {changed}, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "redirect:/employers/" + employerId + "/workbook";
        } catch (Workbook.ChangedByOther conflict) {
            model.addAttribute("problem", conflict.messageKey());
            model.addAttribute("stale", conflict.questions());
            model.addAttribute("typed", form);
            return workbook(employerId, model);
        } catch (Workbook.AnswersTooLong tooLong) {
            model.addAttribute("tooLong", tooLong.questions());
            model.addAttribute("typed", form);
            return workbook(employerId, model);
        }
    }

    @Editors
    @GetMapping("/employers/{employerId}/engagements/new")
    String newEngagement(@PathVariable long employerId, Model model) {
        model.addAttribute("form", Engagements.EngagementInput.meetingToday());
        return form(employerId, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/engagements")
    String record(@PathVariable long employerId, @Valid @ModelAttribute("form") Engagements.EngagementInput form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Engagements.EngagementView recorded = engagements.record(employerId, form);
                redirect.addFlashAttribute("saved", recorded.overdue() ? "engagement.recordedOverdue" : "engagement.recorded");
                return "redirect:/employers/" + employerId + "/engagements";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        return form(employerId, model);
    }

    @Editors
    @GetMapping("/engagements/{engagementId}/edit")
    String edit(@PathVariable long engagementId, Model model) {
        Engagements.EngagementView engagement = engagements.get(engagementId);
        model.addAttribute("form", Engagements.EngagementInput.of(engagement));
        model.addAttribute("engagementId", engagementId);
        model.addAttribute("version", engagement.version());
        return form(engagement.employerId(), model, engagement.contacts());
    }

    /** Saves a correction; if someone changed the engagement since the form was opened, nothing is saved and the text stays. */
    @Editors
    @PostMapping("/engagements/{engagementId}")
    String update(@PathVariable long engagementId, @Valid @ModelAttribute("form") Engagements.EngagementInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        Engagements.EngagementView current = engagements.get(engagementId);
        model.addAttribute("engagementId", engagementId);
        model.addAttribute("version", version);
        if (!errors.hasErrors()) {
            try {
                engagements.update(engagementId, form, version == null ? -1 : version);
                redirect.addFlashAttribute("saved", "engagement.changed");
                return "redirect:/employers/" + current.employerId() + "/engagements";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (org.pathways.shared.Conflict conflict) {
                // What was typed stays; saving again replaces the newer version on purpose.
                FormErrors.conflict(model, conflict);
                model.addAttribute("version", current.version());
            }
        }
        return form(current.employerId(), model, current.contacts());
    }

    private String form(long employerId, Model model) {
        return form(employerId, model, List.of());
    }

    /** The form, offering the employer's current people and, when correcting, those on the engagement who have since moved on. */
    private String form(long employerId, Model model, List<Engagements.Person> onEngagement) {
        model.addAttribute("employer", employers.get(employerId));
        List<Contacts.ContactView> people = new java.util.ArrayList<>(contacts.of(employerId));
        onEngagement.stream().filter(p -> people.stream().noneMatch(c -> c.id() == p.id())).forEach(p -> people.add(contacts.get(p.id())));
        model.addAttribute("contacts", people);
        model.addAttribute("colleagues", users.colleagues());
        model.addAttribute("kinds", Engagements.Kind.values());
        return "engagement/form";
    }

    @GetMapping("/next-steps")
    String nextSteps(Model model) {
        model.addAttribute("steps", engagements.nextStepsDue());
        return "engagement/next-steps";
    }

    @Editors
    @PostMapping("/engagements/{engagementId}/done")
    String done(@PathVariable long engagementId, RedirectAttributes redirect) {
        engagements.markDone(engagementId);
        redirect.addFlashAttribute("saved", "engagement.stepDone");
        return "redirect:/next-steps";
    }
}
