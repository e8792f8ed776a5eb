package org.pathways.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Size;

import org.pathways.participants.Consents.Category;
import org.pathways.participants.Consents.ConsentView;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral pipeline: one participant, one critical job of an employer the OPSO keeps, one consent that holds today
 * for that employer. Its stages follow {@link Pipeline}'s rules. The OPSO's staff record any stage; the employer's own
 * people (when its profile is linked to its organization in Pathways) see the consented part of the profile only and
 * record what the employer decides. A hire is announced as {@link ParticipantHired}, a departure after it as
 * {@link ParticipantSeparated}.
 */
@Service
@Transactional
public class Referrals {

    public enum Stage {
        REFERRED(0), APPLIED(0), INTERVIEWED(0), OFFERED(0), HIRED(0), RETAINED_30(30), RETAINED_90(90), RETAINED_180(180),
        RETAINED_365(365), ADVANCED(0), WITHDRAWN(0), NOT_SELECTED(0), DECLINED(0), SEPARATED(0);

        private final int retentionDays;

        Stage(int retentionDays) {
            this.retentionDays = retentionDays;
        }

        /** Days after the hire a retention check falls due; 0 for any other stage. */
        public int retentionDays() {
            return retentionDays;
        }

        public boolean exit() {
            return this == WITHDRAWN || this == NOT_SELECTED || this == DECLINED || this == SEPARATED;
        }

        /** The step that comes before one on the way to a hire. */
        Stage before() {
            return values()[ordinal() - 1];
        }

        /**
         * What an employer's own people may record: what the employer sees and decides. The application is among them: it
         * reaches the employer, and an interview is recorded after it.
         */
        public boolean employerDecides() {
            return this == APPLIED || this == INTERVIEWED || this == OFFERED || this == HIRED || this == NOT_SELECTED;
        }

        /** The columns of a job's pipeline board, in order. */
        public static List<Stage> board() {
            return List.of(REFERRED, APPLIED, INTERVIEWED, OFFERED, HIRED, RETAINED_30, RETAINED_90, RETAINED_180, RETAINED_365,
                    WITHDRAWN, NOT_SELECTED, DECLINED, SEPARATED);
        }
    }

    public enum DecidedBy { EMPLOYER, PARTICIPANT, STAFF }

    /** A referral; {@code referredOn} is today unless the referral was made earlier (and recorded late). */
    public record ReferralInput(Long participantId, Long criticalJobId, Long consentId, LocalDate referredOn,
                                @Size(max = 1000) String note) {
    }

    public record StageInput(Stage stage, LocalDate occurredOn, @Size(max = 500) String reason, DecidedBy decidedBy,
                             @Size(max = 1000) String note) {
    }

    public record StageView(Stage stage, LocalDate occurredOn, String reason, DecidedBy decidedBy, String note, String recordedBy,
                            Instant recordedAt) {
    }

    /** A referral as its OPSO sees it. */
    public record ReferralView(long id, long participantId, String participantName, long criticalJobId, String jobTitle,
                               long employerId, String employerName, long consentId, Consents.Status consentStatus, Stage stage,
                               LocalDate stageOn, LocalDate hiredOn, List<StageView> stages, Stage nextRetention,
                               LocalDate nextRetentionDue, Instant createdAt, String createdBy) {
    }

    /**
     * What the employer sees of a referral: the job, the stages, and the parts of the profile the participant consented to
     * share with it, while the consent holds. Once it lapses or is revoked, nothing of the profile is shown any more.
     */
    public record EmployerReferralView(long id, long criticalJobId, String jobTitle, String employerName, Stage stage, LocalDate stageOn,
                                       List<StageView> stages, boolean consentHolds, List<Category> shared, String name,
                                       String email, String phone, String preferredLanguage, List<String> skills,
                                       List<String> credentials, List<String> workHistory, List<String> goals,
                                       Boolean accommodationRequested) {
    }

    /** One line of an employer's list of the referrals made to its jobs (the names are on the referral's own page). */
    public record EmployerReferralSummary(long id, long criticalJobId, String jobTitle, String employerName, Stage stage,
                                          LocalDate stageOn, LocalDate referredOn) {
    }

    /** A retention check that falls due soon (or is overdue), for staff. */
    public record RetentionDue(long referralId, long participantId, String participantName, String jobTitle, String employerName,
                               Stage check, LocalDate dueOn) {
    }

    private final ReferralRows rows;
    private final Participants participants;
    private final Consents consents;
    private final Circumstances circumstances;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Referrals(ReferralRows rows, Participants participants, Consents consents, Circumstances circumstances, InputValidation validation,
              AuditLog audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.participants = participants;
        this.consents = consents;
        this.circumstances = circumstances;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
    }

    /** Refers a participant to a critical job under a consent that holds today for the job's employer. */
    public ReferralView refer(ReferralInput input) {
        PathwaysUser user = requireOpsoStaff();
        validation.check(input);
        List<InvalidInput> problems = new ArrayList<>();
        if (input.participantId() == null) {
            problems.add(new InvalidInput("participantId", "referrals.participantRequired"));
        }
        if (input.criticalJobId() == null) {
            problems.add(new InvalidInput("criticalJobId", "referrals.jobRequired"));
        }
        if (input.consentId() == null) {
            problems.add(new InvalidInput("consentId", "referrals.consentRequired"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        ParticipantView participant = participants.get(input.participantId());
        if (participant.erasedAt() != null) {
            throw new InvalidInput("participantId", "participants.erased");
        }
        ReferralRows.Job job = rows.jobKeptBy(user.organizationId(), input.criticalJobId())
                .orElseThrow(() -> new InvalidInput("criticalJobId", "referrals.jobNotKept"));
        ConsentView consent = rows.consentOf(user.organizationId(), input.consentId(), input.participantId())
                .map(id -> consents.get(id)).orElseThrow(() -> new InvalidInput("consentId", "referrals.consentNotTheirs"));
        if (!consent.status().discloses()) {
            String key = "referrals.consentNotActive." + consent.status().name();
            throw new InvalidInput("consentId", key);
        }
        if (consent.purpose() != Consents.Purpose.REFERRAL || !rows.consentCovers(consent, job)) {
            throw new InvalidInput("consentId", "referrals.consentOtherRecipient", job.employerName());
        }
        if (rows.openReferralExists(input.participantId(), input.criticalJobId())) {
            throw new InvalidInput("criticalJobId", "referrals.alreadyReferred");
        }
        LocalDate on = input.referredOn() == null ? LocalDate.now() : input.referredOn();
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInput("referredOn", "referrals.dateInFuture");
        }
        if (on.isBefore(consent.givenOn())) {
            throw new InvalidInput("referredOn", "referrals.beforeConsent", consent.givenOn());
        }
        long id = rows.insert(user.organizationId(), input.participantId(), job, consent.id(), on, user.userId(), user.username());
        rows.insertStage(id, new StageInput(Stage.REFERRED, on, null, DecidedBy.STAFF, input.note()), user.username());
        events.publishEvent(new ReferralProgressed(id, user.organizationId(), Stage.REFERRED, on));
        audit.record("referral.created", "referral", id, "participant " + input.participantId() + ", critical job " + job.id());
        return get(id);
    }

    /** A critical job a participant may be referred to: one of an employer profile the OPSO keeps. */
    public record JobChoice(long criticalJobId, String title, String employerName) {
    }

    /** The OPSO's critical jobs to choose from on the referral form. */
    @Transactional(readOnly = true)
    public List<JobChoice> jobsForReferral() {
        return rows.jobsKeptBy(PathwaysUser.current().organizationId()).stream()
                .map(j -> new JobChoice(j.id(), j.title(), j.employerName())).toList();
    }

    /** The referral as its OPSO sees it. */
    @Transactional(readOnly = true)
    public ReferralView get(long referralId) {
        return rows.read(PathwaysUser.current().organizationId(), referralId).orElseThrow(() -> new NotFound("referral", referralId));
    }

    /** Whether the signed-in person is of the OPSO that made the referral (else of the employer it was made to). */
    @Transactional(readOnly = true)
    public boolean isOpsoOf(long referralId) {
        return rows.read(PathwaysUser.current().organizationId(), referralId).isPresent();
    }

    /** The OPSO's referrals of one participant. */
    @Transactional(readOnly = true)
    public List<ReferralView> ofParticipant(long participantId) {
        participants.get(participantId);
        return rows.ofParticipant(PathwaysUser.current().organizationId(), participantId);
    }

    /**
     * The referral as the employer sees it: the consented parts of the profile while the consent holds. Reading the
     * accommodation flag reads the participant's circumstances, and is recorded in their access log.
     */
    public EmployerReferralView forEmployer(long referralId) {
        PathwaysUser user = PathwaysUser.current();
        ReferralRows.EmployerSide side = rows.forEmployer(user.organizationId(), referralId)
                .orElseThrow(() -> new NotFound("referral", referralId));
        audit.record("referral.viewedByEmployer", "referral", referralId, null);
        return employerView(side, user.organizationId(), user.userId(), user.username());
    }

    /**
     * The same view for the employer's private link (an employer without accounts): the reader is named by the link, and
     * the OPSO that sent it answers for the read in the participant's access log.
     */
    EmployerReferralView forEmployerLink(long referralId, String reader) {
        ReferralRows.EmployerSide side = rows.employerSide(referralId).orElseThrow(() -> new NotFound("referral", referralId));
        audit.recordWith(side.opsoOrganizationId(), reader, "referral.viewedByEmployer", "referral", referralId, "private link");
        return employerView(side, side.opsoOrganizationId(), null, reader);
    }

    private EmployerReferralView employerView(ReferralRows.EmployerSide side, long readerOrganizationId, Long readerUserId,
                                              String reader) {
        long referralId = side.id();
        ConsentView consent = consents.forReferral(side.consentId());
        // the employer sees when each step happened; the reasons only of what it decided itself, never the OPSO's notes
        List<StageView> stages = rows.stages(referralId).stream()
                .map(s -> new StageView(s.stage(), s.occurredOn(), s.decidedBy() == DecidedBy.EMPLOYER ? s.reason() : null, s.decidedBy(),
                        null, null, s.recordedAt()))
                .toList();
        boolean holds = consent.status().discloses();
        if (!holds) {
            return new EmployerReferralView(referralId, side.criticalJobId(), side.jobTitle(), side.employerName(), side.stage(),
                    side.stageOn(), stages, false, List.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
        }
        ParticipantView p = participants.readFor(side.participantId(), side.opsoOrganizationId());
        boolean contact = consent.shares(Category.CONTACT);
        List<String> skills = consent.shares(Category.SKILLS_CREDENTIALS) ? p.skills().stream().map(Participants.Skill::name).toList()
                : List.of();
        List<String> credentials = consent.shares(Category.SKILLS_CREDENTIALS) ? p.credentials().stream()
                .map(c -> c.name() == null ? c.kind().name() : c.name() + (c.issuer() == null ? "" : " (" + c.issuer() + ")")).toList()
                : List.of();
        List<String> work = consent.shares(Category.WORK_HISTORY) ? p.workHistory().stream()
                .map(w -> w.title() + ", " + w.employerName()).toList() : List.of();
        List<String> goals = consent.shares(Category.GOALS) ? p.goals().stream().map(Participants.Goal::title).toList() : List.of();
        Boolean accommodation = consent.shares(Category.ACCOMMODATION)
                ? circumstances.accommodationOpen(side.participantId(), referralId, readerOrganizationId, readerUserId, reader)
                : null;
        return new EmployerReferralView(referralId, side.criticalJobId(), side.jobTitle(), side.employerName(), side.stage(),
                side.stageOn(),
                stages, true, consent.categories(), p.displayName(), contact ? p.email() : null, contact ? p.phone() : null,
                p.preferredLanguage(), skills, credentials, work, goals, accommodation);
    }

    /** The referrals made to the signed-in employer's critical jobs, newest first. */
    @Transactional(readOnly = true)
    public List<EmployerReferralSummary> toMyEmployer() {
        return rows.toEmployerOrganization(PathwaysUser.current().organizationId()).stream()
                .map(s -> new EmployerReferralSummary(s.id(), s.criticalJobId(), s.jobTitle(), s.employerName(), s.stage(), s.stageOn(),
                        s.referredOn())).toList();
    }

    /**
     * Records the next stage. The OPSO's staff record any; the employer's people only what the employer decides
     * (interviewed, offered, hired, not selected). Out of order, too soon or after a way out is refused with the rule.
     */
    public void recordStage(long referralId, StageInput input) {
        validation.check(input);
        PathwaysUser user = PathwaysUser.current();
        boolean opso = rows.read(user.organizationId(), referralId).isPresent();
        if (!opso && rows.forEmployer(user.organizationId(), referralId).isEmpty()) {
            throw new NotFound("referral", referralId);
        }
        if (user.isReadOnly() || opso && !user.has(Role.STAFF) && !user.has(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Read-only");
        }
        if (!opso && input.stage() != null && !input.stage().employerDecides()) {
            throw new InvalidInput("stage", "referrals.employerStages");
        }
        // what the employer's people record, the employer decided
        StageInput recorded = opso ? input
                : new StageInput(input.stage(), input.occurredOn(), input.reason(), DecidedBy.EMPLOYER, input.note());
        apply(referralId, recorded, user.username());
        audit.record("referral.stageRecorded", "referral", referralId, input.stage().name());
    }

    /** What the employer decides, recorded through its private link for the referral; the OPSO answers for it in the audit. */
    void recordStageThroughLink(long referralId, StageInput input, String reader) {
        validation.check(input);
        if (input.stage() != null && !input.stage().employerDecides()) {
            throw new InvalidInput("stage", "referrals.employerStages");
        }
        ReferralRows.EmployerSide side = rows.employerSide(referralId).orElseThrow(() -> new NotFound("referral", referralId));
        // the employer's own words, never a note of the OPSO's kind: a note is not part of what an employer records by link
        apply(referralId, new StageInput(input.stage(), input.occurredOn(), input.reason(), DecidedBy.EMPLOYER, null), reader);
        audit.recordWith(side.opsoOrganizationId(), reader, "referral.stageRecorded", "referral", referralId,
                input.stage().name() + ", through the employer's private link");
    }

    private void apply(long referralId, StageInput input, String by) {
        Pipeline pipeline = rows.pipelineForUpdate(referralId);
        pipeline.check(input.stage(), input.occurredOn(), input.reason(), input.decidedBy(), LocalDate.now());
        rows.insertStage(referralId, input, by);
        if (input.stage() != Stage.ADVANCED) {
            rows.moveTo(referralId, input.stage(), input.occurredOn());
        }
        events.publishEvent(new ReferralProgressed(referralId, rows.owner(referralId).organizationId(), input.stage(), input.occurredOn()));
        if (input.stage() == Stage.HIRED) {
            ReferralRows.Owner owner = rows.owner(referralId);
            events.publishEvent(new ParticipantHired(referralId, owner.organizationId(), owner.criticalJobId(), owner.employerId(),
                    input.occurredOn()));
        }
        if (input.stage() == Stage.SEPARATED) {
            events.publishEvent(new ParticipantSeparated(referralId, rows.owner(referralId).organizationId(), input.occurredOn()));
        }
    }

    /** A critical job's referrals by stage (the board's columns), for the OPSO that made them. */
    @Transactional(readOnly = true)
    public Map<Stage, List<ReferralView>> board(long criticalJobId) {
        Map<Stage, List<ReferralView>> board = new TreeMap<>();
        Stage.board().forEach(stage -> board.put(stage, new ArrayList<>()));
        rows.ofJob(PathwaysUser.current().organizationId(), criticalJobId).forEach(r -> board.get(r.stage()).add(r));
        return board;
    }

    /** Retention checks of the organization's hires due within {@code days} (or overdue), the soonest first. */
    @Transactional(readOnly = true)
    public List<RetentionDue> retentionDue(int days) {
        LocalDate horizon = LocalDate.now().plusDays(days);
        return rows.hiredOf(PathwaysUser.current().organizationId()).stream()
                .filter(r -> r.nextRetention() != null && !r.nextRetentionDue().isAfter(horizon))
                .map(r -> new RetentionDue(r.id(), r.participantId(), r.participantName(), r.jobTitle(), r.employerName(),
                r.nextRetention(),
                        r.nextRetentionDue()))
                .sorted(java.util.Comparator.comparing(RetentionDue::dueOn)).toList();
    }

    private static PathwaysUser requireOpsoStaff() {
        PathwaysUser user = PathwaysUser.current();
        if (!user.has(Role.STAFF) && !user.has(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Only the OPSO's staff refer participants");
        }
        return user;
    }
}
