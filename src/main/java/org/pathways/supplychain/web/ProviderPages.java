package org.pathways.supplychain.web;

import java.util.List;

import jakarta.validation.Valid;

import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.SignedIn;
import org.pathways.shared.InvalidInput;
import org.pathways.supplychain.Providers;
import org.pathways.supplychain.Programs;
import org.pathways.supplychain.Programs.ProgramInput;
import org.pathways.supplychain.Providers.ProviderInput;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider directory: who hires come through, and the other names each goes by in employers' files. */
@Controller
@SignedIn
class ProviderPages {

    private final Providers providers;
    private final Programs programs;

    ProviderPages(Providers providers, Programs programs) {
        this.providers = providers;
        this.programs = programs;
    }

    /** One provider and its programs, with the form to record one for whoever keeps them. */
    @GetMapping("/providers/{providerId}")
    String provider(@PathVariable long providerId, Model model) {
        model.addAttribute("form", ProgramInput.blank());
        return providerPage(providerId, model);
    }

    @Editors
    @PostMapping("/providers/{providerId}/programs")
    String createProgram(@PathVariable long providerId, @Valid @ModelAttribute("form") ProgramInput form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                programs.create(providerId, form);
                redirect.addFlashAttribute("saved", "providerPrograms.created");
                return "redirect:/providers/" + providerId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        } else if (errors.getTarget() != null) {
            FormErrors.rejectAlso(errors, programs.problemsOf(form));
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, ProgramInput.blank());
        }
        return providerPage(providerId, model);
    }

    private String providerPage(long providerId, Model model) {
        model.addAttribute("provider", providers.get(providerId));
        List<Programs.ProgramView> list = programs.of(providerId);
        model.addAttribute("programs", list);
        model.addAttribute("occupations", programs.occupationNames(list));
        model.addAttribute("mayKeep", programs.mayKeep(providerId));
        model.addAttribute("credentialKinds", CredentialKind.values());
        model.addAttribute("schedules", Programs.Schedule.values());
        model.addAttribute("fundings", Programs.Funding.values());
        return "supplychain/provider";
    }

    @GetMapping("/providers")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", ProviderInput.blank());
        return page(q, model);
    }

    @Editors
    @PostMapping("/providers")
    String create(@Valid @ModelAttribute("form") ProviderInput form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                providers.create(form);
                redirect.addFlashAttribute("saved", "providers.created");
                return "redirect:/providers";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        } else if (errors.getTarget() != null) {
            FormErrors.rejectAlso(errors, providers.problemsOf(form));
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, ProviderInput.blank());
        }
        return page(null, model);
    }

    private String page(String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("providers", providers.list(q));
        model.addAttribute("kinds", Providers.Kind.values());
        return "supplychain/providers";
    }
}
