package org.pathways.requirements.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.employers.Employers;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
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

/**
 * A critical job's hiring requirements: the check against the occupation, the practices explained, and the form of
 * items and practices saved as one. Read-only members see it all and change nothing.
 */
@Controller
@Members
class RequirementPages {

    /** Empty rows after those written, to add items without JavaScript; rows keep their place so problems name them. */
    static final int SPARE_ROWS = 3;

    private final HiringRequirements requirements;
    private final Employers employers;

    RequirementPages(HiringRequirements requirements, Employers employers) {
        this.requirements = requirements;
        this.employers = employers;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("itemKinds", HiringRequirements.ItemKind.values());
        model.addAttribute("competencyTypes", HiringRequirements.CompetencyType.values());
        model.addAttribute("credentialKinds", HiringRequirements.CredentialKind.values());
        model.addAttribute("necessities", HiringRequirements.Necessity.values());
        model.addAttribute("backgroundChecks", HiringRequirements.BackgroundCheck.values());
        model.addAttribute("recordKinds", HiringRequirements.RecordKind.values());
    }

    @GetMapping("/critical-jobs/{criticalJobId}/requirements")
    String show(@PathVariable long criticalJobId, Model model) {
        HiringRequirements.Review review = requirements.review(criticalJobId);
        model.addAttribute("form", padded(review.requirements().input()));
        model.addAttribute("version", review.requirements().version());
        return page(review, model);
    }

    @Editors
    @PostMapping("/critical-jobs/{criticalJobId}/requirements")
    String save(@PathVariable long criticalJobId, @Valid @ModelAttribute("form") RequirementsInput form, BindingResult errors,
                @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        HiringRequirements.Review review = requirements.review(criticalJobId);
        Integer opened = FormErrors.openedVersion(version);
        model.addAttribute("version", opened == null ? review.requirements().version() : opened);
        if (opened == null) {
            model.addAttribute("problem", "requirements.changedByOther");
        } else if (!errors.hasErrors()) {
            try {
                requirements.save(criticalJobId, opened, form);
                redirect.addFlashAttribute("saved", "requirements.saved");
                return "redirect:/critical-jobs/" + criticalJobId + "/requirements";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "items");
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
                model.addAttribute("latest", review.requirements());
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, padded(review.requirements().input()));
        }
        return page(review, model);
    }

    private static RequirementsInput padded(RequirementsInput input) {
        List<Item> rows = new ArrayList<>(input.items());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(Item.EMPTY);
        }
        return new RequirementsInput(rows, input.practices());
    }

    private String page(HiringRequirements.Review review, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("employer", employers.get(review.requirements().employerId()));
        return "requirements/job";
    }
}
