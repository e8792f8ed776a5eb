package org.pathways.platform.web;

import java.util.Locale;

import org.pathways.platform.PasswordLinks;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password asked for by email, and the page a password link opens (an invitation or a reset) to choose one.
 * Nobody is signed in: the address asked for reveals nothing, and the link is the credential PasswordLinks checks.
 */
@Controller
@PublicEndpoint("people who cannot sign in ask for a reset link, and open the link they were sent; the link is the credential")
class PasswordPages {

    private final PasswordLinks links;

    PasswordPages(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "platform/password-forgot";
    }

    /** The same answer whether or not an account has the address: the page must not tell who has an account. */
    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(required = false) String email, Locale locale, Model model) {
        if (email == null || email.isBlank()) {
            model.addAttribute("problem", "passwordLinks.emailRequired");
            return "platform/password-forgot";
        }
        links.requestReset(email, locale);
        model.addAttribute("saved", "passwordLinks.resetSent");
        return "platform/password-forgot";
    }

    @GetMapping("/password/{token}")
    String choose(@PathVariable String token, Model model) {
        model.addAttribute("page", links.open(token));
        model.addAttribute("token", token);
        return "platform/password-choose";
    }

    @PostMapping("/password/{token}")
    String chosen(@PathVariable String token, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String confirmation, Model model) {
        try {
            links.choose(token, password == null ? "" : password, confirmation == null ? "" : confirmation);
            return "redirect:/login?passwordChosen";
        } catch (InvalidInput invalid) {
            model.addAttribute("fieldProblems", java.util.Map.of(invalid.field(), invalid.messageKey()));
            model.addAttribute("problemArguments", invalid.arguments());
            model.addAttribute("problem", "form.fixBelow");
            model.addAttribute("page", links.open(token));
            model.addAttribute("token", token);
            return "platform/password-choose";
        }
    }
}
