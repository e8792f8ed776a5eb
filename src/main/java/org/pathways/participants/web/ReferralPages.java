package org.pathways.participants.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.pathways.participants.Matches;
import org.pathways.participants.ParticipantLinks;
import org.pathways.participants.Referrals;
import org.pathways.participants.Referrals.StageInput;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral's page, for the OPSO that made it (in full) and for the employer it was made to (the consented profile only),
 * with the form for the next stage; the employer's list of referrals; a critical job's pipeline board.
 */
@Controller
@Members
class ReferralPages {

    private final Referrals referrals;
    private final ParticipantLinks links;
    private final Matches matches;

    ReferralPages(Referrals referrals, ParticipantLinks links, Matches matches) {
        this.referrals = referrals;
        this.links = links;
        this.matches = matches;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("decidedBys", Referrals.DecidedBy.values());
    }

    @GetMapping("/referrals")
    String list(Model model) {
        model.addAttribute("referrals", referrals.toMyEmployer());
        return "referrals/list";
    }

    @GetMapping("/referrals/{referralId}")
    String show(@PathVariable long referralId, Model model) {
        model.addAttribute("form", new StageInput(null, LocalDate.now(), null, null, null));
        return page(referralId, model);
    }

    @Editors
    @PostMapping("/referrals/{referralId}/stages")
    String recordStage(@PathVariable long referralId, @Valid @ModelAttribute("form") StageInput form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                referrals.recordStage(referralId, form);
                redirect.addFlashAttribute("saved", "referrals.stageSaved");
                return "redirect:/referrals/" + referralId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new StageInput(null, LocalDate.now(), null, null, null));
        }
        return page(referralId, model);
    }

    @GetMapping("/critical-jobs/{criticalJobId}/pipeline")
    String board(@PathVariable long criticalJobId, Model model) {
        model.addAttribute("board", referrals.board(criticalJobId));
        model.addAttribute("job", referrals.jobsForReferral().stream().filter(j -> j.criticalJobId() == criticalJobId).findFirst()
                .orElse(null));
        return "referrals/board";
    }

    /** The reverse of a participant's matches: who among the OPSO's current participants could fit this job. */
    @GetMapping("/critical-jobs/{criticalJobId}/candidates")
    String candidates(@PathVariable long criticalJobId, Model model) {
        model.addAttribute("found", matches.forJob(criticalJobId));
        return "referrals/candidates";
    }

    private String page(long referralId, Model model) {
        boolean opso = referrals.isOpsoOf(referralId);
        model.addAttribute("opso", opso);
        if (opso) {
            Referrals.ReferralView referral = referrals.get(referralId);
            model.addAttribute("referral", referral);
            model.addAttribute("nextStages", Referrals.Stage.values());
            if (links.mayIssue()) {
                model.addAttribute("employerLinks", links.live(referral.participantId()).stream()
                        .filter(l -> Long.valueOf(referralId).equals(l.referralId())).toList());
            }
        } else {
            model.addAttribute("shared", referrals.forEmployer(referralId));
            model.addAttribute("nextStages", java.util.Arrays.stream(Referrals.Stage.values()).filter(Referrals.Stage::employerDecides)
                    .toList());
        }
        return "referrals/referral";
    }
}
