package org.pathways.requirements.web;

import org.pathways.platform.Permissions.Members;
import org.pathways.requirements.RequirementsRollUp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A collaborative's hiring requirements per shared critical job, under its confidentiality rule. */
@Controller
@Members
class RequirementsRollUpPages {

    private final RequirementsRollUp rollUp;

    RequirementsRollUpPages(RequirementsRollUp rollUp) {
        this.rollUp = rollUp;
    }

    @GetMapping("/collaboratives/{collaborativeId}/requirements")
    String show(@PathVariable long collaborativeId, Model model) {
        model.addAttribute("rollUp", rollUp.of(collaborativeId));
        return "requirements/roll-up";
    }
}
