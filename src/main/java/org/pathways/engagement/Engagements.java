package org.pathways.engagement;

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

import org.pathways.employers.Contacts;
import org.pathways.employers.Employers;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement log (C7): meetings, calls, events, visits and emails with an employer, the people on both sides,
 * and the next step each one leads to, with an owner and a due date, until someone marks it done. The rules, the
 * audit and the transaction are here; the SQL is {@link EngagementRows}' (decision 0007).
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

    private final EngagementRows rows;
    private final Employers employers;
    private final Contacts contacts;
    private final UserAccounts users;
    private final AuditLog audit;
    private final InputValidation inputs;

    Engagements(EngagementRows rows, Employers employers, Contacts contacts, UserAccounts users, AuditLog audit, InputValidation inputs) {
        this.inputs = inputs;
        this.rows = rows;
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
        long id = rows.insert(user.organizationId(), employerId, input, nextStep, owner, user.username());
        rows.replacePeople(id, contactIds, staffIds);
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
        int changed = rows.update(engagementId, version, input, nextStep, owner, stillDone);
        OptimisticWrite.expectChanged(changed, "engagement.changedByOther", "engagement " + engagementId, version);
        rows.replacePeople(engagementId, checked.contactIds(), checked.staffIds());
        audit.record("engagement.changed", "engagement", engagementId, input.kind() + " " + input.subject().strip());
        return get(engagementId);
    }

    @Transactional(readOnly = true)
    public EngagementView get(long engagementId) {
        List<EngagementView> found = rows.read(organization(), "e.id = ?", engagementId, EngagementRows.NEWEST_FIRST);
        if (found.isEmpty()) {
            throw new NotFound("engagement", engagementId);
        }
        return found.get(0);
    }

    /** The employer's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<EngagementView> of(long employerId) {
        employers.get(employerId);
        return rows.read(organization(), "e.employer_id = ?", employerId, EngagementRows.NEWEST_FIRST);
    }

    /** Open next steps the signed-in person owns, the most overdue first. */
    @Transactional(readOnly = true)
    public List<EngagementView> nextStepsDue() {
        return rows.read(organization(), "e.next_step_owner = ? and e.next_step is not null and e.next_step_done_at is null",
                PathwaysUser.current().userId(), "e.next_step_due nulls last, " + EngagementRows.NEWEST_FIRST);
    }

    public EngagementView markDone(long engagementId) {
        EngagementView engagement = get(engagementId);
        if (engagement.open()) {
            rows.markDone(engagementId);
            audit.record("engagement.nextStepDone", "engagement", engagementId, engagement.nextStep());
        }
        return get(engagementId);
    }

    private static long organization() {
        return PathwaysUser.current().organizationId();
    }
}
