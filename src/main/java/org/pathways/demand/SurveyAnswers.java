package org.pathways.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.CriticalJobs;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PrivateLinks;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The employer's side of a demand survey, reached through a private link and nothing else: the link names one
 * invitation, so it can only ever read or change that employer's answers. Every refused link is audited.
 *
 * <p>Links are checked before any transaction opens, so the audit of a refusal (in a transaction of its own) never
 * waits for a second connection while holding a first: a burst of answers, or of bad links, cannot leave every
 * pooled connection waiting for another.
 */
@Service
public class SurveyAnswers {

    /** What one employer reports for one occupation; openings per period number. */
    public record JobAnswer(Integer headCount, Boolean hardToFill, String comment, Map<Integer, Integer> growth, Map<Integer, Integer> replacement) {

        public int openings(int period) {
            return growth.getOrDefault(period, 0) + replacement.getOrDefault(period, 0);
        }

        boolean isEmpty() {
            return headCount == null && hardToFill == null && (comment == null || comment.isBlank()) && growth.isEmpty() && replacement.isEmpty();
        }
    }

    public record SheetJob(String socCode, String socTitle, List<String> ownTitles, JobAnswer answer) {
    }

    public record Sheet(long invitationId, long organizationId, String collaborativeName, String surveyTitle, String intro, String employerName,
                        DemandSurveys.Status surveyStatus, LocalDate closesOn, DemandSurveys.AnswerStatus status, Instant savedAt,
                        Instant submittedAt, List<DemandSurveys.Period> periods, List<SheetJob> jobs, int version) {

        public boolean editable() {
            return surveyStatus == DemandSurveys.Status.OPEN;
        }

        /** The sheet as it stands after these answers were saved, without reading it all again. */
        Sheet saved(Map<String, JobAnswer> given, boolean submit, Instant at) {
            return new Sheet(invitationId, organizationId, collaborativeName, surveyTitle, intro, employerName, surveyStatus, closesOn,
                    submit ? DemandSurveys.AnswerStatus.SUBMITTED : DemandSurveys.AnswerStatus.DRAFT, at, submit ? at : submittedAt, periods,
                    jobs.stream().map(j -> new SheetJob(j.socCode(), j.socTitle(), j.ownTitles(),
                            given.containsKey(j.socCode()) && !given.get(j.socCode()).isEmpty() ? given.get(j.socCode()) : null)).toList(),
                    version + 1);
        }
    }

    /** Numbers worth a second look before they count: openings far above the people employed in the job. */
    public record Unusual(String socCode, String socTitle, String periodLabel, int openings, int headCount) {
    }

    public static class NeedsConfirmation extends RuntimeException {
        private final List<Unusual> unusual;

        NeedsConfirmation(List<Unusual> unusual) {
            super("unusual numbers need the employer's confirmation");
            this.unusual = unusual;
        }

        public List<Unusual> unusual() {
            return unusual;
        }
    }

    /** The largest number anyone may type in one field: beyond any one employer's workforce in one job. */
    public static final int MAX_NUMBER = 1_000_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final PrivateLinks links;
    private final DemandSurveys surveys;
    private final CriticalJobs criticalJobs;
    private final org.pathways.collaboratives.Collaboratives collaboratives;
    private final AuditLog audit;

    SurveyAnswers(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions, PrivateLinks links, DemandSurveys surveys,
                  CriticalJobs criticalJobs, org.pathways.collaboratives.Collaboratives collaboratives, AuditLog audit) {
        this.batches = batches;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
        this.collaboratives = collaboratives;
        this.jdbc = jdbc;
        this.links = links;
        this.surveys = surveys;
        this.criticalJobs = criticalJobs;
        this.audit = audit;
    }

    private record Invitation(long id, long surveyId, long organizationId, long employerId, String employerName, String nonce, Instant expiresAt,
                              boolean revoked, String status, int version, Instant savedAt, Instant submittedAt) {
    }

    /** The invitation a link opens, or a refusal; any refusal is audited against the survey's organization when known. */
    private Invitation verify(String token) {
        long id = PrivateLinks.idOf(token);
        Invitation invitation = id < 0 ? null : jdbc.sql("""
                        select i.id, i.survey_id, s.organization_id, i.employer_id, i.employer_name, i.nonce, i.expires_at, i.revoked_at is not null,
                               i.status, i.version, i.saved_at, i.submitted_at
                        from demand_invitation i join demand_survey s on s.id = i.survey_id where i.id = ?""").param(id)
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getString(9), rs.getInt(10),
                        DemandSurveys.instant(rs, "saved_at"), DemandSurveys.instant(rs, "submitted_at")))
                .optional().orElse(null);
        PrivateLinks.Refusal refusal = invitation == null ? PrivateLinks.Refusal.UNKNOWN
                : links.refusal(DemandSurveys.LINK_PURPOSE, token, invitation.id(), invitation.nonce(), invitation.revoked(),
                        invitation.expiresAt());
        if (refusal != null) {
            // the id part is kept for the audit so a burst of guesses at one invitation can be seen; the rest never is
            refuse(invitation == null ? null : invitation.organizationId(), refusal, id < 0 ? "malformed link" : "invitation " + id);
        }
        return invitation;
    }

    private void refuse(Long organizationId, PrivateLinks.Refusal refusal, String detail) {
        audit.recordSecurityEvent(organizationId, null, "private link", "survey.link.refused", refusal + ": " + detail);
        throw new PrivateLinks.Refused(refusal, "survey");
    }

    public Sheet open(String token) {
        Invitation invitation = verify(token);
        return readOnly.execute(status -> sheet(invitation));
    }

    private Sheet sheet(Invitation invitation) {
        record SurveyRow(String title, String intro, String status, LocalDate closesOn, long collaborativeId) {
        }
        SurveyRow survey = jdbc.sql("select title, intro, status, closes_on, collaborative_id from demand_survey where id = ?")
                .param(invitation.surveyId())
                .query((rs, n) -> new SurveyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .single();
        String collaborativeName = collaboratives.nameOf(survey.collaborativeId());
        Map<String, List<String>> ownTitles = new HashMap<>();
        criticalJobs.ofMembers(List.of(invitation.employerId())).stream().filter(j -> j.socCode() != null)
                .forEach(j -> ownTitles.computeIfAbsent(j.socCode(), k -> new ArrayList<>()).add(j.employerTitle()));
        Map<String, JobAnswer> answers = answers(invitation.id());
        List<SheetJob> jobs = jdbc.sql("select soc_code, soc_title from demand_job where survey_id = ? order by soc_code").param(invitation.surveyId())
                .query((rs, n) -> new SheetJob(rs.getString(1), rs.getString(2), ownTitles.getOrDefault(rs.getString(1), List.of()),
                        answers.get(rs.getString(1))))
                .list();
        return new Sheet(invitation.id(), invitation.organizationId(), collaborativeName, survey.title(), survey.intro(), invitation.employerName(),
                DemandSurveys.Status.valueOf(survey.status()), survey.closesOn(), DemandSurveys.AnswerStatus.valueOf(invitation.status()),
                invitation.savedAt(), invitation.submittedAt(), surveys.periods(invitation.surveyId()), jobs, invitation.version());
    }

    Map<String, JobAnswer> answers(long invitationId) {
        Map<String, JobAnswer> answers = new LinkedHashMap<>();
        jdbc.sql("select soc_code, head_count, hard_to_fill, comment from demand_answer where invitation_id = ?").param(invitationId)
                .query((rs, n) -> answers.put(rs.getString(1), new JobAnswer(rs.getObject(2, Integer.class), rs.getObject(3, Boolean.class),
                        rs.getString(4), new HashMap<>(), new HashMap<>())))
                .list();
        jdbc.sql("select soc_code, period_no, growth, replacement from demand_opening where invitation_id = ?").param(invitationId)
                .query((rs, n) -> {
                    JobAnswer answer = answers.computeIfAbsent(rs.getString(1), k -> new JobAnswer(null, null, null, new HashMap<>(), new HashMap<>()));
                    answer.growth().put(rs.getInt(2), rs.getInt(3));
                    answer.replacement().put(rs.getInt(2), rs.getInt(4));
                    return null;
                }).list();
        return answers;
    }

    /**
     * Saves the employer's answers: as a draft (not counted until submitted) or submitted. Nothing is saved when
     * a number is out of range, when numbers look unusual and are not confirmed, when the survey has closed, or
     * when someone else saved through the same link since this page was opened.
     */
    public Sheet save(String token, int version, Map<String, JobAnswer> answers, boolean submit, boolean confirmed) {
        return save(token, version, answers, submit, confirmed, false);
    }

    /**
     * Saves a draft or submits. A submission with nothing filled in is refused unless the employer says it has nothing
     * to report for these periods, which is kept as such: answered, with no figures, and no more reminders.
     */
    public Sheet save(String token, int version, Map<String, JobAnswer> answers, boolean submit, boolean confirmed, boolean nothingToReport) {
        Invitation invitation = verify(token);
        Sheet sheet = readOnly.execute(status -> sheet(invitation));
        if (!sheet.editable()) {
            refuseClosed(invitation, sheet.surveyStatus());
        }
        boolean empty = answers.values().stream().allMatch(JobAnswer::isEmpty);
        if (submit && empty && !nothingToReport) {
            throw new InvalidInput("jobs", "surveyAnswer.empty");
        }
        if (nothingToReport && !empty) {
            throw new InvalidInput("jobs", "surveyAnswer.nothingButNumbers");
        }
        List<InvalidInput> problems = new ArrayList<>();
        List<Unusual> unusual = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        sheet.jobs().forEach(j -> titles.put(j.socCode(), j.socTitle()));
        for (Map.Entry<String, JobAnswer> entry : answers.entrySet()) {
            String soc = entry.getKey();
            if (!titles.containsKey(soc)) {
                problems.add(new InvalidInput("jobs", "surveyAnswer.notAsked", soc));
                continue;
            }
            JobAnswer answer = entry.getValue();
            checkNumber(problems, "head-" + soc, answer.headCount());
            for (DemandSurveys.Period period : sheet.periods()) {
                checkNumber(problems, "growth-" + soc + "-" + period.number(), answer.growth().get(period.number()));
                checkNumber(problems, "replacement-" + soc + "-" + period.number(), answer.replacement().get(period.number()));
                int openings = answer.openings(period.number());
                // more openings in a period than twice the people in the job is possible (a new site), but is more often a slip
                if (answer.headCount() != null && answer.headCount() > 0 && openings > 2 * answer.headCount()) {
                    unusual.add(new Unusual(soc, titles.get(soc), period.label(), openings, answer.headCount()));
                }
            }
            if (answer.comment() != null && answer.comment().length() > 2000) {
                problems.add(new InvalidInput("comment-" + soc, "surveyAnswer.commentTooLong", 2000));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        if (!unusual.isEmpty() && !confirmed) {
            throw new NeedsConfirmation(unusual);
        }
        String refusal = readWrite.execute(status -> {
            // the survey must still be open and the page not stale, checked in the same statement that claims the save
            int updated = jdbc.sql("""
                            update demand_invitation i set status = ?, saved_at = now(),
                                   submitted_at = case when ? then now() else submitted_at end,
                                   submitted_by = case when ? then 'private link' else submitted_by end, version = version + 1,
                                   nothing_to_report = ?
                            where i.id = ? and i.version = ? and exists (select 1 from demand_survey s where s.id = i.survey_id and s.status = 'OPEN')""")
                    .params(submit ? "SUBMITTED" : "DRAFT", submit, submit, submit && nothingToReport, invitation.id(), version).update();
            if (updated == 0) {
                return jdbc.sql("select status from demand_survey where id = ?").param(invitation.surveyId()).query(String.class).single();
            }
            write(invitation.id(), answers);
            audit.recordWith(invitation.organizationId(), "private link", submit ? "survey.answers.submitted" : "survey.answers.saved",
                    "invitation", invitation.id(), invitation.employerName());
            return null;
        });
        if ("OPEN".equals(refusal)) {
            throw new Conflict("surveyAnswer.changedByOther", "invitation " + invitation.id() + " changed since version " + version);
        }
        if (refusal != null) {
            refuseClosed(invitation, DemandSurveys.Status.valueOf(refusal));
        }
        return sheet.saved(answers, submit, Instant.now());
    }

    /** Answers through the link of a closed survey are refused, audited and not saved. */
    private void refuseClosed(Invitation invitation, DemandSurveys.Status surveyStatus) {
        audit.recordSecurityEvent(invitation.organizationId(), null, "private link", "survey.answers.refused",
                "invitation " + invitation.id() + ": survey is " + surveyStatus);
        throw new Conflict("surveyAnswer.closed", "survey " + invitation.surveyId() + " is " + surveyStatus);
    }

    private static void checkNumber(List<InvalidInput> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_NUMBER)) {
            problems.add(new InvalidInput(field, "surveyAnswer.numberRange", MAX_NUMBER));
        }
    }

    /** Replaces an invitation's answers with these, in two batched statements; occupations left empty are removed. */
    void write(long invitationId, Map<String, JobAnswer> answers) {
        jdbc.sql("delete from demand_opening where invitation_id = ?").param(invitationId).update();
        jdbc.sql("delete from demand_answer where invitation_id = ?").param(invitationId).update();
        List<Object[]> jobs = new ArrayList<>();
        List<Object[]> openings = new ArrayList<>();
        for (Map.Entry<String, JobAnswer> entry : answers.entrySet()) {
            JobAnswer answer = entry.getValue();
            if (answer.isEmpty()) {
                continue;
            }
            jobs.add(new Object[] {invitationId, entry.getKey(), answer.headCount(), answer.hardToFill(), Text.blankToNull(answer.comment())});
            java.util.Set<Integer> periods = new java.util.TreeSet<>(answer.growth().keySet());
            periods.addAll(answer.replacement().keySet());
            for (int period : periods) {
                openings.add(new Object[] {invitationId, entry.getKey(), period, answer.growth().getOrDefault(period, 0),
                        answer.replacement().getOrDefault(period, 0)});
            }
        }
        batches.batchUpdate("insert into demand_answer (invitation_id, soc_code, head_count, hard_to_fill, comment) values (?, ?, ?, ?, ?)", jobs);
        batches.batchUpdate("insert into demand_opening (invitation_id, soc_code, period_no, growth, replacement) values (?, ?, ?, ?, ?)", openings);
    }
}
