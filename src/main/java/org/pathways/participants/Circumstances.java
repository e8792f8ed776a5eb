package org.pathways.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's confidential circumstances: the opportunity populations they identify with, their barriers (each with a
 * status, a note and the supports given for it). Only the staff of the participant's own OPSO read them; every read is
 * recorded in the participant's access log and the audit log (never what was read); they are sealed by the application
 * (AES-256-GCM, {@link ParticipantKeys}) so the database and its backups hold ciphertext only, and disability and health
 * barriers are sealed into a store of their own. Nothing here is ever written to a log.
 */
@Service
@Transactional
public class Circumstances {

    public enum BarrierKind {
        TRANSPORTATION, CHILD_CARE, HOUSING, JUSTICE_RECORD, LANGUAGE, DISABILITY, HEALTH, DOCUMENTS, DIGITAL_ACCESS, FINANCIAL, OTHER;

        /** Disability and health are medical information, kept in their own store. */
        public boolean medical() {
            return this == DISABILITY || this == HEALTH;
        }
    }

    public enum BarrierStatus { OPEN, BEING_ADDRESSED, RESOLVED }

    /** A support service given or arranged for a barrier: which service, which provider, from when to when. */
    public record Support(@Size(max = 200) String service, @Size(max = 200) String provider, LocalDate startedOn, LocalDate endedOn) {

        boolean isEmpty() {
            return Participants.isBlank(service) && Participants.isBlank(provider) && startedOn == null && endedOn == null;
        }
    }

    public record Barrier(BarrierKind kind, BarrierStatus status, @Size(max = 2000) String note,
            @Size(max = 20) List<@Valid Support> supports) {

        public Barrier {
            supports = supports == null ? List.of() : supports.stream().filter(Objects::nonNull).toList();
        }

        boolean isEmpty() {
            return kind == null && status == null && Participants.isBlank(note) && supports.stream().allMatch(Support::isEmpty);
        }

        boolean open() {
            return status != BarrierStatus.RESOLVED;
        }
    }

    /** What the page and the API send; the page's spare empty barrier rows keep their place and are not saved. */
    public record CircumstancesInput(List<Population> populations, @Size(max = 40) List<@Valid Barrier> barriers) {

        public CircumstancesInput {
            populations = populations == null ? List.of() : populations.stream().filter(Objects::nonNull).distinct().toList();
            barriers = barriers == null ? List.of() : barriers.stream().map(b -> b == null ? new Barrier(null, null, null,
                    null) : b).toList();
        }

        public static CircumstancesInput none() {
            return new CircumstancesInput(List.of(), List.of());
        }

        List<Barrier> filled() {
            return barriers.stream().filter(b -> !b.isEmpty())
                    .map(b -> new Barrier(b.kind(), b.status(), Participants.isBlank(b.note()) ? null : b.note().strip(),
                            b.supports().stream().filter(s -> !s.isEmpty()).toList()))
                    .toList();
        }
    }

    /** The circumstances as read; version 0 and nothing recorded until the first save. */
    public record CircumstancesView(long participantId, List<Population> populations, List<Barrier> barriers, int version,
                                    Instant updatedAt, String updatedBy) {

        public CircumstancesInput input() {
            return new CircumstancesInput(populations, barriers);
        }

        public boolean hasOpen(BarrierKind kind) {
            return barriers.stream().anyMatch(b -> b.kind() == kind && b.open());
        }
    }

    /** What a read of the circumstances was for, as the access log names it. */
    public enum Read { CIRCUMSTANCES_PAGE, CIRCUMSTANCES_API, MATCHES, SAVE, ACCOMMODATION_FLAG, EXPORT }

    /** One read of a participant's confidential circumstances: who, when, what for (and the referral, for an employer) and from where. */
    public record Access(Instant at, String actor, String organizationName, Read what, Long referralId, String remoteAddress) {
    }

    /** What the sealed stores hold, as JSON before sealing. */
    record General(List<Population> populations, List<Barrier> barriers) {
    }

    record Medical(List<Barrier> barriers) {
    }

    private final CircumstanceRows rows;
    private final ParticipantKeys keys;
    private final JsonMapper json;
    private final InputValidation validation;
    private final AuditLog audit;

    Circumstances(CircumstanceRows rows, ParticipantKeys keys, InputValidation validation, AuditLog audit) {
        this.rows = rows;
        this.keys = keys;
        this.json = JsonMapper.builder().build();
        this.validation = validation;
        this.audit = audit;
    }

    /** The circumstances, for the OPSO's staff only; the read is recorded in the participant's access log ({@code what}). */
    @Transactional
    public CircumstancesView read(long participantId, Read what) {
        PathwaysUser user = requireStaff(participantId);
        recordRead(participantId, user, what);
        return open(participantId);
    }

    /**
     * Reads for work done on the participant's behalf by the OPSO's own staff (the matches weigh the employers' practices
     * against the person's circumstances): recorded as a read all the same.
     */
    CircumstancesView readFor(long participantId, Read what) {
        return read(participantId, what);
    }

    /**
     * Whether an accommodation need is open, for an employer the participant chose to tell (consent category ACCOMMODATION):
     * the answer is yes or no and nothing more, and it is recorded as a read by the employer's person.
     */
    boolean accommodationOpen(long participantId, long referralId, long readerOrganizationId, Long readerUserId, String reader) {
        rows.recordAccess(participantId, readerOrganizationId, readerUserId, reader, Read.ACCOMMODATION_FLAG, referralId,
                AuditLog.remoteAddress());
        String detail = Read.ACCOMMODATION_FLAG + " referral " + referralId;
        if (readerUserId == null) {
            audit.recordWith(readerOrganizationId, reader, "participant.read", "participant", participantId, detail);
        } else {
            audit.record("participant.read", "participant", participantId, detail);
        }
        return open(participantId).barriers().stream().anyMatch(b -> b.kind().medical() && b.open());
    }

    /** Saves to the version the person opened (0 when none is recorded); the sealed stores are replaced as a whole. */
    public CircumstancesView save(long participantId, int version, CircumstancesInput input) {
        PathwaysUser user = requireStaff(participantId);
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        problems.addAll(problems(input, ""));
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        SealedStores sealed = seal(participantId, input);
        int changed = rows.saveGeneral(participantId, version, sealed.general(), user.username());
        OptimisticWrite.expectChanged(changed, "circumstances.changedByOther", "circumstances of participant " + participantId, version);
        if (sealed.medical() == null) {
            rows.deleteMedical(participantId);
        } else {
            rows.saveMedical(participantId, sealed.medical(), user.username());
        }
        // the audit names the act, never the content
        audit.record("participant.circumstancesSaved", "participant", participantId, null);
        recordRead(participantId, user, Read.SAVE);
        return open(participantId);
    }

    /** The two sealed stores of a person's circumstances; {@code medical} is null when there is nothing medical to keep. */
    record SealedStores(ParticipantKeys.Sealed general, ParticipantKeys.Sealed medical) {
    }

    /**
     * Seals checked circumstances for their person: disability and health apart from the rest, each bound to the person and
     * its store. An import seals its rows here and writes them itself.
     */
    SealedStores seal(long participantId, CircumstancesInput input) {
        List<Barrier> barriers = input.filled();
        General general = new General(input.populations(), barriers.stream().filter(b -> !b.kind().medical()).toList());
        Medical medical = new Medical(barriers.stream().filter(b -> b.kind().medical()).toList());
        return new SealedStores(keys.seal(json.writeValueAsBytes(general), binding(participantId, "general")),
                medical.barriers().isEmpty() ? null : keys.seal(json.writeValueAsBytes(medical), binding(participantId, "medical")));
    }

    /** Who read the participant's circumstances, newest first, for the OPSO's staff (and so for the person, on request). */
    @Transactional(readOnly = true)
    public List<Access> accessLog(long participantId) {
        requireStaff(participantId);
        return rows.accessLog(participantId);
    }

    /** Seals every record again with the current key, after a new key was added; returns how many rows were sealed again. */
    public int sealAgain() {
        int count = 0;
        for (CircumstanceRows.SealedRow row : rows.allSealed()) {
            byte[] plain = keys.open(row.sealed(), binding(row.participantId(), row.store()));
            if (!row.sealed().keyId().equals(keys.currentKeyId())) {
                rows.replaceSealed(row.participantId(), row.store(), keys.seal(plain, binding(row.participantId(), row.store())));
                count++;
            }
        }
        return count;
    }

    void erase(long participantId) {
        rows.erase(participantId);
    }

    /** The rules the record's annotations cannot say, each at its row ({@code prefix} for the circumstances inside a profile). */
    static List<InvalidInput> problems(CircumstancesInput input, String prefix) {
        List<InvalidInput> problems = new ArrayList<>();
        for (int i = 0; i < input.barriers().size(); i++) {
            Barrier barrier = input.barriers().get(i);
            if (barrier.isEmpty()) {
                continue;
            }
            String row = prefix + "barriers[" + i + "].";
            if (barrier.kind() == null) {
                problems.add(new InvalidInput(row + "kind", "circumstances.kindRequired", i + 1));
            }
            if (barrier.status() == null) {
                problems.add(new InvalidInput(row + "status", "circumstances.statusRequired", i + 1));
            }
            for (int s = 0; s < barrier.supports().size(); s++) {
                Support support = barrier.supports().get(s);
                if (!support.isEmpty() && Participants.isBlank(support.service())) {
                    problems.add(new InvalidInput(row + "supports[" + s + "].service", "circumstances.serviceRequired", i + 1));
                }
                if (support.startedOn() != null && support.endedOn() != null && support.endedOn().isBefore(support.startedOn())) {
                    problems.add(new InvalidInput(row + "supports[" + s + "].endedOn", "circumstances.supportEndsBeforeStart", i + 1));
                }
            }
        }
        return problems;
    }

    private CircumstancesView open(long participantId) {
        CircumstanceRows.Stored stored = rows.read(participantId);
        if (stored == null) {
            return new CircumstancesView(participantId, List.of(), List.of(), 0, null, null);
        }
        General general = json.readValue(keys.open(stored.general(), binding(participantId, "general")), General.class);
        List<Barrier> barriers = new ArrayList<>(general.barriers());
        if (stored.medical() != null) {
            barriers.addAll(json.readValue(keys.open(stored.medical(), binding(participantId, "medical")), Medical.class).barriers());
        }
        return new CircumstancesView(participantId, general.populations(), barriers, stored.version(), stored.updatedAt(),
                stored.updatedBy());
    }

    /** Staff of the participant's own OPSO; read-only members and everyone else are refused (and the refusal is audited). */
    private PathwaysUser requireStaff(long participantId) {
        PathwaysUser user = PathwaysUser.current();
        if (!rows.belongsTo(participantId, user.organizationId())) {
            throw new NotFound("participant", participantId);
        }
        if (!user.has(Role.STAFF) && !user.has(Role.ORG_ADMIN)) {
            throw new AccessDeniedException("Only the OPSO's staff read a participant's circumstances");
        }
        return user;
    }

    private void recordRead(long participantId, PathwaysUser user, Read what) {
        rows.recordAccess(participantId, user.organizationId(), user.userId(), user.username(), what, null, AuditLog.remoteAddress());
        audit.record("participant.read", "participant", participantId, what.name());
    }

    /** Binds a sealed value to its participant and store, so it cannot be moved to another row. */
    private static String binding(long participantId, String store) {
        return "participant:" + participantId + ":" + store;
    }
}
