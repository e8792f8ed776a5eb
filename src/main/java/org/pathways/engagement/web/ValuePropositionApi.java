package org.pathways.engagement.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.pathways.engagement.LanguageCheck;
import org.pathways.engagement.ValuePropositions;
import org.pathways.engagement.ValuePropositions.Stage;
import org.pathways.engagement.ValuePropositions.Step;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Permissions.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The value proposition through the API: read it (with what to collect first, the history and the wording flags),
 * save the next version, read the agreed success measures, and keep the organization's list of words to avoid.
 */
@RestController
@Members
class ValuePropositionApi {

    private final ValuePropositions propositions;
    private final LanguageCheck language;

    ValuePropositionApi(ValuePropositions propositions, LanguageCheck language) {
        this.propositions = propositions;
        this.language = language;
    }

    /**
     * @param toCollect  what to record before a first version (message keys); empty when a draft can be written
     * @param version    the latest version, or the one asked for; null when none is saved
     * @param suggestion a draft from the recorded facts, when there is something to draft from
     * @param flags      the language check of {@code version}
     */
    record PropositionResponse(long employerId, List<String> toCollect, ValuePropositions.Version version, ValuePropositions.Draft suggestion,
                               List<ValuePropositions.VersionSummary> history, List<LanguageCheck.Flag> flags) {
    }

    @GetMapping("/api/v1/employers/{employerId}/value-proposition")
    PropositionResponse get(@PathVariable long employerId, @RequestParam(required = false) Integer version) {
        ValuePropositions.Builder builder = propositions.builder(employerId);
        ValuePropositions.Version shown = version == null ? builder.latest() : propositions.version(employerId, version);
        return new PropositionResponse(employerId, builder.toCollect(), shown, builder.suggestion(), builder.history(), flagsOf(shown));
    }

    private List<LanguageCheck.Flag> flagsOf(ValuePropositions.Version version) {
        return version == null ? List.of()
                : language.check(ValuePropositions.textsOf(version.draft()));
    }

    /** The next version: send {@code basedOn}, the version you read (0 when there was none); a newer one answers 409. */
    record PropositionBody(@NotNull Integer basedOn, @NotNull Stage stage, String painPoints, String acknowledge, String proposal, String success,
                           String benefits, String firstMeeting, List<ValuePropositions.Measure> measures) {

        ValuePropositions.Draft draft() {
            Map<Step, String> steps = new EnumMap<>(Step.class);
            steps.put(Step.PAIN_POINTS, painPoints);
            steps.put(Step.ACKNOWLEDGE, acknowledge);
            steps.put(Step.PROPOSAL, proposal);
            steps.put(Step.SUCCESS, success);
            steps.put(Step.BENEFITS, benefits);
            steps.put(Step.FIRST_MEETING, firstMeeting);
            return new ValuePropositions.Draft(stage, steps, measures == null ? List.of() : measures);
        }
    }

    @Editors
    @PutMapping("/api/v1/employers/{employerId}/value-proposition")
    ResponseEntity<PropositionResponse> save(@PathVariable long employerId, @Valid @RequestBody PropositionBody body) {
        ValuePropositions.Version saved = propositions.save(employerId, body.draft(), body.basedOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PropositionResponse(employerId, List.of(), saved, null,
                propositions.history(employerId), flagsOf(saved)));
    }

    /** The success measures the employer agreed to: empty until the latest version is agreed. */
    @GetMapping("/api/v1/employers/{employerId}/success-measures")
    List<ValuePropositions.MeasureView> agreed(@PathVariable long employerId) {
        return propositions.agreedTargets(employerId);
    }

    @GetMapping("/api/v1/language-terms")
    List<LanguageCheck.Term> terms() {
        return language.terms();
    }

    record TermBody(String term, String suggestion) {
    }

    @Staff
    @PostMapping("/api/v1/language-terms")
    @ResponseStatus(HttpStatus.CREATED)
    LanguageCheck.Term add(@RequestBody TermBody body) {
        return language.add(body.term(), body.suggestion());
    }

    @Staff
    @DeleteMapping("/api/v1/language-terms/{termId}")
    ResponseEntity<Void> remove(@PathVariable long termId) {
        language.remove(termId);
        return ResponseEntity.noContent().build();
    }
}
