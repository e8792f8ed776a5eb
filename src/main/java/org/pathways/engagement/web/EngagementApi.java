package org.pathways.engagement.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.engagement.Engagements;
import org.pathways.engagement.PartnershipFit;
import org.pathways.engagement.Workbook;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.Permissions.CollaborativeManagers;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The engagement log through the API: an employer's timeline, logging an engagement, the caller's open next steps. */
@RestController
@Members
class EngagementApi {

    private final Engagements engagements;
    private final PartnershipFit fit;
    private final Workbook workbook;

    EngagementApi(Engagements engagements, PartnershipFit fit, Workbook workbook) {
        this.engagements = engagements;
        this.fit = fit;
        this.workbook = workbook;
    }

    /** The workbook's five actions with each question's answer, status, version and evidence (a message key and its arguments). */
    @GetMapping("/api/v1/employers/{employerId}/workbook")
    List<Workbook.Action> workbook(@PathVariable long employerId) {
        return workbook.of(employerId);
    }

    /** Saves one answer; send the version you read (0 for a question never answered). A newer one answers 409. */
    @Editors
    @PutMapping("/api/v1/employers/{employerId}/workbook")
    List<Workbook.Action> answer(@PathVariable long employerId, @Valid @RequestBody Workbook.Answer body) {
        workbook.answer(employerId, body.question(), body.answer(), body.status(), body.version());
        return workbook.of(employerId);
    }

    /** Each factor of the partnership fit with its weight, points and evidence (a message key and its arguments). */
    @GetMapping("/api/v1/employers/{employerId}/fit")
    PartnershipFit.Fit fit(@PathVariable long employerId) {
        return fit.of(employerId);
    }

    /** The partnership fit's weights in use: the organization's own, or the product's defaults ({@code own} false). */
    @GetMapping("/api/v1/fit-weights")
    PartnershipFit.Weights weights() {
        return fit.weights();
    }

    /** Sets the organization's weights: every factor, whole numbers from 0 to 100, 100 in all. */
    @CollaborativeManagers
    @PutMapping("/api/v1/fit-weights")
    PartnershipFit.Weights setWeights(@RequestBody java.util.Map<String, Integer> weights) {
        return fit.setWeights(weights);
    }

    @CollaborativeManagers
    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/fit-weights")
    PartnershipFit.Weights resetWeights() {
        return fit.resetWeights();
    }

    /** An engagement with whether its next step is overdue, so scripts need not work it out. */
    record EngagementResponse(Engagements.EngagementView engagement, boolean overdue) {
        static EngagementResponse of(Engagements.EngagementView view) {
            return new EngagementResponse(view, view.overdue());
        }
    }

    @GetMapping("/api/v1/employers/{employerId}/engagements")
    List<EngagementResponse> timeline(@PathVariable long employerId) {
        return engagements.of(employerId).stream().map(EngagementResponse::of).toList();
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/engagements")
    ResponseEntity<EngagementResponse> record(@PathVariable long employerId, @Valid @RequestBody Engagements.EngagementInput body) {
        Engagements.EngagementView recorded = engagements.record(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/engagements/" + recorded.id())).body(EngagementResponse.of(recorded));
    }

    @GetMapping("/api/v1/engagements/{engagementId}")
    EngagementResponse get(@PathVariable long engagementId) {
        return EngagementResponse.of(engagements.get(engagementId));
    }

    /** Corrects an engagement: send every field, and the {@code version} you read as {@code ?version=N}; a newer one answers 409. */
    @Editors
    @PutMapping("/api/v1/engagements/{engagementId}")
    EngagementResponse update(@PathVariable long engagementId, @Valid @RequestBody Engagements.EngagementInput body,
                              @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInput("version", "validation.required");
        }
        return EngagementResponse.of(engagements.update(engagementId, body, version));
    }

    @GetMapping("/api/v1/next-steps")
    List<EngagementResponse> nextSteps() {
        return engagements.nextStepsDue().stream().map(EngagementResponse::of).toList();
    }

    @Editors
    @PostMapping("/api/v1/engagements/{engagementId}/done")
    EngagementResponse done(@PathVariable long engagementId) {
        return EngagementResponse.of(engagements.markDone(engagementId));
    }
}
