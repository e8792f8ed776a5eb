package org.pathways.employers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.employers.Employers;
import org.pathways.employers.Intermediaries;
import org.pathways.employers.Intermediaries.IntermediaryView;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Employer associations and initiatives (C5) and their members, for the people who keep employer profiles. */
@Controller
@Members
class IntermediaryPages {

    private final Intermediaries intermediaries;
    private final Employers employers;
    private final org.springframework.context.MessageSource messages;

    IntermediaryPages(Intermediaries intermediaries, Employers employers, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.intermediaries = intermediaries;
        this.employers = employers;
    }

    record InitiativeForm(@NotBlank @Size(max = 200) String name, @NotNull Intermediaries.InitiativeKind kind,
                          @Size(max = 2000) String description) {
    }

    @GetMapping("/intermediaries")
    String list(Model model) {
        model.addAttribute("intermediaries", intermediaries.list());
        model.addAttribute("initiatives", intermediaries.initiatives(null));
        return "employers/intermediaries";
    }

    @Editors
    @GetMapping("/intermediaries/new")
    String newIntermediary(Model model) {
        model.addAttribute("form", Intermediaries.IntermediaryInput.blank());
        return form(null, model);
    }

    @Editors
    @PostMapping("/intermediaries")
    String create(@Valid @ModelAttribute("form") Intermediaries.IntermediaryInput form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                IntermediaryView created = intermediaries.create(form);
                redirect.addFlashAttribute("saved", "intermediary.created");
                return "redirect:/intermediaries/" + created.id();
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        return form(null, model);
    }

    @GetMapping("/intermediaries/{intermediaryId}")
    String detail(@PathVariable long intermediaryId, Model model) {
        model.addAttribute("intermediary", intermediaries.get(intermediaryId));
        model.addAttribute("members", intermediaries.members(intermediaryId));
        model.addAttribute("initiatives", intermediaries.initiatives(intermediaryId));
        model.addAttribute("employers", employers.list(Employers.EmployerQuery.all(), PageQuery.of(0, 200)).items());
        model.addAttribute("initiativeForm", new InitiativeForm("", null, ""));
        model.addAttribute("initiativeKinds", Intermediaries.InitiativeKind.values());
        return "employers/intermediary";
    }

    @Editors
    @GetMapping("/intermediaries/{intermediaryId}/edit")
    String edit(@PathVariable long intermediaryId, Model model) {
        IntermediaryView intermediary = intermediaries.get(intermediaryId);
        model.addAttribute("form", Intermediaries.IntermediaryInput.of(intermediary));
        model.addAttribute("version", intermediary.version());
        return form(intermediary, model);
    }

    @Editors
    @PostMapping("/intermediaries/{intermediaryId}")
    String update(@PathVariable long intermediaryId, @Valid @ModelAttribute("form") Intermediaries.IntermediaryInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        IntermediaryView intermediary = intermediaries.get(intermediaryId);
        model.addAttribute("version", version);
        if (!errors.hasErrors()) {
            try {
                intermediaries.update(intermediaryId, version == null ? -1 : version, form);
                redirect.addFlashAttribute("saved", "employer.saved");
                return "redirect:/intermediaries/" + intermediaryId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return form(intermediary, model);
    }

    @Editors
    @PostMapping("/intermediaries/{intermediaryId}/members")
    String addMember(@PathVariable long intermediaryId, @RequestParam long employerId, @RequestParam(defaultValue = "false") boolean remove,
                     RedirectAttributes redirect) {
        String name = employers.get(employerId).name();
        if (remove) {
            intermediaries.removeMember(intermediaryId, employerId);
        } else {
            intermediaries.addMember(intermediaryId, employerId);
        }
        redirect.addFlashAttribute("savedText", messages.getMessage(remove ? "intermediary.memberRemoved" : "intermediary.memberAdded",
                new Object[] {name}, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "redirect:/intermediaries/" + intermediaryId;
    }

    @Editors
    @PostMapping("/intermediaries/{intermediaryId}/initiatives")
    String createInitiative(@PathVariable long intermediaryId, @Valid @ModelAttribute("initiativeForm") InitiativeForm form,
                            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "initiative.nameAndKindRequired");
            return "redirect:/intermediaries/" + intermediaryId;
        }
        var created = intermediaries.createInitiative(form.name(), form.kind(), form.description(), intermediaryId);
        redirect.addFlashAttribute("saved", "initiative.created");
        return "redirect:/initiatives/" + created.id();
    }

    @GetMapping("/initiatives/{initiativeId}")
    String initiative(@PathVariable long initiativeId, Model model) {
        model.addAttribute("initiative", intermediaries.initiative(initiativeId));
        model.addAttribute("members", intermediaries.initiativeMembers(initiativeId));
        model.addAttribute("employers", employers.list(Employers.EmployerQuery.all(), PageQuery.of(0, 200)).items());
        return "employers/initiative";
    }

    @Editors
    @PostMapping("/initiatives/{initiativeId}/members")
    String addInitiativeMember(@PathVariable long initiativeId, @RequestParam long employerId, RedirectAttributes redirect) {
        intermediaries.addInitiativeMember(initiativeId, employerId);
        redirect.addFlashAttribute("saved", "employer.saved");
        return "redirect:/initiatives/" + initiativeId;
    }

    private String form(IntermediaryView intermediary, Model model) {
        model.addAttribute("intermediary", intermediary);
        model.addAttribute("kinds", Intermediaries.Kind.values());
        model.addAttribute("roles", Intermediaries.Role.values());
        return "employers/intermediary-form";
    }
}
