package org.pathways.employers.web;

import java.util.List;

import jakarta.validation.Valid;

import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Employers.EstablishmentInput;
import org.pathways.employers.Employers.EstablishmentView;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.reference.UsStates;
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

/** An employer's establishments: the places it works from, with their county and head count. */
@Controller
@Editors
class EstablishmentPages {

    private final Employers employers;

    EstablishmentPages(Employers employers) {
        this.employers = employers;
    }

    /** The state picker of the form. */
    @ModelAttribute("states")
    List<UsStates.State> states() {
        return UsStates.ALL;
    }

    @GetMapping("/employers/{employerId}/establishments/new")
    String newEstablishment(@PathVariable long employerId, Model model) {
        model.addAttribute("form", EstablishmentInput.blank());
        return form(employers.get(employerId), null, null, model);
    }

    @PostMapping("/employers/{employerId}/establishments")
    String create(@PathVariable long employerId, @Valid @ModelAttribute("form") EstablishmentInput form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                employers.addEstablishment(employerId, form);
                redirect.addFlashAttribute("saved", "establishment.created");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        return form(employer, null, null, model);
    }

    @GetMapping("/establishments/{establishmentId}/edit")
    String edit(@PathVariable long establishmentId, Model model) {
        EstablishmentView establishment = employers.establishment(establishmentId);
        model.addAttribute("form", EstablishmentInput.of(establishment));
        return form(employers.get(establishment.employerId()), establishment, establishment.version(), model);
    }

    @PostMapping("/establishments/{establishmentId}")
    String update(@PathVariable long establishmentId, @Valid @ModelAttribute("form") EstablishmentInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        EstablishmentView establishment = employers.establishment(establishmentId);
        if (!errors.hasErrors()) {
            try {
                employers.updateEstablishment(establishmentId, version == null ? -1 : version, form);
                redirect.addFlashAttribute("saved", "establishment.saved");
                return "redirect:/employers/" + establishment.employerId();
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return form(employers.get(establishment.employerId()), establishment, version, model);
    }

    private static String form(EmployerView employer, EstablishmentView establishment, Integer version, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("establishment", establishment);
        model.addAttribute("version", version);
        return "employers/establishment-form";
    }
}
