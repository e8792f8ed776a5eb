package org.pathways.participants.web;

import jakarta.validation.Valid;

import org.pathways.participants.TrainingPrograms;
import org.pathways.participants.TrainingPrograms.ProgramInput;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Permissions.Staff;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training programs the OPSO records, named in its participants' matches beside the gaps they close. */
@Controller
@Members
class ProgramPages {

    private final TrainingPrograms programs;

    ProgramPages(TrainingPrograms programs) {
        this.programs = programs;
    }

    @GetMapping("/participants/programs")
    String list(Model model) {
        model.addAttribute("form", ProgramInput.blank());
        return page(model);
    }

    @Staff
    @PostMapping("/participants/programs")
    String create(@Valid @ModelAttribute("form") ProgramInput form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                programs.create(form);
                redirect.addFlashAttribute("saved", "programs.created");
                return "redirect:/participants/programs";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, ProgramInput.blank());
        }
        return page(model);
    }

    @Staff
    @PostMapping("/participants/programs/{programId}/remove")
    String remove(@PathVariable long programId, RedirectAttributes redirect) {
        programs.remove(programId);
        redirect.addFlashAttribute("saved", "programs.removed");
        return "redirect:/participants/programs";
    }

    private String page(Model model) {
        model.addAttribute("programs", programs.list());
        model.addAttribute("credentialKinds", CredentialKind.values());
        return "participants/programs";
    }
}
