package org.pathways.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathways.employers.Contacts;
import org.pathways.employers.Employers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.springframework.format.annotation.DateTimeFormat;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement log (C7): meetings, calls, events, visits and emails with an employer, the people on both sides,
 * and the next step each one leads to, with an owner and a due date, until someone marks it done.
 */
@Service
@Transactional
public class Engagements {

    public enum Kind { MEETING, CALL, EVENT, VISIT, EMAIL }

    /**
     * What a person logs about a meeting, call, event, visit or e-mail (page and API alike): the people on both sides and
     * the next step it leads to. No people is an empty list.
     */
    public record EngagementInput(@NotNull Kind kind, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                                  @NotBlank @Size(max = 200) String subject, @Size(max = 10_000) String notes, List<Long> contactIds,
                                  List<Long> staffIds, @Size(max = 500) String nextStep,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextStepDue, Long nextStepOwner) {

        public EngagementInput {
            contactIds = contactIds == null ? List.of() : contactIds;
            staffIds = staffIds == null ? List.of() : staffIds;
        }

        /** A new meeting today, nothing else entered yet. */
        public static EngagementInput meetingToday() {
            return new EngagementInput(Kind.MEETING, LocalDate.now(ZoneOffset.UTC), "", "", List.of(), List.of(), "", null, null);
        }

        public static EngagementInput of(EngagementView e) {
            return new EngagementInput(e.kind(), e.occurredOn(), e.subject(), e.notes(), e.contacts().stream().map(Person::id).toList(),
                    e.staff().stream().map(Person::id).toList(), e.nextStep(), e.nextStepDue(),
                    e.nextStepOwner() == null ? null : e.nextStepOwner().id());
        }
    }

    public record Person(long id, String name) {
    }

    public record EngagementView(long id, long employerId, String employerName, Kind kind, LocalDate occurredOn, String subject, String notes,
                                 List<Person> contacts, List<Person> staff, String nextStep, LocalDate nextStepDue, Person nextStepOwner,
                                 Instant nextStepDoneAt, String createdBy, int version) {

        /** An open next step whose due date has passed: flagged wherever it shows, never refused. */
        public boolean overdue() {
            return nextStep != null && nextStepDoneAt == null && nextStepDue != null && nextStepDue.isBefore(LocalDate.now(ZoneOffset.UTC));
        }

        public boolean open() {
            return nextStep != null && nextStepDoneAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Employers employers;
    private final Contacts contacts;
    private final UserAccounts users;
    private final AuditLog audit;
    private final InputValidation inputs;

    Engagements(JdbcClient jdbc, Employers employers, Contacts contacts, UserAccounts users, AuditLog audit, InputValidation inputs) {
        this.inputs = inputs;
        this.jdbc = jdbc;
        this.employers = employers;
        this.contacts = contacts;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Records an engagement. Every problem is named at once; a due date already past is accepted (people log
     * what they agreed yesterday) and the step shows as overdue.
     */
    public EngagementView record(long employerId, EngagementInput input) {
        employers.get(employerId);
        Checked checked = check(employerId, input, Set.of());
        String nextStep = checked.nextStep();
        List<Long> contactIds = checked.contactIds();
        List<Long> staffIds = checked.staffIds();
        PathwaysUser user = PathwaysUser.current();
        Long owner = nextStep == null ? null : input.nextStepOwner() != null ? input.nextStepOwner() : Long.valueOf(user.userId());
        long id = jdbc.sql("""
                        insert into engagement (organization_id, employer_id, kind, occurred_on, subject, notes, next_step, next_step_due,
                                                next_step_owner, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organizationId(), employerId, input.kind().name(), input.occurredOn(), input.subject().strip(),
                        Text.blankToNull(input.notes()), nextStep, nextStep == null ? null : input.nextStepDue(), owner, user.username())
                .query(Long.class).single();
        contactIds.forEach(c -> jdbc.sql("insert into engagement_contact (engagement_id, contact_id) values (?, ?)").params(id, c).update());
        staffIds.forEach(s -> jdbc.sql("insert into engagement_staff (engagement_id, user_id) values (?, ?)").params(id, s).update());
        audit.record("engagement.recorded", "engagement", id, input.kind() + " " + input.subject().strip());
        return get(id);
    }

    /** The input with its lists cleaned, once every rule holds; otherwise every problem at once. */
    private record Checked(String nextStep, List<Long> contactIds, List<Long> staffIds) {
    }

    /** The record's own limits, then the rules that need data or more than one field, all named at once. */
    private Checked check(long employerId, EngagementInput input, Set<Long> alreadyThere) {
        List<InvalidInput> problems = new ArrayList<>(inputs.problems(input));
        if (input.occurredOn() != null && input.occurredOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(1))) {
            problems.add(new InvalidInput("occurredOn", "engagement.tooFarAhead"));
        }
        String nextStep = Text.blankToNull(input.nextStep());
        if (nextStep == null && (input.nextStepDue() != null || input.nextStepOwner() != null)) {
            problems.add(new InvalidInput("nextStep", "engagement.nextStepMissing"));
        }
        Set<Long> employerContacts = new HashSet<>(contacts.of(employerId).stream().map(Contacts.ContactView::id).toList());
        employerContacts.addAll(alreadyThere);
        List<Long> contactIds = input.contactIds() == null ? List.of() : input.contactIds().stream().distinct().toList();
        if (!employerContacts.containsAll(contactIds)) {
            problems.add(new InvalidInput("contactIds", "engagement.contactOfAnotherEmployer"));
            audit.refusedForeignRecords("contactIds", contactIds.stream().filter(id -> !employerContacts.contains(id)).toList());
        }
        Set<Long> colleagues = new HashSet<>(users.colleagues().stream().map(UserAccounts.Colleague::id).toList());
        List<Long> staffIds = input.staffIds() == null ? List.of() : input.staffIds().stream().distinct().toList();
        if (!colleagues.containsAll(staffIds)) {
            problems.add(new InvalidInput("staffIds", "engagement.notAColleague"));
            audit.refusedForeignRecords("staffIds", staffIds.stream().filter(id -> !colleagues.contains(id)).toList());
        }
        if (input.nextStepOwner() != null && !colleagues.contains(input.nextStepOwner())) {
            problems.add(new InvalidInput("nextStepOwner", "engagement.notAColleague"));
            audit.refusedForeignRecords("nextStepOwner", input.nextStepOwner());
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return new Checked(nextStep, contactIds, staffIds);
    }

    /**
     * Corrects an engagement (a wrong date, a missing person, a next step agreed later) under the same rules as
     * logging it. {@code version} is the one the person read: if someone changed it since, nothing is saved. A next
     * step whose text changes is open again; one removed takes its due date and owner with it.
     */
    public EngagementView update(long engagementId, EngagementInput input, int version) {
        EngagementView before = get(engagementId);
        // People who have since moved on may stay on the engagements they took part in.
        Checked checked = check(before.employerId(), input, before.contacts().stream().map(Person::id).collect(java.util.stream.Collectors.toSet()));
        String nextStep = checked.nextStep();
        Long owner = nextStep == null ? null : input.nextStepOwner() != null ? input.nextStepOwner()
                : before.nextStepOwner() != null ? Long.valueOf(before.nextStepOwner().id()) : Long.valueOf(PathwaysUser.current().userId());
        boolean stillDone = before.nextStepDoneAt() != null && nextStep != null && nextStep.equals(before.nextStep());
        int changed = jdbc.sql("""
                        update engagement set kind = ?, occurred_on = ?, subject = ?, notes = ?, next_step = ?, next_step_due = ?, next_step_owner = ?,
                               next_step_done_at = case when ? then next_step_done_at end, version = version + 1
                        where id = ? and version = ?""")
                .params(input.kind().name(), input.occurredOn(), input.subject().strip(), Text.blankToNull(input.notes()), nextStep,
                        nextStep == null ? null : input.nextStepDue(), owner, stillDone, engagementId, version).update();
        OptimisticWrite.expectChanged(changed, "engagement.changedByOther", "engagement " + engagementId, version);
        jdbc.sql("delete from engagement_contact where engagement_id = ?").param(engagementId).update();
        jdbc.sql("delete from engagement_staff where engagement_id = ?").param(engagementId).update();
        checked.contactIds().forEach(c -> jdbc.sql("insert into engagement_contact (engagement_id, contact_id) values (?, ?)").params(engagementId, c).update());
        checked.staffIds().forEach(u -> jdbc.sql("insert into engagement_staff (engagement_id, user_id) values (?, ?)").params(engagementId, u).update());
        audit.record("engagement.changed", "engagement", engagementId, input.kind() + " " + input.subject().strip());
        return get(engagementId);
    }

    @Transactional(readOnly = true)
    public EngagementView get(long engagementId) {
        List<EngagementView> found = read("e.id = ?", engagementId);
        if (found.isEmpty()) {
            throw new NotFound("engagement", engagementId);
        }
        return found.get(0);
    }

    /** The employer's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<EngagementView> of(long employerId) {
        employers.get(employerId);
        return read("e.employer_id = ?", employerId);
    }

    /** Open next steps the signed-in person owns, the most overdue first. */
    @Transactional(readOnly = true)
    public List<EngagementView> nextStepsDue() {
        return read("e.next_step_owner = ? and e.next_step is not null and e.next_step_done_at is null", PathwaysUser.current().userId(),
                "e.next_step_due nulls last, " + NEWEST_FIRST);
    }

    public EngagementView markDone(long engagementId) {
        EngagementView engagement = get(engagementId);
        if (engagement.open()) {
            jdbc.sql("update engagement set next_step_done_at = now(), version = version + 1 where id = ?").param(engagementId).update();
            audit.record("engagement.nextStepDone", "engagement", engagementId, engagement.nextStep());
        }
        return get(engagementId);
    }

    private static final String NEWEST_FIRST = "e.occurred_on desc, e.id desc";

    private List<EngagementView> read(String condition, long value) {
        return read(condition, value, NEWEST_FIRST);
    }

    private List<EngagementView> read(String condition, long value, String order) {
        record Row(long id, long employerId, String employerName, Kind kind, LocalDate occurredOn, String subject, String notes, String nextStep,
                   LocalDate due, Long ownerId, String ownerName, Instant doneAt, String createdBy, int version) {
        }
        List<Row> rows = jdbc.sql("""
                        select e.*, m.name as employer_name, u.display_name as owner_name from engagement e
                        join employer_directory m on m.id = e.employer_id left join person_directory u on u.id = e.next_step_owner
                        where e.organization_id = ? and %s order by %s""".formatted(condition, order))
                .params(PathwaysUser.current().organizationId(), value)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"), Kind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("subject"), rs.getString("notes"), rs.getString("next_step"),
                        rs.getObject("next_step_due", LocalDate.class), rs.getObject("next_step_owner", Long.class), rs.getString("owner_name"),
                        rs.getTimestamp("next_step_done_at") == null ? null : rs.getTimestamp("next_step_done_at").toInstant(), rs.getString("created_by"),
                        rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Person>> people = new HashMap<>();
        jdbc.sql("select ec.engagement_id, c.id, c.name from engagement_contact ec join employer_contact_directory c on c.id = ec.contact_id"
                        + " where ec.engagement_id = any(?) order by c.name")
                .param(ids).query((rs, n) -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Person(rs.getLong(2), rs.getString(3))))
                .list();
        Map<Long, List<Person>> staff = new HashMap<>();
        jdbc.sql("select es.engagement_id, u.id, u.display_name from engagement_staff es join person_directory u on u.id = es.user_id"
                        + " where es.engagement_id = any(?) order by u.display_name")
                .param(ids).query((rs, n) -> staff.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Person(rs.getLong(2), rs.getString(3))))
                .list();
        return rows.stream().map(r -> new EngagementView(r.id(), r.employerId(), r.employerName(), r.kind(), r.occurredOn(), r.subject(), r.notes(),
                people.getOrDefault(r.id(), List.of()), staff.getOrDefault(r.id(), List.of()), r.nextStep(), r.due(),
                r.ownerId() == null ? null : new Person(r.ownerId(), r.ownerName()), r.doneAt(), r.createdBy(), r.version())).toList();
    }
}
