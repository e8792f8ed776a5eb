package org.pathways.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathways.engagement.Engagements.EngagementInput;
import org.pathways.engagement.Engagements.EngagementView;
import org.pathways.engagement.Engagements.Kind;
import org.pathways.engagement.Engagements.Person;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement log's SQL, and nothing else: no rules, no audit, no signed-in person. Every read is scoped by the
 * organization it is given; the service decides which one (decision 0007).
 */
@Repository
class EngagementRows {

    static final String NEWEST_FIRST = "e.occurred_on desc, e.id desc";

    private final JdbcClient jdbc;

    EngagementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, long employerId, EngagementInput input, String nextStep, Long owner, String createdBy) {
        return jdbc.sql("""
                        insert into engagement (organization_id, employer_id, kind, occurred_on, subject, notes, next_step, next_step_due,
                                                next_step_owner, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, employerId, input.kind().name(), input.occurredOn(), input.subject().strip(),
                        Text.blankToNull(input.notes()), nextStep, nextStep == null ? null : input.nextStepDue(), owner, createdBy)
                .query(Long.class).single();
    }

    /** The number of rows changed: 0 when the engagement is no longer at {@code version}. */
    int update(long engagementId, int version, EngagementInput input, String nextStep, Long owner, boolean stillDone) {
        return jdbc.sql("""
                        update engagement set kind = ?, occurred_on = ?, subject = ?, notes = ?, next_step = ?, next_step_due = ?,
                               next_step_owner = ?, next_step_done_at = case when ? then next_step_done_at end, version = version + 1
                        where id = ? and version = ?""")
                .params(input.kind().name(), input.occurredOn(), input.subject().strip(), Text.blankToNull(input.notes()), nextStep,
                        nextStep == null ? null : input.nextStepDue(), owner, stillDone, engagementId, version).update();
    }

    /** The people on both sides, replaced as a whole. */
    void replacePeople(long engagementId, List<Long> contactIds, List<Long> staffIds) {
        jdbc.sql("delete from engagement_contact where engagement_id = ?").param(engagementId).update();
        jdbc.sql("delete from engagement_staff where engagement_id = ?").param(engagementId).update();
        contactIds.forEach(c -> jdbc.sql("insert into engagement_contact (engagement_id, contact_id) values (?, ?)")
                .params(engagementId, c).update());
        staffIds.forEach(u -> jdbc.sql("insert into engagement_staff (engagement_id, user_id) values (?, ?)")
                .params(engagementId, u).update());
    }

    void markDone(long engagementId) {
        jdbc.sql("update engagement set next_step_done_at = now(), version = version + 1 where id = ?").param(engagementId).update();
    }

    /** The organization's engagements matching one condition on one value, with their people, in the order given. */
    List<EngagementView> read(long organizationId, String condition, long value, String order) {
        record Row(long id, long employerId, String employerName, Kind kind, LocalDate occurredOn, String subject, String notes,
                   String nextStep, LocalDate due, Long ownerId, String ownerName, Instant doneAt, String createdBy, int version) {
        }
        List<Row> rows = jdbc.sql("""
                        select e.*, m.name as employer_name, u.display_name as owner_name from engagement e
                        join employer_directory m on m.id = e.employer_id left join person_directory u on u.id = e.next_step_owner
                        where e.organization_id = ? and %s order by %s""".formatted(condition, order))
                .params(organizationId, value)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
                        Kind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class), rs.getString("subject"),
                        rs.getString("notes"), rs.getString("next_step"), rs.getObject("next_step_due", LocalDate.class),
                        rs.getObject("next_step_owner", Long.class), rs.getString("owner_name"),
                        rs.getTimestamp("next_step_done_at") == null ? null : rs.getTimestamp("next_step_done_at").toInstant(),
                        rs.getString("created_by"), rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Person>> people = new HashMap<>();
        jdbc.sql("select ec.engagement_id, c.id, c.name from engagement_contact ec"
                        + " join employer_contact_directory c on c.id = ec.contact_id where ec.engagement_id = any(?) order by c.name")
                .param(ids).query((rs, n) -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Person(rs.getLong(2), rs.getString(3))))
                .list();
        Map<Long, List<Person>> staff = new HashMap<>();
        jdbc.sql("select es.engagement_id, u.id, u.display_name from engagement_staff es join person_directory u on u.id = es.user_id"
                        + " where es.engagement_id = any(?) order by u.display_name")
                .param(ids).query((rs, n) -> staff.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Person(rs.getLong(2), rs.getString(3))))
                .list();
        return rows.stream().map(r -> new EngagementView(r.id(), r.employerId(), r.employerName(), r.kind(), r.occurredOn(), r.subject(),
                r.notes(), people.getOrDefault(r.id(), List.of()), staff.getOrDefault(r.id(), List.of()), r.nextStep(), r.due(),
                r.ownerId() == null ? null : new Person(r.ownerId(), r.ownerName()), r.doneAt(), r.createdBy(), r.version())).toList();
    }
}
