package org.pathways.requirements.web;

import jakarta.validation.Valid;

import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.JobPostings;
import org.pathways.requirements.RequirementsRollUp;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final HiringRequirements requirements;
    private final JobPostings postings;
    private final RequirementsRollUp rollUp;

    RequirementsApi(HiringRequirements requirements, JobPostings postings, RequirementsRollUp rollUp) {
        this.requirements = requirements;
        this.postings = postings;
        this.rollUp = rollUp;
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

    /** The employer's own hiring practices, which its critical jobs without practices of their own follow. */
    @GetMapping("/api/v1/employers/{employerId}/hiring-practices")
    HiringRequirements.EmployerPracticesView employerPractices(@PathVariable long employerId) {
        return requirements.employerPractices(employerId);
    }

    /** Replaces the employer's practices; send the {@code version} you read as {@code ?version=N} (0 for none yet). */
    @Editors
    @PutMapping("/api/v1/employers/{employerId}/hiring-practices")
    HiringRequirements.EmployerPracticesView saveEmployerPractices(@PathVariable long employerId,
                                                                   @Valid @RequestBody HiringRequirements.EmployerPracticesInput body,
                                                                   @RequestParam(required = false) Integer version) {
        return requirements.saveEmployerPractices(employerId, version == null ? -1 : version, body);
    }

    /** The job as a schema.org JobPosting in JSON-LD, its description in the language asked for (Accept-Language). */
    @GetMapping("/api/v1/critical-jobs/{criticalJobId}/job-posting")
    ResponseEntity<Map<String, Object>> jobPosting(@PathVariable long criticalJobId, Locale locale) {
        return ResponseEntity.ok().contentType(JSON_LD).body(postings.of(criticalJobId, locale).jsonLd());
    }

    /** Every member job of the collaborative's shared critical jobs as a JobPosting, for its managing organization. */
    @GetMapping("/api/v1/collaboratives/{collaborativeId}/job-postings")
    ResponseEntity<List<Map<String, Object>>> jobPostings(@PathVariable long collaborativeId, Locale locale) {
        return ResponseEntity.ok().contentType(JSON_LD).body(postings.ofCollaborative(collaborativeId, locale));
    }

    /**
     * The collaborative's requirements per shared critical job; for partners and members a job with too few employers has
     * its figures as explicit nulls beside the reason ({@code withheld}).
     */
    @GetMapping("/api/v1/collaboratives/{collaborativeId}/requirements")
    RequirementsRollUp.RollUp rollUp(@PathVariable long collaborativeId) {
        return rollUp.of(collaborativeId);
    }
}
