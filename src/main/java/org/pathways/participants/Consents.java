package org.pathways.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent as a record, not a checkbox: who consented (the participant or a guardian), to which recipient (one employer the
 * OPSO keeps, or a collaborative's employers), for what purpose, which categories of the profile, how it was given, when,
 * and until when. Revocable at any time: revocation stops further disclosure and does not undo what was already shared.
 * Nothing about a participant reaches an employer without one that holds today.
 */
@Service
@Transactional
public class Consents {

    public enum GivenBy { PARTICIPANT, GUARDIAN }

    public enum Purpose { REFERRAL, OUTCOMES }

    /**
     * The parts of a profile a consent may share. The confidential circumstances never go; ACCOMMODATION lets the employer
     * know that the person will ask for an accommodation, and nothing of why.
     */
    public enum Category { CONTACT, SKILLS_CREDENTIALS, WORK_HISTORY, GOALS, ACCOMMODATION }

    public enum Method { PAPER_SIGNED, E_SIGNED, VERBAL_WITNESSED }

    /** Where a consent stands on a day: a state with one rule, only an active consent discloses anything. */
    public enum Status {
        NOT_YET_STARTED, ACTIVE, EXPIRED, REVOKED;

        static Status of(LocalDate givenOn, LocalDate expiresOn, Instant revokedAt, LocalDate today) {
            if (revokedAt != null) {
                return REVOKED;
            }
            if (today.isBefore(givenOn)) {
                return NOT_YET_STARTED;
            }
            return today.isAfter(expiresOn) ? EXPIRED : ACTIVE;
        }

        public boolean discloses() {
            return this == ACTIVE;
        }
    }

    public static final int MAX_YEARS = 3;

    /** What staff record; exactly one recipient, an employer profile or a collaborative. */
    public record ConsentInput(GivenBy givenBy, @Size(max = 200) String guardianName, Long recipientEmployerId,
                               Long recipientCollaborativeId, Purpose purpose, List<Category> categories, Method method,
                               @Size(max = 200) String witness, LocalDate givenOn, LocalDate expiresOn) {

        public ConsentInput {
            categories = categories == null ? List.of() : categories.stream().filter(Objects::nonNull).distinct().toList();
        }

        public static ConsentInput blank(LocalDate today) {
            return new ConsentInput(GivenBy.PARTICIPANT, null, null, null, Purpose.REFERRAL,
                    List.of(Category.CONTACT, Category.SKILLS_CREDENTIALS, Category.WORK_HISTORY), Method.PAPER_SIGNED, null, today,
                    today.plusYears(1));
        }
    }

    public record ConsentView(long id, long participantId, GivenBy givenBy, String guardianName, Long recipientEmployerId,
                              Long recipientCollaborativeId, String recipientName, Purpose purpose, List<Category> categories,
                              Method method, String witness, LocalDate givenOn, LocalDate expiresOn, Instant revokedAt, String revokedBy,
                              String revokeReason, Status status, String signedName, Instant createdAt, String createdBy) {

        public boolean shares(Category category) {
            return status.discloses() && categories.contains(category);
        }
    }

    /** A consent that lapses soon, for the staff list. */
    public record Expiring(long consentId, long participantId, String participantName, String recipientName, LocalDate expiresOn) {
    }

    /** Who may receive under a consent: an employer the OPSO keeps, or the employers of a collaborative it takes part in. */
    public record Recipient(Long employerId, Long collaborativeId, String name) {
    }

    private final ConsentRows rows;
    private final Participants participants;
    private final InputValidation validation;
    private final AuditLog audit;

    Consents(ConsentRows rows, Participants participants, InputValidation validation, AuditLog audit) {
        this.rows = rows;
        this.participants = participants;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ConsentView> of(long participantId) {
        participants.get(participantId);
        return rows.ofParticipant(participantId, LocalDate.now());
    }

    @Transactional(readOnly = true)
    public ConsentView get(long consentId) {
        return rows.read(PathwaysUser.current().organizationId(), consentId, LocalDate.now())
                .orElseThrow(() -> new NotFound("consent", consentId));
    }

    /** The consent a referral was made under, for the employer's side (which reaches it through the referral only). */
    ConsentView forReferral(long consentId) {
        return rows.readForReferral(consentId, LocalDate.now());
    }

    /** The recipients a consent of the person's organization may name. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients() {
        return rows.recipients(PathwaysUser.current().organizationId());
    }

    /** Consents of the organization's participants that lapse within {@code days} and are not revoked, the soonest first. */
    @Transactional(readOnly = true)
    public List<Expiring> expiring(int days) {
        LocalDate today = LocalDate.now();
        return rows.expiring(PathwaysUser.current().organizationId(), today, today.plusDays(days));
    }

    /** Records a consent; every problem named at once, nothing saved when any. */
    public ConsentView record(long participantId, ConsentInput input) {
        PathwaysUser user = PathwaysUser.current();
        long id = checkAndInsert(participants.get(participantId), user.organizationId(), input, null, user.username());
        audit.record("consent.recorded", "participant", participantId, "consent " + id);
        return get(id);
    }

    /** Who the record names when the participant acts on their own page, without an account. */
    static final String THROUGH_LINK = "participant (private link)";

    /**
     * A consent the participant (or their guardian) gives on their own page, reached by their private link: signed by typing
     * a name, given today, checked by the same rules as one staff record.
     */
    ConsentView recordThroughLink(Participants.ParticipantView participant, ConsentInput input, String signedName) {
        long id = checkAndInsert(participant, participant.organizationId(), input, signedName, THROUGH_LINK);
        audit.recordWith(participant.organizationId(), THROUGH_LINK, "consent.recorded", "participant", participant.id(),
                "consent " + id + ", signed on the participant's own page");
        return rows.read(participant.organizationId(), id, LocalDate.now()).orElseThrow();
    }

    /** The consents of a participant reached through their own link (their organization is the link's). */
    List<ConsentView> ofThroughLink(long participantId) {
        return rows.ofParticipant(participantId, LocalDate.now());
    }

    /** The recipients an organization's consents may name, for a participant's own page. */
    List<Recipient> recipientsOf(long organizationId) {
        return rows.recipients(organizationId);
    }

    private long checkAndInsert(Participants.ParticipantView participant, long organizationId, ConsentInput input, String signedName,
                                String by) {
        check(participant, organizationId, input);
        return rows.insert(organizationId, participant.id(), input, signedName, by);
    }

    /** The rules of a consent given on the participant's own page, for naming every problem of the page at once. */
    void checkThroughLink(Participants.ParticipantView participant, ConsentInput input) {
        check(participant, participant.organizationId(), input);
    }

    private void check(Participants.ParticipantView participant, long organizationId, ConsentInput input) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        if (participant.erasedAt() != null) {
            problems.add(new InvalidInput("givenBy", "participants.erased"));
        }
        if (input.givenBy() == null) {
            problems.add(new InvalidInput("givenBy", "consents.givenByRequired"));
        } else if (input.givenBy() == GivenBy.GUARDIAN && Participants.isBlank(input.guardianName())) {
            problems.add(new InvalidInput("guardianName", "consents.guardianNameRequired"));
        }
        if ((input.recipientEmployerId() == null) == (input.recipientCollaborativeId() == null)) {
            problems.add(new InvalidInput("recipientEmployerId", "consents.oneRecipient"));
        } else if (rows.recipients(organizationId).stream().noneMatch(r -> Objects.equals(r.employerId(),
                input.recipientEmployerId())
                && Objects.equals(r.collaborativeId(), input.recipientCollaborativeId()))) {
            problems.add(new InvalidInput("recipientEmployerId", "consents.unknownRecipient"));
        }
        if (input.purpose() == null) {
            problems.add(new InvalidInput("purpose", "consents.purposeRequired"));
        }
        if (input.categories().isEmpty()) {
            problems.add(new InvalidInput("categories", "consents.categoriesRequired"));
        }
        if (input.method() == null) {
            problems.add(new InvalidInput("method", "consents.methodRequired"));
        } else if (input.method() == Method.VERBAL_WITNESSED && Participants.isBlank(input.witness())) {
            problems.add(new InvalidInput("witness", "consents.witnessRequired"));
        }
        LocalDate today = LocalDate.now();
        if (input.givenOn() == null) {
            problems.add(new InvalidInput("givenOn", "consents.givenOnRequired"));
        } else if (input.givenOn().isAfter(today)) {
            problems.add(new InvalidInput("givenOn", "consents.givenInFuture"));
        }
        if (input.expiresOn() == null) {
            problems.add(new InvalidInput("expiresOn", "consents.expiresOnRequired"));
        } else if (input.givenOn() != null && !input.expiresOn().isAfter(input.givenOn())) {
            problems.add(new InvalidInput("expiresOn", "consents.expiresBeforeStart"));
        } else if (input.givenOn() != null && input.expiresOn().isAfter(input.givenOn().plusYears(MAX_YEARS))) {
            problems.add(new InvalidInput("expiresOn", "consents.tooLong", MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
    }

    /** Revokes a consent from now on; what was shared before stays shared, nothing more is. A second revocation is refused. */
    public ConsentView revoke(long consentId, String reason) {
        ConsentView consent = get(consentId);
        checkRevocable(consent, reason);
        rows.revoke(consentId, PathwaysUser.current().username(), Participants.isBlank(reason) ? null : reason.strip());
        audit.record("consent.revoked", "participant", consent.participantId(), "consent " + consentId);
        return get(consentId);
    }

    /** The participant stops a consent of their own on their own page; only one of theirs, and only once. */
    ConsentView revokeThroughLink(Participants.ParticipantView participant, long consentId, String reason) {
        ConsentView consent = rows.read(participant.organizationId(), consentId, LocalDate.now())
                .filter(c -> c.participantId() == participant.id()).orElseThrow(() -> new NotFound("consent", consentId));
        checkRevocable(consent, reason);
        rows.revoke(consentId, THROUGH_LINK, Participants.isBlank(reason) ? null : reason.strip());
        audit.recordWith(participant.organizationId(), THROUGH_LINK, "consent.revoked", "participant", participant.id(),
                "consent " + consentId + ", on the participant's own page");
        return rows.read(participant.organizationId(), consentId, LocalDate.now()).orElseThrow();
    }

    private static void checkRevocable(ConsentView consent, String reason) {
        if (consent.revokedAt() != null) {
            throw new InvalidInput("reason", "consents.alreadyRevoked");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidInput("reason", "consents.reasonTooLong");
        }
    }
}
