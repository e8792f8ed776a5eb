package org.pathways.collaboratives.web;

import java.util.List;

import jakarta.validation.Valid;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeInput;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.employers.Employers;
import org.pathways.platform.FormErrors;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.Organizations;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.platform.Permissions.CollaborativeManagers;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Collaboratives (C9): the list of those a person's organization manages, partners in or belongs to; one collaborative; its form. */
@Controller
@SignedIn
class CollaborativePages {

    private final Collaboratives collaboratives;
    private final Employers employers;
    private final Organizations organizations;
    private final org.springframework.context.MessageSource messages;

    CollaborativePages(Collaboratives collaboratives, Employers employers, Organizations organizations,
                       org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.collaboratives = collaboratives;
        this.employers = employers;
        this.organizations = organizations;
    }

    @GetMapping("/collaboratives")
    String list(Model model) {
        model.addAttribute("collaboratives", collaboratives.list());
        return "collaboratives/list";
    }

    @CollaborativeManagers
    @GetMapping("/collaboratives/new")
    String newCollaborative(Model model) {
        model.addAttribute("form", CollaborativeInput.blank());
        return form(null, model);
    }

    @CollaborativeManagers
    @PostMapping("/collaboratives")
    String create(@Valid @ModelAttribute("form") CollaborativeInput form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CollaborativeView created = collaboratives.create(form);
                redirect.addFlashAttribute("saved", "collaborative.created");
                return "redirect:/collaboratives/" + created.id();
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        return form(null, model);
    }

    @GetMapping("/collaboratives/{collaborativeId}")
    String detail(@PathVariable long collaborativeId, Model model) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("members", collaboratives.members(collaborativeId));
        model.addAttribute("partners", collaboratives.partners(collaborativeId));
        model.addAttribute("sharedJobs", collaboratives.sharedCriticalJobs(collaborativeId));
        if (collaborative.relation() == Collaboratives.Relation.MEMBER) {
            model.addAttribute("ownProfiles", collaboratives.ownProfiles().stream().filter(p -> p.collaborativeId() == collaborativeId).toList());
        }
        if (collaborative.relation() == Collaboratives.Relation.MANAGER) {
            // the pickers offer only who is not in yet
            java.util.Set<Long> members = new java.util.HashSet<>(collaboratives.memberIds(collaborativeId));
            java.util.Set<Long> partners = new java.util.HashSet<>();
            collaboratives.partners(collaborativeId).forEach(p -> partners.add(p.organizationId()));
            model.addAttribute("employerProfiles", employers.names().stream().filter(e -> !members.contains(e.id())).toList());
            model.addAttribute("employerOrganizations", organizations.directory(List.of(OrganizationType.EMPLOYER)));
            model.addAttribute("partnerOrganizations", organizations.directory(Collaboratives.PARTNER_TYPES).stream()
                    .filter(o -> !partners.contains(o.id()) && o.id() != collaborative.organizationId()).toList());
        }
        return "collaboratives/detail";
    }

    @CollaborativeManagers
    @GetMapping("/collaboratives/{collaborativeId}/edit")
    String edit(@PathVariable long collaborativeId, Model model) {
        CollaborativeView collaborative = collaboratives.managed(collaborativeId);
        model.addAttribute("form", CollaborativeInput.of(collaborative));
        model.addAttribute("version", collaborative.version());
        return form(collaborative, model);
    }

    @CollaborativeManagers
    @PostMapping("/collaboratives/{collaborativeId}")
    String update(@PathVariable long collaborativeId, @Valid @ModelAttribute("form") CollaborativeInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        CollaborativeView collaborative = collaboratives.managed(collaborativeId);
        model.addAttribute("version", version);
        if (!errors.hasErrors()) {
            try {
                collaboratives.update(collaborativeId, version == null ? -1 : version, form);
                redirect.addFlashAttribute("saved", "collaborative.saved");
                return "redirect:/collaboratives/" + collaborativeId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return form(collaborative, model);
    }

    @CollaborativeManagers
    @PostMapping("/collaboratives/{collaborativeId}/members")
    String member(@PathVariable long collaborativeId, @RequestParam long employerId, @RequestParam(required = false) Long employerOrganizationId,
                  @RequestParam(defaultValue = "false") boolean remove, RedirectAttributes redirect) {
        collaboratives.managed(collaborativeId);
        if (remove) {
            String name = collaboratives.members(collaborativeId).stream().filter(m -> m.employerId() == employerId)
                    .map(Collaboratives.Member::name).findFirst().orElseThrow(() -> new NotFound("collaborative member", employerId));
            collaboratives.removeMember(collaborativeId, employerId);
            redirect.addFlashAttribute("savedText", text("collaborative.memberRemoved", name));
        } else {
            collaboratives.addMember(collaborativeId, employerId, employerOrganizationId);
            String name = collaboratives.members(collaborativeId).stream().filter(m -> m.employerId() == employerId)
                    .map(Collaboratives.Member::name).findFirst().orElse("");
            redirect.addFlashAttribute("savedText", text("collaborative.memberAdded", name));
        }
        return "redirect:/collaboratives/" + collaborativeId + "#members-heading";
    }

    @CollaborativeManagers
    @PostMapping("/collaboratives/{collaborativeId}/partners")
    String partner(@PathVariable long collaborativeId, @RequestParam long organizationId, @RequestParam(defaultValue = "false") boolean remove,
                   RedirectAttributes redirect) {
        collaboratives.managed(collaborativeId);
        if (remove) {
            String name = partnerName(collaborativeId, organizationId).orElseThrow(() -> new NotFound("partner", organizationId));
            collaboratives.removePartner(collaborativeId, organizationId);
            redirect.addFlashAttribute("savedText", text("collaborative.partnerRemoved", name));
        } else {
            collaboratives.addPartner(collaborativeId, organizationId);
            redirect.addFlashAttribute("savedText", text("collaborative.partnerAdded", partnerName(collaborativeId, organizationId).orElse("")));
        }
        return "redirect:/collaboratives/" + collaborativeId + "#partners-heading";
    }

    private java.util.Optional<String> partnerName(long collaborativeId, long organizationId) {
        return collaboratives.partners(collaborativeId).stream().filter(p -> p.organizationId() == organizationId)
                .map(Collaboratives.Partner::name).findFirst();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private String form(CollaborativeView collaborative, Model model) {
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("focuses", Collaboratives.Focus.values());
        model.addAttribute("statuses", Collaboratives.Status.values());
        return "collaboratives/form";
    }
}
