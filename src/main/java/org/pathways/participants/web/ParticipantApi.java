package org.pathways.participants.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.pathways.participants.CareerPathways;
import org.pathways.participants.Circumstances;
import org.pathways.participants.Consents;
import org.pathways.participants.Matches;
import org.pathways.participants.ParticipantExport;
import org.pathways.participants.ParticipantImport;
import org.pathways.participants.Participants;
import org.pathways.participants.Participants.ParticipantQuery;
import org.pathways.participants.Referrals;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Permissions.Staff;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants, their circumstances, consents and referrals for scripts, with the pages' rules: the OPSO's own people only
 * (another organization's participant answers 404), circumstances for its staff only and every read of them recorded, a
 * stale {@code version} answered 409.
 */
@RestController
@Members
class ParticipantApi {

    private final Participants participants;
    private final Circumstances circumstances;
    private final Consents consents;
    private final Referrals referrals;
    private final Matches matches;
    private final CareerPathways pathways;
    private final ParticipantExport export;
    private final ParticipantImport participantImport;
    private final org.springframework.context.MessageSource messages;

    ParticipantApi(Participants participants, Circumstances circumstances, Consents consents, Referrals referrals, Matches matches,
                   CareerPathways pathways, ParticipantExport export, ParticipantImport participantImport,
                   org.springframework.context.MessageSource messages) {
        this.export = export;
        this.participantImport = participantImport;
        this.messages = messages;
        this.pathways = pathways;
        this.participants = participants;
        this.circumstances = circumstances;
        this.consents = consents;
        this.referrals = referrals;
        this.matches = matches;
    }

    /** The OPSO's participants, by family name; filters {@code q} (name or email), skill, credential, soc, county, stage, staff. */
    @GetMapping("/api/v1/participants")
    PageResult<Participants.ParticipantSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) String skill,
                                                      @RequestParam(required = false) CredentialKind credential,
                                                      @RequestParam(required = false) String soc,
                                                      @RequestParam(required = false) String county,
                                                      @RequestParam(required = false) Referrals.Stage stage,
                                                      @RequestParam(required = false) Long staff,
                                                      @RequestParam(required = false) Integer page,
                                                              @RequestParam(required = false) Integer size) {
        return participants.search(new ParticipantQuery(q, skill, credential, soc, county, stage, staff), PageQuery.of(page, size));
    }

    /** The OPSO's participants as CSV, without the confidential columns (an administrator asks for them with {@code POST}). */
    @Staff
    @GetMapping("/api/v1/participants/export")
    ResponseEntity<byte[]> export(java.util.Locale locale) {
        return ParticipantExportPages.csv(export, new ParticipantExport.ExportRequest(false, null), locale);
    }

    /** The same with the confidential columns: {@code {"confidential": true, "reason": "…"}}, administrators only, audited. */
    @Staff
    @PostMapping("/api/v1/participants/export")
    ResponseEntity<byte[]> export(@RequestBody ParticipantExport.ExportRequest body, java.util.Locale locale) {
        export.check(body);
        return ParticipantExportPages.csv(export, body, locale);
    }

    /** One problem of a refused import: the file's row (0 for the file as a whole), the column's heading, what is wrong. */
    record ImportProblem(int row, String column, String message) {
    }

    /** What an import did: every row written, or none and every problem named. */
    record ImportResult(int rows, int imported, List<ImportProblem> problems) {
    }

    /** Imports participants from a CSV or .xlsx file ({@code file}), as the import page does: all or nothing; 400 with the problems. */
    @Staff
    @PostMapping(path = "/api/v1/participants/import", consumes = "multipart/form-data")
    ResponseEntity<ImportResult> importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                                            java.util.Locale locale) throws java.io.IOException {
        ParticipantImport.Report report = org.pathways.platform.Uploads.withSaved(List.of(file),
                saved -> participantImport.importFile(saved.get(0)));
        List<ImportProblem> problems = report.problems().stream().map(p -> new ImportProblem(p.row(), p.column(),
                messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))).toList();
        return ResponseEntity.status(report.failed() ? 400 : 200).body(new ImportResult(report.rows(), report.imported(), problems));
    }

    /** Records a participant; {@code circumstances} in the body go straight to the sealed store. */
    @Staff
    @PostMapping("/api/v1/participants")
    ResponseEntity<Participants.ParticipantView> create(@Valid @RequestBody Participants.ParticipantInput body) {
        Participants.ParticipantView created = participants.create(body);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/participants/{participantId}")
    Participants.ParticipantView get(@PathVariable long participantId) {
        return participants.get(participantId);
    }

    /** Saves the profile; send the {@code version} you read as {@code ?version=N}. Circumstances travel on their own endpoint. */
    @Staff
    @PutMapping("/api/v1/participants/{participantId}")
    Participants.ParticipantView put(@PathVariable long participantId, @Valid @RequestBody Participants.ParticipantInput body,
                                     @RequestParam(required = false) Integer version) {
        return participants.update(participantId, version == null ? -1 : version, body);
    }

    /** Forgets the participant at their request: personal data and circumstances removed, de-identified outcomes kept. */
    @Staff
    @PostMapping("/api/v1/participants/{participantId}/erase")
    ResponseEntity<Void> erase(@PathVariable long participantId) {
        participants.erase(participantId);
        return ResponseEntity.noContent().build();
    }

    /** The confidential circumstances, for the OPSO's staff; the read appears in the participant's access log. */
    @Staff
    @GetMapping("/api/v1/participants/{participantId}/circumstances")
    Circumstances.CircumstancesView circumstances(@PathVariable long participantId) {
        return circumstances.read(participantId, Circumstances.Read.CIRCUMSTANCES_API);
    }

    /** Replaces the circumstances; send the {@code version} you read as {@code ?version=N} (0 when none is recorded). */
    @Staff
    @PutMapping("/api/v1/participants/{participantId}/circumstances")
    Circumstances.CircumstancesView saveCircumstances(@PathVariable long participantId,
                                                      @Valid @RequestBody Circumstances.CircumstancesInput body,
                                                      @RequestParam(required = false) Integer version) {
        return circumstances.save(participantId, version == null ? -1 : version, body);
    }

    /** Who read the participant's circumstances, when, what and from where, newest first. */
    @Staff
    @GetMapping("/api/v1/participants/{participantId}/access-log")
    List<Circumstances.Access> accessLog(@PathVariable long participantId) {
        return circumstances.accessLog(participantId);
    }

    /** The critical jobs of the employers the OPSO keeps, ranked by fit, each line explained. */
    @GetMapping("/api/v1/participants/{participantId}/matches")
    List<Matches.JobMatch> matches(@PathVariable long participantId) {
        return matches.forParticipant(participantId);
    }

    /** From the participant's current or last job and each goal, the next steps O*NET relates, with wages and jobs in reach. */
    /** The reverse view: the OPSO's current participants who could fit one of its critical jobs, best first, each line explained. */
    @GetMapping("/api/v1/critical-jobs/{criticalJobId}/candidates")
    Matches.JobCandidates candidates(@PathVariable long criticalJobId) {
        return matches.forJob(criticalJobId);
    }

    @GetMapping("/api/v1/participants/{participantId}/pathway")
    CareerPathways.Pathway pathway(@PathVariable long participantId) {
        return pathways.of(participantId);
    }

    @GetMapping("/api/v1/participants/{participantId}/consents")
    List<Consents.ConsentView> consents(@PathVariable long participantId) {
        return consents.of(participantId);
    }

    @Staff
    @PostMapping("/api/v1/participants/{participantId}/consents")
    ResponseEntity<Consents.ConsentView> recordConsent(@PathVariable long participantId, @Valid @RequestBody Consents.ConsentInput body) {
        Consents.ConsentView consent = consents.record(participantId, body);
        return ResponseEntity.status(201).body(consent);
    }

    record Revocation(@Size(max = 500) String reason) {
    }

    /** Revokes a consent from now on: nothing more is disclosed under it; what was shared stays shared. */
    @Staff
    @PostMapping("/api/v1/consents/{consentId}/revoke")
    Consents.ConsentView revoke(@PathVariable long consentId, @Valid @RequestBody(required = false) Revocation body) {
        return consents.revoke(consentId, body == null ? null : body.reason());
    }

    /** Consents that lapse within {@code days} (default 30), for staff to renew or let go. */
    @Staff
    @GetMapping("/api/v1/consents/expiring")
    List<Consents.Expiring> expiring(@RequestParam(defaultValue = "30") int days) {
        return consents.expiring(Math.max(0, Math.min(days, 365)));
    }

    @GetMapping("/api/v1/participants/{participantId}/referrals")
    List<Referrals.ReferralView> referralsOf(@PathVariable long participantId) {
        return referrals.ofParticipant(participantId);
    }

    /** Refers a participant ({@code participantId}) to a critical job ({@code criticalJobId}) under a consent ({@code consentId}). */
    @Staff
    @PostMapping("/api/v1/referrals")
    ResponseEntity<Referrals.ReferralView> refer(@Valid @RequestBody Referrals.ReferralInput body) {
        Referrals.ReferralView referral = referrals.refer(body);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
    }

    /** The referral: in full for the OPSO that made it; for the employer, the job, the stages and the consented profile only. */
    @GetMapping("/api/v1/referrals/{referralId}")
    Object referral(@PathVariable long referralId) {
        return referrals.isOpsoOf(referralId) ? referrals.get(referralId) : referrals.forEmployer(referralId);
    }

    /** Records the next stage; out of order, too soon after the hire or after a way out is refused with the rule. */
    @Editors
    @PostMapping("/api/v1/referrals/{referralId}/stages")
    Object recordStage(@PathVariable long referralId, @Valid @RequestBody Referrals.StageInput body) {
        referrals.recordStage(referralId, body);
        return referral(referralId);
    }

    /** For an employer's own people: the referrals made to its critical jobs. */
    @GetMapping("/api/v1/referrals")
    List<Referrals.EmployerReferralSummary> referralsToMe() {
        return referrals.toMyEmployer();
    }

    /** A critical job's referrals by stage, for the OPSO that made them. */
    @GetMapping("/api/v1/critical-jobs/{criticalJobId}/pipeline")
    Map<Referrals.Stage, List<Referrals.ReferralView>> board(@PathVariable long criticalJobId) {
        return referrals.board(criticalJobId);
    }

    /** Retention checks of the OPSO's hires due within {@code days} (default 14) or overdue. */
    @Staff
    @GetMapping("/api/v1/retention-checks")
    List<Referrals.RetentionDue> retentionChecks(@RequestParam(defaultValue = "14") int days) {
        return referrals.retentionDue(Math.max(0, Math.min(days, 365)));
    }
}
