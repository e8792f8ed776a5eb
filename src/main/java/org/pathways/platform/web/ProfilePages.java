package org.pathways.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.ApiTokens;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's own page: who they are, their password and their personal API tokens. */
@Controller
@SignedIn
class ProfilePages {

    private final ApiTokens tokens;
    private final UserAccounts users;

    ProfilePages(ApiTokens tokens, UserAccounts users) {
        this.tokens = tokens;
        this.users = users;
    }

    record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(365) Integer expiresInDays) {
    }

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {
    }

    @GetMapping("/profile")
    String profile(Model model) {
        return render(model, new TokenForm("", 90), new PasswordForm("", "", ""));
    }

    @PostMapping("/profile/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
                       HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                ApiTokens.CreatedToken created = tokens.create(form.name(), form.expiresInDays());
                // The secret is on this one response only; make sure no cache keeps it.
                response.setHeader("Cache-Control", "no-store");
                model.addAttribute("newToken", created);
                return render(model, new TokenForm("", 90), new PasswordForm("", "", ""));
            } catch (InvalidInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            }
        }
        return render(model, form, new PasswordForm("", "", ""));
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId) {
        tokens.revoke(tokenId);
        return "redirect:/profile?revoked";
    }

    @PostMapping("/profile/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                users.changeOwnPassword(form.currentPassword(), form.newPassword());
                return "redirect:/profile?passwordChanged";
            } catch (InvalidInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            }
        }
        return render(model, new TokenForm("", 90), form);
    }

    private String render(Model model, TokenForm tokenForm, PasswordForm passwordForm) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", tokenForm);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", passwordForm);
        }
        model.addAttribute("account", users.me());
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("maxTokenDays", tokens.maxDays());
        return "platform/profile";
    }
}
