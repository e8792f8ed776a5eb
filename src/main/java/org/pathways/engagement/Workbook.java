package org.pathways.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.employers.Contacts;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.ProfessionalRole;
import org.pathways.employers.TalentSourcing;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.Conflict;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommended-actions workbook for one employer: the questions of the guide's five actions (in our words, in
 * the message bundles), each with the organization's answer and status, and what Pathways already knows from the
 * recorded profile and engagements, read fresh each time.
 */
@Service
@Transactional
public class Workbook {

    public enum Status { OPEN, IN_PROGRESS, ANSWERED }

    /** The five actions and their questions, in the guide's order; the texts are message keys workbook.&lt;action&gt;.&lt;question&gt;. */
    public static final Map<String, List<String>> ACTIONS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Map.of(
            "sourcing", List.of("practices", "opportunity", "initiatives"),
            "associations", List.of("credible", "tpm"),
            "people", List.of("buyIn", "pointOfContact", "team", "support"),
            "facts", List.of("criticalJobs", "scale", "sufficient"),
            "fit", List.of("mission", "overall"))));

    private static final List<String> ORDER = List.of("sourcing", "associations", "people", "facts", "fit");

    /** What Pathways knows for a question: a message key with its arguments, or nothing recorded. */
    public record Evidence(String key, Object[] arguments) {
    }

    public record Question(String action, String name, String answer, Status status, Evidence evidence, int version, Instant updatedAt,
                           String updatedBy) {
        public String key() {
            return action + "." + name;
        }

        /** Where the evidence is recorded: a section of the employer's page, or a page of its own. */
        public Source source() {
            return switch (key()) {
                case "sourcing.practices", "sourcing.opportunity", "facts.criticalJobs", "facts.scale" -> Source.JOBS;
                case "sourcing.initiatives", "associations.credible", "associations.tpm" -> Source.MEMBERSHIPS;
                case "people.buyIn" -> evidence != null && "workbook.evidence.buyInMet".equals(evidence.key()) ? Source.ENGAGEMENTS : Source.PEOPLE;
                case "fit.mission" -> Source.CSR;
                case "facts.sufficient", "fit.overall" -> Source.FIT;
                default -> Source.PEOPLE;
            };
        }
    }

    /** The place a question's evidence is recorded, as a path after the employer's page (a section anchor or a page). */
    public enum Source {
        JOBS("#jobs-heading"), MEMBERSHIPS("#memberships-heading"), PEOPLE("#people-heading"), CSR("#csr-heading"), FIT("/fit"),
        ENGAGEMENTS("/engagements");

        private final String path;

        Source(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public record Action(String name, List<Question> questions) {
    }

    private final JdbcClient jdbc;
    private final EmployerProfiles profiles;
    private final Engagements engagements;
    private final PartnershipFit fit;
    private final AuditLog audit;

    Workbook(JdbcClient jdbc, EmployerProfiles profiles, Engagements engagements, PartnershipFit fit, AuditLog audit) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.engagements = engagements;
        this.fit = fit;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Action> of(long employerId) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        List<Engagements.EngagementView> timeline = engagements.of(employerId);
        PartnershipFit.Fit partnership = fit.of(employerId);
        record Saved(String answer, Status status, int version, Instant at, String by) {
        }
        Map<String, Saved> saved = new HashMap<>();
        jdbc.sql("select * from workbook_answer where employer_id = ?").param(employerId)
                .query((rs, n) -> saved.put(rs.getString("question"), new Saved(rs.getString("answer"), Status.valueOf(rs.getString("status")),
                        rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))).list();
        List<Action> actions = new ArrayList<>();
        for (String action : ORDER) {
            List<Question> questions = new ArrayList<>();
            for (String name : ACTIONS.get(action)) {
                Saved s = saved.get(action + "." + name);
                questions.add(new Question(action, name, s == null ? null : s.answer(), s == null ? Status.OPEN : s.status(),
                        evidence(action + "." + name, profile, timeline, partnership), s == null ? 0 : s.version(), s == null ? null : s.at(),
                        s == null ? null : s.by()));
            }
            actions.add(new Action(action, questions));
        }
        return actions;
    }

    /** One question's answer as the page sends it, with the version of it the person read. */
    /** The longest answer kept: several paragraphs of notes, not a pasted document. */
    public static final int MAX_ANSWER_LENGTH = 10_000;

    /**
     * One question's answer as the page (fourteen at once) and the API (one) send it, with the version read: each
     * question keeps its own, so one stale answer does not hide the others. 0 is a question never answered.
     */
    public record Answer(@NotBlank String question, @Size(max = MAX_ANSWER_LENGTH) String answer, @NotNull Status status,
                         @NotNull Integer version) {
    }

    /** Answers longer than {@link #MAX_ANSWER_LENGTH}: nothing of the page was saved. */
    public static class AnswersTooLong extends InvalidInput {

        private final List<String> questions;

        AnswersTooLong(List<String> questions) {
            super("answer", "workbook.answerTooLong", MAX_ANSWER_LENGTH);
            this.questions = List.copyOf(questions);
        }

        public List<String> questions() {
            return questions;
        }
    }

    /** Questions someone else saved after the page was opened: nothing of the page was saved. */
    public static class ChangedByOther extends Conflict {

        private final List<String> questions;

        ChangedByOther(List<String> questions) {
            super("workbook.changedByOtherAll", "workbook questions changed since read: " + questions);
            this.questions = List.copyOf(questions);
        }

        public List<String> questions() {
            return questions;
        }
    }

    /**
     * Saves every question of the page at once, so that saving never throws away what was typed in another.
     * Only answers that differ from what is saved are written; if any of them was saved by someone else since
     * the page was read, nothing is written and those questions are named. Returns how many answers changed.
     */
    public int answerAll(long employerId, List<Answer> answers) {
        profiles.of(employerId);
        Map<String, Answer> current = new HashMap<>();
        jdbc.sql("select question, answer, status, version from workbook_answer where employer_id = ?").param(employerId)
                .query((rs, n) -> current.put(rs.getString(1), new Answer(rs.getString(1), rs.getString(2), Status.valueOf(rs.getString(3)),
                        rs.getInt(4)))).list();
        List<String> tooLong = answers.stream().filter(a -> a.answer() != null && a.answer().length() > MAX_ANSWER_LENGTH)
                .map(Answer::question).toList();
        if (!tooLong.isEmpty()) {
            throw new AnswersTooLong(tooLong);
        }
        List<Answer> changed = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Answer given : answers) {
            Answer saved = current.getOrDefault(given.question(), new Answer(given.question(), null, Status.OPEN, 0));
            int read = given.version() == null ? -1 : given.version();
            boolean same = java.util.Objects.equals(Text.blankToNull(given.answer()), saved.answer())
                    && (given.status() == null || given.status() == saved.status());
            if (same) {
                continue;
            }
            if (saved.version() != read) {
                stale.add(given.question());
            }
            changed.add(given);
        }
        if (!stale.isEmpty()) {
            throw new ChangedByOther(stale);
        }
        for (Answer given : changed) {
            answer(employerId, given.question(), given.answer(), given.status() == null ? Status.OPEN : given.status(),
                    given.version() == null ? -1 : given.version());
        }
        return changed.size();
    }

    /** Saves one answer; a save made on an outdated copy is refused so nobody's answer is lost. */
    public void answer(long employerId, String question, String answer, Status status, int version) {
        profiles.of(employerId); // the employer must be the organization's own
        String[] parts = question == null ? new String[0] : question.split("\\.");
        if (parts.length != 2 || !ACTIONS.containsKey(parts[0]) || !ACTIONS.get(parts[0]).contains(parts[1])) {
            throw new InvalidInput("question", "workbook.unknownQuestion", question);
        }
        if (status == null) {
            throw new InvalidInput("status", "validation.required");
        }
        if (answer != null && answer.length() > MAX_ANSWER_LENGTH) {
            throw new AnswersTooLong(List.of(question));
        }
        String user = PathwaysUser.current().username();
        int changed = version == 0
                ? jdbc.sql("""
                        insert into workbook_answer (employer_id, question, answer, status, updated_by) values (?, ?, ?, ?, ?)
                        on conflict (employer_id, question) do nothing""")
                .params(employerId, question, Text.blankToNull(answer), status.name(), user).update()
                : jdbc.sql("""
                        update workbook_answer set answer = ?, status = ?, version = version + 1, updated_at = now(), updated_by = ?
                        where employer_id = ? and question = ? and version = ?""")
                .params(Text.blankToNull(answer), status.name(), user, employerId, question, version).update();
        OptimisticWrite.expectChanged(changed, "workbook.changedByOther", "workbook " + employerId + " " + question, version);
        audit.record("workbook.answered", "employer", employerId, question + " " + status);
    }

    /** What the profile, the engagements and the fit already say for a question, or null when nothing is recorded. */
    static Evidence evidence(String question, EmployerProfiles.Profile profile, List<Engagements.EngagementView> timeline, PartnershipFit.Fit fit) {
        List<TalentSourcing.SourcingView> sourcing = profile.sourcingByJob().values().stream().toList();
        List<Contacts.ContactView> contacts = profile.contacts();
        return switch (question) {
            case "sourcing.practices" -> {
                long known = sourcing.stream().filter(s -> s.sourcing().reach() != null || !s.sourcing().channels().isEmpty()).count();
                yield known == 0 ? null : new Evidence("workbook.evidence.sourcing", new Object[] {known, profile.criticalJobs().size()});
            }
            case "sourcing.opportunity" -> {
                List<String> jobs = sourcing.stream().filter(s -> s.sourcing().hiresOpportunity() == TalentSourcing.AlreadyHires.YES)
                        .map(TalentSourcing.SourcingView::employerTitle).toList();
                yield jobs.isEmpty() ? null : new Evidence("workbook.evidence.opportunity", new Object[] {String.join(", ", jobs)});
            }
            case "sourcing.initiatives" -> profile.memberships().initiatives().isEmpty() ? null
                    : new Evidence("workbook.evidence.initiatives", new Object[] {String.join(", ",
                    profile.memberships().initiatives().stream().map(i -> i.name()).toList())});
            case "associations.credible" -> profile.memberships().intermediaries().isEmpty() ? null
                    : new Evidence("workbook.evidence.associations", new Object[] {String.join(", ",
                    profile.memberships().intermediaries().stream().map(i -> i.name()).toList())});
            case "associations.tpm" -> {
                List<String> tpm = profile.memberships().intermediaries().stream().filter(i -> Boolean.TRUE.equals(i.usesTpm())).map(i -> i.name()).toList();
                yield tpm.isEmpty() ? null : new Evidence("workbook.evidence.tpm", new Object[] {String.join(", ", tpm)});
            }
            case "people.buyIn" -> buyIn(contacts, timeline);
            case "people.pointOfContact" -> contacts.stream().filter(Contacts.ContactView::pointOfContact).findFirst()
                    .map(c -> new Evidence("workbook.evidence.pointOfContact", new Object[] {c.name()})).orElse(null);
            case "people.team" -> contacts.isEmpty() ? null : new Evidence("workbook.evidence.team", new Object[] {contacts.size(), profile.gaps().size()});
            case "people.support" -> {
                List<String> support = contacts.stream().filter(c -> c.role() == ProfessionalRole.EMPLOYEE_SUPPORT)
                        .map(Contacts.ContactView::name).toList();
                yield support.isEmpty() ? null : new Evidence("workbook.evidence.support", new Object[] {String.join(", ", support)});
            }
            case "facts.criticalJobs" -> profile.criticalJobs().stream().min(Comparator.comparing(j -> j.criticalityRank() == null ? 99 : j.criticalityRank()))
                    .map(j -> new Evidence("workbook.evidence.criticalJobs", new Object[] {profile.criticalJobs().size(), j.employerTitle(),
                            j.painPoints().size()})).orElse(null);
            case "facts.scale" -> profile.criticalJobs().isEmpty() ? null : new Evidence("workbook.evidence.scale", new Object[] {
                    profile.criticalJobs().stream().mapToInt(j -> j.openings() == null ? 0 : j.openings()).sum(),
                    profile.criticalJobs().stream().mapToInt(j -> j.positions() == null ? 0 : j.positions()).sum()});
            case "facts.sufficient" -> factor(fit, "need");
            case "fit.mission" -> profile.employer().csrDei().isEmpty() ? null : new Evidence("workbook.evidence.mission", new Object[0]);
            case "fit.overall" -> new Evidence("workbook.evidence.fit", new Object[] {fit.points(), fit.outOf(), fit.unknown()});
            default -> null;
        };
    }

    /** "Dana Whitfield, last met on 2026-10-14 (First meeting…)", from the engagements that person took part in. */
    private static Evidence buyIn(List<Contacts.ContactView> contacts, List<Engagements.EngagementView> timeline) {
        Optional<Contacts.ContactView> supporter = contacts.stream()
                .filter(c -> c.role() == ProfessionalRole.EXECUTIVE_LEADERSHIP && c.supportsPartnership()).findFirst();
        if (supporter.isEmpty()) {
            return null;
        }
        return timeline.stream().filter(e -> e.contacts().stream().anyMatch(p -> p.id() == supporter.get().id())).findFirst()
                .map(e -> new Evidence("workbook.evidence.buyInMet", new Object[] {supporter.get().name(), e.occurredOn().toString(), e.subject(),
                        e.createdBy()}))
                .orElse(new Evidence("workbook.evidence.buyIn", new Object[] {supporter.get().name()}));
    }

    private static Evidence factor(PartnershipFit.Fit fit, String key) {
        return fit.factors().stream().filter(f -> f.key().equals(key) && f.known()).findFirst()
                .map(f -> new Evidence(f.evidenceKey(), f.evidence())).orElse(null);
    }
}
