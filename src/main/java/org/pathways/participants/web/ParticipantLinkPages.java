package org.pathways.participants.web;

import org.pathways.participants.ParticipantLinks;
import org.pathways.participants.ParticipantLinks.SendTo;
import org.pathways.platform.Permissions.Staff;
import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff issue and withdraw the private links: a participant's own consent page, an employer's page for one referral. */
@Controller
@Staff
class ParticipantLinkPages {

    private final ParticipantLinks links;

    ParticipantLinkPages(ParticipantLinks links) {
        this.links = links;
    }

    @PostMapping("/participants/{participantId}/consent-link")
    String issueConsentLink(@PathVariable long participantId, @RequestParam(defaultValue = "false") boolean send,
                            RedirectAttributes redirect) {
        try {
            links.issueConsentLink(participantId, send);
            redirect.addFlashAttribute("saved", send ? "participantLinks.sent" : "participantLinks.issued");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/participants/" + participantId + "#own-page";
    }

    @PostMapping("/participants/{participantId}/links/{linkId}/withdraw")
    String withdraw(@PathVariable long participantId, @PathVariable long linkId, RedirectAttributes redirect) {
        Long referralId = links.withdraw(participantId, linkId);
        redirect.addFlashAttribute("saved", "participantLinks.withdrawn");
        return referralId == null ? "redirect:/participants/" + participantId + "#own-page" : "redirect:/referrals/" + referralId
                + "#employer-link";
    }

    @PostMapping("/referrals/{referralId}/employer-link")
    String issueReferralLink(@PathVariable long referralId, @RequestParam(required = false) String email, RedirectAttributes redirect) {
        try {
            links.issueReferralLink(referralId, new SendTo(email));
            redirect.addFlashAttribute("saved", email == null || email.isBlank() ? "participantLinks.issued" : "participantLinks.sent");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/referrals/" + referralId + "#employer-link";
    }
}
