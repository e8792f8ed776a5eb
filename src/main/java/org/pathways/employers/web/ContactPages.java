package org.pathways.employers.web;

import jakarta.validation.Valid;

import org.pathways.employers.Contacts;
import org.pathways.employers.Contacts.ContactInput;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.ProfessionalRole;
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

/** The people inside an employer: added, changed, and taken off the lists when they move on. */
@Controller
@Editors
class ContactPages {

    private final Employers employers;
    private final Contacts contacts;

    ContactPages(Employers employers, Contacts contacts) {
        this.employers = employers;
        this.contacts = contacts;
    }

    @ModelAttribute("roles")
    ProfessionalRole[] roles() {
        return ProfessionalRole.values();
    }

    @ModelAttribute("levels")
    Contacts.Level[] levels() {
        return Contacts.Level.values();
    }

    @GetMapping("/employers/{employerId}/contacts/new")
    String newContact(@PathVariable long employerId, Model model) {
        model.addAttribute("form", ContactInput.blank());
        return form(employers.get(employerId), null, null, model);
    }

    @PostMapping("/employers/{employerId}/contacts")
    String create(@PathVariable long employerId, @Valid @ModelAttribute("form") ContactInput form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                contacts.add(employerId, form);
                redirect.addFlashAttribute("saved", "contact.created");
                return "redirect:/employers/" + employerId + "#people-heading";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        return form(employer, null, null, model);
    }

    @GetMapping("/contacts/{contactId}/edit")
    String edit(@PathVariable long contactId, Model model) {
        Contacts.ContactView contact = contacts.get(contactId);
        model.addAttribute("form", ContactInput.of(contact));
        return form(employers.get(contact.employerId()), contact, contact.version(), model);
    }

    @PostMapping("/contacts/{contactId}")
    String update(@PathVariable long contactId, @Valid @ModelAttribute("form") ContactInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.get(contactId);
        if (!errors.hasErrors()) {
            try {
                contacts.update(contactId, version == null ? -1 : version, form);
                redirect.addFlashAttribute("saved", "contact.saved");
                return "redirect:/employers/" + contact.employerId() + "#people-heading";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return form(employers.get(contact.employerId()), contact, version, model);
    }

    /** The person moved on: off the lists, pickers and coverage view, still named in the engagements they were part of. */
    @PostMapping("/contacts/{contactId}/archive")
    String archive(@PathVariable long contactId, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.archive(contactId);
        redirect.addFlashAttribute("saved", "contact.archived");
        return "redirect:/employers/" + contact.employerId() + "#people-heading";
    }

    @PostMapping("/contacts/{contactId}/restore")
    String restore(@PathVariable long contactId, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.restore(contactId);
        redirect.addFlashAttribute("saved", "contact.restored");
        return "redirect:/employers/" + contact.employerId() + "#people-heading";
    }

    private String form(EmployerView employer, Contacts.ContactView contact, Integer version, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("contact", contact);
        model.addAttribute("version", version);
        model.addAttribute("establishments", employers.establishments(employer.id()));
        return "employers/contact-form";
    }
}
