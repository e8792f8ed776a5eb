package org.pathways.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathways.participants.Consents.ConsentView;
import org.pathways.participants.Referrals.DecidedBy;
import org.pathways.participants.Referrals.ReferralView;
import org.pathways.participants.Referrals.Stage;
import org.pathways.participants.Referrals.StageInput;
import org.pathways.participants.Referrals.StageView;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals' SQL: the OPSO's reads scoped by its organization, the employer's by the employer's own (decision 0007). */
@Repository
class ReferralRows {

    /** A critical job of an employer profile the OPSO keeps, with the employer's own organization when it has one. */
    record Job(long id, long employerId, String title, String employerName, Long ownOrganizationId, String socCode) {
    }

    /** A referral as the employer's side reaches it. */
    record EmployerSide(long id, long opsoOrganizationId, long participantId, long consentId, long criticalJobId, String jobTitle,
                        String employerName, Stage stage, LocalDate stageOn, LocalDate referredOn) {
    }

    record Owner(long organizationId, long criticalJobId, long employerId) {
    }

    private static final String EXITS = "('WITHDRAWN', 'NOT_SELECTED', 'DECLINED', 'SEPARATED')";

    private static final String SELECT = """
            select r.*, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as participant_name, j.employer_title,
                   e.name as employer_name, c.given_on, c.expires_on, c.revoked_at
            from referral r join participant p on p.id = r.participant_id join critical_job_directory j on j.id = r.critical_job_id
            join employer_directory e on e.id = r.employer_id join consent c on c.id = r.consent_id""";

    private final JdbcClient jdbc;

    ReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Job> jobKeptBy(long organizationId, long criticalJobId) {
        return jdbc.sql("""
                        select j.id, j.employer_id, j.employer_title, e.name, e.own_organization_id, j.soc_code
                        from critical_job_directory j join employer_directory e on e.id = j.employer_id
                        where j.id = ? and e.organization_id = ? and not e.archived""").params(criticalJobId, organizationId)
                .query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class),
                        rs.getString(6)))
                .optional();
    }

    /** The OPSO's current critical jobs (of employer profiles it keeps), for the referral form and the matches. */
    List<Job> jobsKeptBy(long organizationId) {
        return jdbc.sql("""
                        select j.id, j.employer_id, j.employer_title, e.name, e.own_organization_id, j.soc_code
                        from critical_job_directory j join employer_directory e on e.id = j.employer_id
                        where e.organization_id = ? and not e.archived order by lower(e.name), lower(j.employer_title), j.id""")
                .param(organizationId)
                .query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class),
                        rs.getString(6)))
                .list();
    }

    Optional<Long> consentOf(long organizationId, long consentId, long participantId) {
        return jdbc.sql("select id from consent where id = ? and organization_id = ? and participant_id = ?")
                .params(consentId, organizationId, participantId).query(Long.class).optional();
    }

    /** Whether a consent's recipient is the job's employer, or a collaborative the employer is a member of. */
    boolean consentCovers(ConsentView consent, Job job) {
        if (consent.recipientEmployerId() != null) {
            return consent.recipientEmployerId() == job.employerId();
        }
        return jdbc.sql("""
                        select count(*) from collaborative_membership m
                        where m.collaborative_id = ? and (m.employer_id = ? or m.employer_organization_id = ?)""")
                .params(consent.recipientCollaborativeId(), job.employerId(), job.ownOrganizationId()).query(Long.class).single() > 0;
    }

    boolean openReferralExists(long participantId, long criticalJobId) {
        return jdbc.sql("select count(*) from referral where participant_id = ? and critical_job_id = ? and stage not in " + EXITS)
                .params(participantId, criticalJobId).query(Long.class).single() > 0;
    }

    long insert(long organizationId, long participantId, Job job, long consentId, LocalDate on, Long staff, String by) {
        return jdbc.sql("""
                        insert into referral (organization_id, participant_id, critical_job_id, employer_id, consent_id, stage, stage_on,
                                              referred_on, staff_user_id, created_by)
                        values (?, ?, ?, ?, ?, 'REFERRED', ?, ?, ?, ?) returning id""")
                .params(organizationId, participantId, job.id(), job.employerId(), consentId, on, on, staff, by).query(Long.class).single();
    }

    void insertStage(long referralId, StageInput stage, String by) {
        jdbc.sql("""
                        insert into referral_stage (referral_id, stage, occurred_on, reason, decided_by, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(referralId, stage.stage().name(), stage.occurredOn(), Text.blankToNull(stage.reason()),
                        EnumColumns.write(stage.decidedBy()), Text.blankToNull(stage.note()), by).update();
    }

    void moveTo(long referralId, Stage stage, LocalDate on) {
        jdbc.sql("""
                        update referral set stage = ?, stage_on = ?, hired_on = case when ? = 'HIRED' then ? else hired_on end,
                               version = version + 1 where id = ?""")
                .params(stage.name(), on, stage.name(), on, referralId).update();
    }

    /** The stages recorded, with the referral's row locked so two people recording at once take turns. */
    Pipeline pipelineForUpdate(long referralId) {
        jdbc.sql("select id from referral where id = ? for update").param(referralId).query(Long.class).single();
        return new Pipeline(stages(referralId).stream()
                .map(s -> new Pipeline.Step(s.stage(), s.occurredOn(), s.reason(), s.decidedBy())).toList());
    }

    List<StageView> stages(long referralId) {
        return stagesOf(List.of(referralId)).getOrDefault(referralId, List.of());
    }

    private Map<Long, List<StageView>> stagesOf(List<Long> referralIds) {
        Map<Long, List<StageView>> stages = new HashMap<>();
        if (referralIds.isEmpty()) {
            return stages;
        }
        jdbc.sql("""
                        select referral_id, stage, occurred_on, reason, decided_by, note, recorded_by, recorded_at from referral_stage
                        where referral_id = any(?) order by referral_id, id""").param(referralIds.toArray(Long[]::new))
                .query((rs, n) -> stages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new StageView(Stage.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getString(4),
                                EnumColumns.read(rs, "decided_by", DecidedBy.class), rs.getString(6), rs.getString(7),
                                rs.getTimestamp(8).toInstant())))
                .list();
        return stages;
    }

    Optional<ReferralView> read(long organizationId, long referralId) {
        return list(SELECT + " where r.id = ? and r.organization_id = ?", referralId, organizationId).stream().findFirst();
    }

    List<ReferralView> ofParticipant(long organizationId, long participantId) {
        return list(SELECT + " where r.organization_id = ? and r.participant_id = ? order by r.created_at desc, r.id desc",
                organizationId, participantId);
    }

    List<ReferralView> ofJob(long organizationId, long criticalJobId) {
        return list(SELECT + " where r.organization_id = ? and r.critical_job_id = ? order by r.stage_on desc, r.id desc",
                organizationId, criticalJobId);
    }

    List<ReferralView> hiredOf(long organizationId) {
        return list(SELECT + " where r.organization_id = ? and r.hired_on is not null and r.stage not in " + EXITS
                + " and p.erased_at is null order by r.hired_on, r.id", organizationId);
    }

    private List<ReferralView> list(String sql, Object... params) {
        LocalDate today = LocalDate.now();
        record Row(long id, long participantId, String participantName, long jobId, String title, long employerId, String employerName,
                   long consentId, Consents.Status consent, Stage stage, LocalDate stageOn, LocalDate hiredOn, Instant createdAt,
                   String createdBy) {
        }
        List<Row> found = jdbc.sql(sql).params(params).query((rs, n) -> {
            LocalDate givenOn = rs.getObject("given_on", LocalDate.class);
            LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
            Instant revoked = rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant();
            return new Row(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("participant_name"), rs.getLong("critical_job_id"),
                    rs.getString("employer_title"), rs.getLong("employer_id"), rs.getString("employer_name"), rs.getLong("consent_id"),
                    Consents.Status.of(givenOn, expiresOn, revoked, today), Stage.valueOf(rs.getString("stage")),
                    rs.getObject("stage_on", LocalDate.class), rs.getObject("hired_on", LocalDate.class),
                    rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
        }).list();
        Map<Long, List<StageView>> stages = stagesOf(found.stream().map(Row::id).toList());
        return found.stream().map(r -> {
            List<StageView> steps = stages.getOrDefault(r.id(), List.of());
            Pipeline pipeline = new Pipeline(steps.stream().map(s -> new Pipeline.Step(s.stage(), s.occurredOn(), s.reason(),
                    s.decidedBy()))
                    .toList());
            Stage next = pipeline.nextRetention();
            return new ReferralView(r.id(), r.participantId(), r.participantName(), r.jobId(), r.title(), r.employerId(), r.employerName(),
                    r.consentId(), r.consent(), r.stage(), r.stageOn(), r.hiredOn(), steps, next,
                            next == null ? null : pipeline.dueOn(next),
                    r.createdAt(), r.createdBy());
        }).toList();
    }

    private static final String EMPLOYER_SIDE = """
            select r.id, r.organization_id, r.participant_id, r.consent_id, r.critical_job_id, j.employer_title, e.name, r.stage,
                    r.stage_on,
                   r.created_at::date
            from referral r join critical_job_directory j on j.id = r.critical_job_id join employer_directory e on e.id = r.employer_id""";

    Optional<EmployerSide> forEmployer(long employerOrganizationId, long referralId) {
        return jdbc.sql(EMPLOYER_SIDE + " where r.id = ? and e.own_organization_id = ?").params(referralId, employerOrganizationId)
                .query((rs, n) -> side(rs)).optional();
    }

    /** The employer's side of a referral whoever reads it: for a private link, which is its own credential. */
    Optional<EmployerSide> employerSide(long referralId) {
        return jdbc.sql(EMPLOYER_SIDE + " where r.id = ?").param(referralId).query((rs, n) -> side(rs)).optional();
    }

    List<EmployerSide> toEmployerOrganization(long employerOrganizationId) {
        return jdbc.sql(EMPLOYER_SIDE + " where e.own_organization_id = ? order by r.stage_on desc, r.id desc limit 500")
                .param(employerOrganizationId).query((rs, n) -> side(rs)).list();
    }

    private static EmployerSide side(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EmployerSide(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                Stage.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class));
    }

    Owner owner(long referralId) {
        return jdbc.sql("select organization_id, critical_job_id, employer_id from referral where id = ?").param(referralId)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Whether the referral is visible to the organization: the OPSO that made it, or the employer it was made to. */
    boolean visibleTo(long organizationId, long referralId) {
        return jdbc.sql("""
                        select count(*) from referral r join employer_directory e on e.id = r.employer_id
                        where r.id = ? and (r.organization_id = ? or e.own_organization_id = ?)""")
                .params(referralId, organizationId, organizationId).query(Long.class).single() > 0;
    }
}
