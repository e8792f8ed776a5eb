package org.pathways.requirements.web;

import jakarta.validation.Valid;

import org.pathways.employers.Employers;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.HiringRequirements.EmployerPracticesInput;
import org.pathways.requirements.RequirementsCheck;
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

/** An employer's hiring practices, which its critical jobs follow until one records its own, explained as on a job's page. */
@Controller
@Members
class EmployerPracticesPages {

    private final HiringRequirements requirements;
    private final Employers employers;

    EmployerPracticesPages(HiringRequirements requirements, Employers employers) {
        this.requirements = requirements;
        this.employers = employers;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("backgroundChecks", HiringRequirements.BackgroundCheck.values());
        model.addAttribute("recordKinds", HiringRequirements.RecordKind.values());
    }

    @GetMapping("/employers/{employerId}/hiring-practices")
    String show(@PathVariable long employerId, Model model) {
        HiringRequirements.EmployerPracticesView saved = requirements.employerPractices(employerId);
        model.addAttribute("form", new EmployerPracticesInput(saved.practices()));
        model.addAttribute("version", saved.version());
        return page(saved, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/hiring-practices")
    String save(@PathVariable long employerId, @Valid @ModelAttribute("form") EmployerPracticesInput form, BindingResult errors,
                @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        HiringRequirements.EmployerPracticesView saved = requirements.employerPractices(employerId);
        Integer opened = FormErrors.openedVersion(version);
        model.addAttribute("version", opened == null ? saved.version() : opened);
        if (opened == null) {
            model.addAttribute("problem", "employerPractices.changedByOther");
        } else if (!errors.hasErrors()) {
            try {
                requirements.saveEmployerPractices(employerId, opened, form);
                redirect.addFlashAttribute("saved", "employerPractices.saved");
                return "redirect:/employers/" + employerId + "/hiring-practices";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new EmployerPracticesInput(saved.practices()));
        }
        return page(saved, model);
    }

    private String page(HiringRequirements.EmployerPracticesView saved, Model model) {
        model.addAttribute("current", saved);
        model.addAttribute("notes", RequirementsCheck.notes(saved.practices()));
        model.addAttribute("employer", employers.get(saved.employerId()));
        return "requirements/employer-practices";
    }
}
