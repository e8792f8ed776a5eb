package org.pathways.participants.web;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.pathways.participants.Consents;
import org.pathways.participants.ParticipantLinks;
import org.pathways.participants.ParticipantLinks.GiveInput;
import org.pathways.participants.Referrals;
import org.pathways.participants.Referrals.StageInput;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Times;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages reached by the participants module's private links, without an account: a participant's own consent page
 * ({@code /c/…}) and an employer's page for one referral ({@code /r/…}). The link is the only thing that says whose page it
 * is; nothing in a form can point at another person or referral. The pages answer in place (no redirect: no session to
 * carry a message across).
 */
@Controller
@PublicEndpoint("a participant, or an employer without accounts, opens the page by the private link the OPSO sent; the link is "
        + "the credential and ParticipantLinks checks it")
class LinkPages {

    private final ParticipantLinks links;
    private final Times times;

    LinkPages(ParticipantLinks links, Times times) {
        this.links = links;
        this.times = times;
    }

    @GetMapping("/c/{token}")
    String consentPage(@PathVariable String token, Model model) {
        return consentPage(token, GiveInput.blank(), model, true);
    }

    @PostMapping("/c/{token}")
    String give(@PathVariable String token, @Valid @ModelAttribute("form") GiveInput form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                Consents.ConsentView given = links.give(token, form);
                model.addAttribute("saved", "consentPage.given");
                model.addAttribute("savedName", given.recipientName());
                return consentPage(token, GiveInput.blank(), model, false);
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "categories");
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, GiveInput.blank(), "form");
        }
        return consentPage(token, null, model, false);
    }

    @PostMapping("/c/{token}/revoke")
    String revoke(@PathVariable String token, @RequestParam(required = false) Long consentId, @RequestParam(required = false) String reason,
                  Model model) {
        try {
            Consents.ConsentView stopped = links.revoke(token, consentId, reason);
            model.addAttribute("saved", "consentPage.stopped");
            model.addAttribute("savedName", stopped.recipientName());
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.messageKey());
        }
        return consentPage(token, GiveInput.blank(), model, false);
    }

    @GetMapping("/r/{token}")
    String referralPage(@PathVariable String token, Model model) {
        return referralPage(token, new StageInput(null, LocalDate.now(), null, null, null), model, true);
    }

    @PostMapping("/r/{token}")
    String recordStage(@PathVariable String token, @Valid @ModelAttribute("form") StageInput form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                links.recordStage(token, form);
                model.addAttribute("saved", "referrals.stageSaved");
                return referralPage(token, new StageInput(null, LocalDate.now(), null, null, null), model, false);
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new StageInput(null, LocalDate.now(), null, null, null), "form");
        }
        return referralPage(token, null, model, false);
    }

    /** The page; {@code opening} on a visit (counted for staff), not when shown again after a form. */
    private String consentPage(String token, GiveInput form, Model model, boolean opening) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        ParticipantLinks.ConsentPage page = links.consentPage(token, opening);
        // nobody is signed in here: times are in the OPSO's zone, as its staff see them
        times.useZoneOf(page.organizationId());
        model.addAttribute("token", token);
        model.addAttribute("page", page);
        model.addAttribute("categories", Consents.Category.values());
        model.addAttribute("purposes", Consents.Purpose.values());
        model.addAttribute("monthChoices", java.util.List.of(3, 6, 12, 24, ParticipantLinks.MAX_MONTHS));
        return "participants/own-consents";
    }

    private String referralPage(String token, StageInput form, Model model, boolean opening) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        ParticipantLinks.ReferralPage page = links.referralPage(token, opening);
        times.useZoneOf(page.organizationId());
        model.addAttribute("token", token);
        model.addAttribute("page", page);
        model.addAttribute("nextStages", Arrays.stream(Referrals.Stage.values()).filter(Referrals.Stage::employerDecides).toList());
        return "referrals/by-link";
    }
}
