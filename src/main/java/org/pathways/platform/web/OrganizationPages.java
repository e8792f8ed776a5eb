package org.pathways.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pathways.platform.OrganizationType;
import org.pathways.platform.OrganizationView;
import org.pathways.platform.Times;
import org.pathways.platform.Organizations;
import org.pathways.platform.PasswordPolicy;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts;
import org.pathways.platform.UserView;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.pathways.platform.Permissions.Administrators;
import org.pathways.platform.Permissions.PlatformAdmins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of organizations and their people. Platform administrators work across all
 * organizations; an organization administrator sees only their own (the services enforce it).
 */
@Controller
@Administrators
class OrganizationPages {

    private final Organizations organizations;
    private final UserAccounts users;

    private final org.pathways.platform.PasswordLinks passwordLinks;

    OrganizationPages(Organizations organizations, UserAccounts users, org.pathways.platform.PasswordLinks passwordLinks) {
        this.organizations = organizations;
        this.users = users;
        this.passwordLinks = passwordLinks;
    }

    record OrganizationForm(@NotBlank @Size(max = 200) String name, @NotNull OrganizationType type,
                            @Size(max = 120) String region, @Size(max = 60) String timeZone) {
    }

    record UserForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{user.usernameInvalid}") String username,
                    @NotBlank @Size(max = 200) String displayName,
                    @Email(message = "{validation.email}") @Size(max = 254) String email,
                    String password,
                    @NotEmpty(message = "{user.rolesRequired}") Set<Role> roles, Boolean invite) {

        boolean invites() {
            return Boolean.TRUE.equals(invite);
        }
    }

    record RolesForm(@NotEmpty(message = "{user.rolesRequired}") Set<Role> roles, @NotNull Integer version) {
    }

    @GetMapping("/admin/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganizationType type,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", organizations.list(q, type, PageQuery.of(page, 25)));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", OrganizationType.values());
        return "platform/organizations/list";
    }

    @PlatformAdmins
    @GetMapping("/admin/organizations/new")
    String newOrganization(Model model) {
        model.addAttribute("form", new OrganizationForm("", null, "", Times.DEFAULT_ZONE.getId()));
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("timeZones", Times.ZONES);
        return "platform/organizations/form";
    }

    @PlatformAdmins
    @PostMapping("/admin/organizations")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OrganizationView created = organizations.create(form.name(), form.type(), form.region(), form.timeZone());
                redirect.addFlashAttribute("saved", "organization.created");
                return "redirect:/admin/organizations/" + created.id();
            } catch (Conflict conflict) {
                errors.rejectValue("name", conflict.messageKey());
            } catch (org.pathways.shared.InvalidInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), null);
            }
        }
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("timeZones", Times.ZONES);
        return "platform/organizations/form";
    }

    @GetMapping("/admin/organizations/{organizationId}")
    String detail(@PathVariable long organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organization", organizations.get(organizationId));
        model.addAttribute("members", users.members(organizationId, PageQuery.of(page, 50)));
        return "platform/organizations/detail";
    }

    @GetMapping("/admin/organizations/{organizationId}/users/new")
    String newUser(@PathVariable long organizationId, Model model) {
        OrganizationView organization = organizations.get(organizationId);
        users.members(organizationId, PageQuery.of(0, 1));
        model.addAttribute("form", new UserForm("", "", "", "", Set.of(), false));
        return renderUserForm(organization, model);
    }

    @PostMapping("/admin/organizations/{organizationId}/users")
    String createUser(@PathVariable long organizationId, @Valid @ModelAttribute("form") UserForm form,
                      BindingResult errors, java.util.Locale locale, Model model, RedirectAttributes redirect) {
        OrganizationView organization = organizations.get(organizationId);
        // Say everything that is wrong at once, the password rule included, not one round at a time. An invitation needs an
        // address and no password: the person chooses theirs by the link.
        if (form != null && errors.getTarget() != null && form.invites() && (form.email() == null || form.email().isBlank())) {
            errors.rejectValue("email", "user.inviteNeedsEmail", "user.inviteNeedsEmail");
        } else if (form != null && errors.getTarget() != null && !form.invites() && !errors.hasFieldErrors("password")) {
            PasswordPolicy.violation(errors.hasFieldErrors("username") ? null : form.username(), form.password()).ifPresent(key ->
                    errors.rejectValue("password", key, new Object[]{PasswordPolicy.MIN_LENGTH}, key));
        }
        if (!errors.hasErrors()) {
            try {
                // an invited person's account starts with a password nobody knows, replaced by the one they choose
                String password = form.invites() ? unknownPassword() : form.password();
                UserView created = users.create(organizationId,
                        new UserAccounts.NewUser(form.username(), form.displayName(), form.email(), password, form.roles()));
                if (form.invites()) {
                    passwordLinks.invite(created, locale);
                }
                redirect.addFlashAttribute("saved", form.invites() ? "user.createdInvited" : "user.created");
                return "redirect:/admin/users/" + created.id();
            } catch (InvalidInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            }
        }
        // Never send a password back; and a value that could not be read leaves no form: show an empty one with the problems
        UserForm shown = form == null ? new UserForm("", "", "", "", Set.of(), false)
                : new UserForm(form.username(), form.displayName(), form.email(), "", form.roles(), form.invite());
        org.springframework.validation.BeanPropertyBindingResult kept = new org.springframework.validation.BeanPropertyBindingResult(shown, "form");
        kept.addAllErrors(errors);
        model.addAttribute("form", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
        return renderUserForm(organization, model);
    }

    @GetMapping("/admin/users/{userId}")
    String user(@PathVariable long userId, Model model) {
        UserView user = users.get(userId);
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RolesForm(user.roles(), user.version()));
        }
        return renderUser(user, model);
    }

    @PostMapping("/admin/users/{userId}/roles")
    String changeRoles(@PathVariable long userId, @Valid @ModelAttribute("form") RolesForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        UserView user = users.get(userId);
        if (!errors.hasErrors()) {
            try {
                users.changeRoles(userId, form.roles(), form.version());
                redirect.addFlashAttribute("saved", "user.rolesChanged");
                return "redirect:/admin/users/" + userId;
            } catch (InvalidInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            }
        }
        model.addAttribute("user", user);
        return renderUser(user, model);
    }

    @PostMapping("/admin/users/{userId}/deactivate")
    String deactivate(@PathVariable long userId, RedirectAttributes redirect) {
        try {
            users.deactivate(userId);
            redirect.addFlashAttribute("saved", "user.deactivated");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/admin/users/" + userId;
    }

    /** Emails the person a link to choose their own password (an invitation; it also serves someone locked out). */
    @PostMapping("/admin/users/{userId}/invite")
    String invite(@PathVariable long userId, java.util.Locale locale, RedirectAttributes redirect) {
        try {
            passwordLinks.invite(users.get(userId), locale);
            redirect.addFlashAttribute("saved", "passwordLinks.invited");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/admin/users/{userId}/activate")
    String activate(@PathVariable long userId, RedirectAttributes redirect) {
        users.activate(userId);
        redirect.addFlashAttribute("saved", "user.activated");
        return "redirect:/admin/users/" + userId;
    }

    /** 48 random characters: a password nobody knows, for an account whose person chooses theirs by an invitation. */
    private static String unknownPassword() {
        return org.pathways.platform.PrivateLinks.newNonce() + org.pathways.platform.PrivateLinks.newNonce();
    }

    private String renderUserForm(OrganizationView organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("roles", assignable(organization.type()));
        return "platform/organizations/user-form";
    }

    private String renderUser(UserView user, Model model) {
        OrganizationView organization = organizations.get(user.organizationId());
        model.addAttribute("organization", organization);
        model.addAttribute("roles", assignable(organization.type()));
        return "platform/organizations/user";
    }

    private static List<Role> assignable(OrganizationType type) {
        return Arrays.stream(Role.values()).filter(role -> role.allowedIn(type)).toList();
    }
}
