package org.pathways.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.collaboratives.Collaboratives;
import org.pathways.employers.Contacts;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.Outbox;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.PrivateLinks;
import org.pathways.reference.ReferenceSearch;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaborative's demand surveys as its managing organization runs them: which shared critical jobs and
 * periods to ask about, one private link per member employer, reminders through the outbox, closing. Partners
 * and members see a survey's title and state; its answers reach them only as the roll-up allows.
 */
@Service
@Transactional
public class DemandSurveys {

    /** What a survey link is signed for, so it opens an invitation and nothing else. */
    static final String LINK_PURPOSE = "demand-invitation";

    /**
     * A survey's life: drafted, opened (its links go out), closed (its answers are final). The type refuses a step its
     * state does not allow, so every caller meets the same rules (decision 0006).
     */
    public enum Status {
        DRAFT, OPEN, CLOSED;

        /** A draft opens; an open survey opens again to invite members who joined since; a closed one does not reopen. */
        public Status opened() {
            if (this == CLOSED) {
                throw new Conflict("survey.alreadyClosed", "a closed survey does not open again");
            }
            return OPEN;
        }

        /** Only an open survey closes: a draft was never sent, a closed one is closed already. */
        public Status closed() {
            requireOpen();
            return CLOSED;
        }

        /** Reminders go out, and answers come in, only while the survey is open. */
        public void requireOpen() {
            if (this != OPEN) {
                throw new Conflict("survey.notOpen", "the survey is " + name().toLowerCase(java.util.Locale.ROOT) + ", not open");
            }
        }
    }

    public enum AnswerStatus { NOT_STARTED, DRAFT, SUBMITTED }

    public static final int MAX_PERIODS = 6;

    public record Period(int number, String label, int months) {
    }

    public record Job(String socCode, String socTitle) {
    }

    /** A new survey, as the page's form and the tests build it; its limits are here, its rules in {@link #create}. */
    public record SurveyInput(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String intro, @NotNull LocalDate closesOn,
                              List<Period> periods, List<String> socCodes) {
    }

    public record SurveyView(long id, long collaborativeId, String collaborativeName, String title, String intro, Status status,
                             LocalDate closesOn, Instant openedAt, Instant closedAt, List<Period> periods, List<Job> jobs, int invited,
                             int submitted, int drafts, Collaboratives.Relation relation, int version) {

        public boolean managed() {
            return relation == Collaboratives.Relation.MANAGER;
        }
    }

    public record InvitationView(long id, long employerId, String employerName, String recipient, AnswerStatus status, Instant savedAt,
                                 Instant submittedAt, String submittedBy, int reminders, Instant lastRemindedAt, boolean revoked,
                                 Instant expiresAt, String link, boolean nothingToReport) {
    }

    private final JdbcClient jdbc;
    private final Collaboratives collaboratives;
    private final Contacts contacts;
    private final ReferenceSearch reference;
    private final PrivateLinks links;
    private final Outbox outbox;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    private final InputValidation validation;

    DemandSurveys(JdbcClient jdbc, Collaboratives collaboratives, Contacts contacts, ReferenceSearch reference, PrivateLinks links, Outbox outbox,
                  AuditLog audit, org.springframework.context.MessageSource messages,
                  org.springframework.context.ApplicationEventPublisher events,
                  InputValidation validation) {
        this.validation = validation;
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.collaboratives = collaboratives;
        this.contacts = contacts;
        this.reference = reference;
        this.links = links;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SurveyView> of(long collaborativeId) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        List<Long> ids = jdbc.sql("select id from demand_survey where collaborative_id = ? order by created_at desc, id desc")
                .param(collaborativeId).query(Long.class).list();
        return ids.stream().map(id -> view(id, collaborative)).toList();
    }

    /** A survey of a collaborative the person's organization may see. */
    @Transactional(readOnly = true)
    public SurveyView get(long surveyId) {
        return load(surveyId).survey();
    }

    /** A survey with the collaborative it belongs to, as the person's organization sees both. */
    record Loaded(SurveyView survey, CollaborativeView collaborative) {
    }

    Loaded load(long surveyId) {
        Long collaborativeId = jdbc.sql("select collaborative_id from demand_survey where id = ?").param(surveyId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("survey", surveyId));
        CollaborativeView collaborative;
        try {
            collaborative = collaboratives.get(collaborativeId);
        } catch (NotFound hidden) {
            // the same answer as a survey that does not exist: naming the collaborative would say the survey is there, and whose
            throw new NotFound("survey", surveyId);
        }
        return new Loaded(view(surveyId, collaborative), collaborative);
    }

    /** A survey the person's organization manages; anyone else is refused (the page or API that catches the refusal audits it). */
    @Transactional(readOnly = true)
    public SurveyView managed(long surveyId) {
        SurveyView survey = get(surveyId);
        if (!survey.managed()) {
            throw new AccessDeniedException("only the managing organization runs a survey");
        }
        return survey;
    }

    /** The survey with its periods, occupations and answer counts, in one statement (the roll-up reads it on every call). */
    private SurveyView view(long surveyId, CollaborativeView collaborative) {
        return jdbc.sql("""
                        select s.*, (select count(*) from demand_invitation i where i.survey_id = s.id) as invited,
                               (select count(*) from demand_invitation i where i.survey_id = s.id and i.status = 'SUBMITTED') as submitted,
                               (select count(*) from demand_invitation i where i.survey_id = s.id and i.status = 'DRAFT') as drafts,
                               array(select p.label from demand_period p where p.survey_id = s.id order by p.period_no) as period_labels,
                               array(select p.months::integer from demand_period p where p.survey_id = s.id order by p.period_no) as period_months,
                               array(select j.soc_code from demand_job j where j.survey_id = s.id order by j.soc_code) as job_codes,
                               array(select j.soc_title from demand_job j where j.survey_id = s.id order by j.soc_code) as job_titles
                        from demand_survey s where s.id = ?""").param(surveyId)
                .query((rs, n) -> {
                    String[] labels = (String[]) rs.getArray("period_labels").getArray();
                    Integer[] months = (Integer[]) rs.getArray("period_months").getArray();
                    String[] codes = (String[]) rs.getArray("job_codes").getArray();
                    String[] titles = (String[]) rs.getArray("job_titles").getArray();
                    List<Period> periods = new ArrayList<>();
                    for (int i = 0; i < labels.length; i++) {
                        periods.add(new Period(i + 1, labels[i], months[i]));
                    }
                    List<Job> jobs = new ArrayList<>();
                    for (int i = 0; i < codes.length; i++) {
                        jobs.add(new Job(codes[i], titles[i]));
                    }
                    return new SurveyView(rs.getLong("id"), collaborative.id(), collaborative.name(), rs.getString("title"),
                            rs.getString("intro"), Status.valueOf(rs.getString("status")), rs.getObject("closes_on", LocalDate.class),
                            instant(rs, "opened_at"), instant(rs, "closed_at"), periods, jobs, rs.getInt("invited"), rs.getInt("submitted"),
                            rs.getInt("drafts"), collaborative.relation(), rs.getInt("version"));
                })
                .single();
    }

    List<Period> periods(long surveyId) {
        return jdbc.sql("select period_no, label, months from demand_period where survey_id = ? order by period_no").param(surveyId)
                .query((rs, n) -> new Period(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public SurveyView create(long collaborativeId, SurveyInput input) {
        CollaborativeView collaborative = collaboratives.managed(collaborativeId);
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        if (input.closesOn() != null && input.closesOn().isBefore(LocalDate.now(ZoneOffset.UTC))) {
            problems.add(new InvalidInput("closesOn", "survey.closesInPast"));
        }
        List<Period> periods = input.periods() == null ? List.of()
                : input.periods().stream().filter(p -> p.label() != null && !p.label().isBlank()).toList();
        if (periods.isEmpty()) {
            problems.add(new InvalidInput("periods", "survey.periodsRequired"));
        }
        if (periods.size() > MAX_PERIODS) {
            problems.add(new InvalidInput("periods", "survey.tooManyPeriods", MAX_PERIODS));
        }
        Set<String> labels = new HashSet<>();
        for (Period period : periods) {
            if (period.months() < 1 || period.months() > 120) {
                problems.add(new InvalidInput("periods", "survey.periodMonthsRange", period.label().strip()));
            }
            if (!labels.add(period.label().strip().toLowerCase())) {
                problems.add(new InvalidInput("periods", "survey.periodRepeated", period.label().strip()));
            }
        }
        List<String> socs = input.socCodes() == null ? List.of() : input.socCodes().stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        if (socs.isEmpty()) {
            problems.add(new InvalidInput("socCodes", "survey.jobsRequired"));
        }
        List<Job> jobs = new ArrayList<>();
        for (String soc : socs) {
            reference.socCode(soc).ifPresentOrElse(match -> jobs.add(new Job(match.code(), match.title())),
                    () -> problems.add(new InvalidInput("socCodes", "criticalJob.unknownSoc", soc)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = jdbc.sql("""
                        insert into demand_survey (collaborative_id, organization_id, title, intro, closes_on, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(collaborativeId, collaborative.organizationId(), input.title().strip(), Text.blankToNull(input.intro()), input.closesOn(),
                        PathwaysUser.current().username())
                .query(Long.class).single();
        int number = 1;
        for (Period period : periods) {
            jdbc.sql("insert into demand_period (survey_id, period_no, label, months) values (?, ?, ?, ?)")
                    .params(id, number++, period.label().strip(), period.months()).update();
        }
        for (Job job : jobs) {
            jdbc.sql("insert into demand_job (survey_id, soc_code, soc_title) values (?, ?, ?)").params(id, job.socCode(), job.socTitle()).update();
        }
        audit.record("survey.created", "survey", id, input.title().strip());
        return get(id);
    }

    /**
     * Opens the survey and invites every member employer that has no link yet (so members who join later can be
     * invited by opening again). Employers with an email on file get their link through the outbox; the others'
     * links are on the survey page to send another way. Returns how many were invited.
     */
    public int open(long surveyId) {
        SurveyView survey = managed(surveyId);
        Status opened = survey.status().opened();
        jdbc.sql("update demand_survey set status = ?, opened_at = coalesce(opened_at, now()), version = version + 1 where id = ?")
                .params(opened.name(), surveyId).update();
        Set<Long> invited = new HashSet<>(jdbc.sql("select employer_id from demand_invitation where survey_id = ?").param(surveyId)
                .query(Long.class).list());
        int count = 0;
        for (Collaboratives.Member member : collaboratives.members(survey.collaborativeId())) {
            if (invited.contains(member.employerId())) {
                continue;
            }
            String recipient = recipientOf(member.employerId());
            String nonce = PrivateLinks.newNonce();
            long invitationId = jdbc.sql("""
                            insert into demand_invitation (survey_id, employer_id, employer_name, recipient, nonce, expires_at)
                            values (?, ?, ?, ?, ?, (?::date + 1)::timestamptz) returning id""")
                    .params(surveyId, member.employerId(), member.name(), recipient, nonce, survey.closesOn()).query(Long.class).single();
            if (recipient != null) {
                outbox.send(recipient, subject(survey, false),
                        invitationText(survey, member.name(), link(invitationId, nonce), false));
            }
            count++;
        }
        audit.record("survey.opened", "survey", surveyId, count + " invited");
        return count;
    }

    /** The point of contact's email, else the first contact with one; null when the profile has none. */
    private String recipientOf(long employerId) {
        return contacts.of(employerId).stream().filter(c -> c.email() != null && !c.email().isBlank())
                .sorted(java.util.Comparator.comparing((Contacts.ContactView c) -> !c.pointOfContact()))
                .map(Contacts.ContactView::email).findFirst().orElse(null);
    }

    /** Employers may read either language, so every message is written in both, English first. */
    private static final List<java.util.Locale> MESSAGE_LANGUAGES = List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("es"));

    private String subject(SurveyView survey, boolean reminder) {
        return String.join(" / ", MESSAGE_LANGUAGES.stream().map(locale -> messages.getMessage(reminder ? "survey.message.reminderSubject"
                : "survey.message.subject", new Object[] {survey.title(), survey.collaborativeName()}, locale)).toList());
    }

    private String invitationText(SurveyView survey, String employerName, String link, boolean reminder) {
        Object[] arguments = {employerName, survey.collaborativeName(), link, survey.closesOn().toString()};
        return String.join("\n\n---\n\n", MESSAGE_LANGUAGES.stream().map(locale ->
                messages.getMessage(reminder ? "survey.message.reminderBody" : "survey.message.body", arguments, locale)).toList()) + "\n";
    }

    String link(long invitationId, String nonce) {
        return links.address("/s/" + links.token(LINK_PURPOSE, invitationId, nonce));
    }

    /** An open survey a signed-in employer is asked to answer, with its own private link. */
    public record OpenInvitation(long surveyId, String title, String collaborativeName, LocalDate closesOn, AnswerStatus status, String link) {
    }

    /**
     * The open surveys of the collaboratives the person's organization belongs to, for the member profiles tied to
     * that organization, with their links: what an employer representative has to answer.
     */
    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitationsForMyOrganization() {
        long organization = PathwaysUser.current().organizationId();
        List<OpenInvitation> open = new ArrayList<>();
        for (CollaborativeView collaborative : collaboratives.list()) {
            if (collaborative.relation() != Collaboratives.Relation.MEMBER) {
                continue;
            }
            List<Long> ours = collaboratives.members(collaborative.id()).stream()
                    .filter(m -> m.employerOrganizationId() != null && m.employerOrganizationId() == organization)
                    .map(Collaboratives.Member::employerId).toList();
            if (ours.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                            select i.id, i.nonce, i.status, s.id as survey_id, s.title, s.closes_on from demand_invitation i
                            join demand_survey s on s.id = i.survey_id
                            where s.collaborative_id = ? and s.status = 'OPEN' and i.revoked_at is null and i.expires_at > now()
                              and i.employer_id = any(?) order by s.closes_on, s.id""")
                    .params(collaborative.id(), ours.toArray(Long[]::new))
                    .query((rs, n) -> open.add(new OpenInvitation(rs.getLong("survey_id"), rs.getString("title"), collaborative.name(),
                            rs.getObject("closes_on", LocalDate.class), AnswerStatus.valueOf(rs.getString("status")),
                            link(rs.getLong("id"), rs.getString("nonce"))))).list();
        }
        return open;
    }

    /** Sends a reminder to every invited employer that has not submitted and has an email on file. */
    public int remind(long surveyId) {
        SurveyView survey = managed(surveyId);
        survey.status().requireOpen();
        record Pending(long invitationId, String employerName, String recipient, String nonce) {
        }
        List<Pending> pending = jdbc.sql("""
                        select id, employer_name, recipient, nonce from demand_invitation
                        where survey_id = ? and status <> 'SUBMITTED' and revoked_at is null and recipient is not null order by id""")
                .param(surveyId).query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        for (Pending invitation : pending) {
            outbox.send(invitation.recipient(), subject(survey, true),
                    invitationText(survey, invitation.employerName(), link(invitation.invitationId(), invitation.nonce()), true));
            jdbc.sql("update demand_invitation set reminders = reminders + 1, last_reminded_at = now() where id = ?")
                    .param(invitation.invitationId()).update();
        }
        audit.record("survey.reminded", "survey", surveyId, pending.size() + " reminded");
        return pending.size();
    }

    public void close(long surveyId) {
        SurveyView survey = managed(surveyId);
        Status closed = survey.status().closed();
        jdbc.sql("update demand_survey set status = ?, closed_at = now(), version = version + 1 where id = ?").params(closed.name(), surveyId).update();
        // a survey closed before its date takes its links with it: they would otherwise open until the date first set
        jdbc.sql("update demand_invitation set expires_at = least(expires_at, now()) where survey_id = ?").param(surveyId).update();
        audit.record("survey.closed", "survey", surveyId, survey.submitted() + " submitted of " + survey.invited());
        events.publishEvent(new DemandSurveyClosed(surveyId, survey.collaborativeId(), PathwaysUser.current().organizationId(),
                java.time.Instant.now(), survey.invited(), survey.submitted()));
    }

    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long surveyId) {
        managed(surveyId);
        return jdbc.sql("select * from demand_invitation where survey_id = ? order by lower(employer_name), id").param(surveyId)
                .query((rs, n) -> new InvitationView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
                        rs.getString("recipient"), AnswerStatus.valueOf(rs.getString("status")), instant(rs, "saved_at"),
                        instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getInt("reminders"), instant(rs, "last_reminded_at"),
                        rs.getTimestamp("revoked_at") != null, instant(rs, "expires_at"),
                        rs.getTimestamp("revoked_at") != null ? null : link(rs.getLong("id"), rs.getString("nonce")),
                        rs.getBoolean("nothing_to_report")))
                .list();
    }

    /** The survey an invitation belongs to, if the person's organization manages it. */
    private long managedSurveyOf(long invitationId) {
        long surveyId = jdbc.sql("select survey_id from demand_invitation where id = ?").param(invitationId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("invitation", invitationId));
        managed(surveyId);
        return surveyId;
    }

    /** Withdraws an employer's link at once, e.g. when it was sent to the wrong person. Answers already given stay. */
    public long revoke(long invitationId) {
        long surveyId = managedSurveyOf(invitationId);
        jdbc.sql("update demand_invitation set revoked_at = now() where id = ?").param(invitationId).update();
        audit.record("survey.linkRevoked", "invitation", invitationId, "survey " + surveyId);
        return surveyId;
    }

    /** Issues a new link for an employer; every earlier link of theirs stops working. */
    public long renew(long invitationId) {
        long surveyId = managedSurveyOf(invitationId);
        jdbc.sql("""
                        update demand_invitation i set nonce = ?, revoked_at = null,
                               expires_at = greatest(i.expires_at, (select (s.closes_on + 1)::timestamptz from demand_survey s where s.id = i.survey_id))
                        where id = ?""").params(PrivateLinks.newNonce(), invitationId).update();
        audit.record("survey.linkRenewed", "invitation", invitationId, "survey " + surveyId);
        return surveyId;
    }
}
