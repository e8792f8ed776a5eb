package org.pathways.requirements.web;

import jakarta.validation.Valid;

import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A critical job's hiring requirements for scripts and other systems, with the page's rules (a stale version answers 409). */
@RestController
@Members
class RequirementsApi {

    private final HiringRequirements requirements;

    RequirementsApi(HiringRequirements requirements) {
        this.requirements = requirements;
    }

    /** The items and practices, with the check against the occupation and the practices explained. */
    @GetMapping("/api/v1/critical-jobs/{criticalJobId}/requirements")
    HiringRequirements.Review get(@PathVariable long criticalJobId) {
        return requirements.review(criticalJobId);
    }

    /** Replaces the items and practices; send the {@code version} you read as {@code ?version=N} (0 for a job never recorded). */
    @Editors
    @PutMapping("/api/v1/critical-jobs/{criticalJobId}/requirements")
    HiringRequirements.Review put(@PathVariable long criticalJobId, @Valid @RequestBody RequirementsInput body,
                                  @RequestParam(required = false) Integer version) {
        requirements.save(criticalJobId, version == null ? -1 : version, body);
        return requirements.review(criticalJobId);
    }
}
