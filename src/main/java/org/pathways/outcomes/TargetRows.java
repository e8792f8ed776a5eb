package org.pathways.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pathways.engagement.ValuePropositions.MeasureKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of targets and their improvement logs (decision 0007). A target is read by its keeper or the employer itself. */
@Repository
class TargetRows {

    /** A target of one employer profile ({@code employerId}) or of a whole collaborative ({@code collaborativeId}), with its name. */
    record Target(long id, long organizationId, Long employerId, Long collaborativeId, String name, Targets.Source source, Integer version,
                  MeasureKind kind, BigDecimal target, int periodDays, Long criticalJobId, String jobTitle, String note, LocalDate since) {
    }

    record ImprovementRow(long id, String foundWhere, String rootCause, String change, LocalDate changedOn, String recordedBy) {
    }

    private static final String SELECT = """
            select t.id, t.organization_id, t.employer_id, t.collaborative_id, coalesce(e.name, c.name) as name, t.source, t.version,
                   t.kind, t.target, t.period_days, t.critical_job_id, j.employer_title, t.note, t.since
            from outcome_target t
            left join employer_directory e on e.id = t.employer_id
            left join collaborative_directory c on c.id = t.collaborative_id
            left join critical_job_directory j on j.id = t.critical_job_id
            where t.superseded_at is null and (t.organization_id = :org or e.own_organization_id = :org)""";

    private static final RowMapper<Target> TARGET = (rs, n) -> new Target(rs.getLong("id"), rs.getLong("organization_id"),
            rs.getObject("employer_id", Long.class), rs.getObject("collaborative_id", Long.class), rs.getString("name"),
            Targets.Source.valueOf(rs.getString("source")), rs.getObject("version", Integer.class),
            MeasureKind.valueOf(rs.getString("kind")), rs.getBigDecimal("target"), rs.getInt("period_days"),
            rs.getObject("critical_job_id", Long.class), rs.getString("employer_title"), rs.getString("note"),
            rs.getObject("since", LocalDate.class));

    private final JdbcClient jdbc;

    TargetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The targets the organization sees, of one employer profile or one collaborative when given. */
    List<Target> visibleTo(long organizationId, Long employerId, Long collaborativeId) {
        return jdbc.sql(SELECT + (employerId == null ? "" : " and t.employer_id = :employer")
                        + (collaborativeId == null ? "" : " and t.collaborative_id = :collaborative")
                + " order by name, t.source, t.position, t.id")
                .param("org", organizationId).param("employer", employerId).param("collaborative", collaborativeId).query(TARGET).list();
    }

    Optional<Target> get(long organizationId, long targetId) {
        return jdbc.sql(SELECT + " and t.id = :id").param("org", organizationId).param("id", targetId).query(TARGET).optional();
    }

    boolean visible(long organizationId, long targetId) {
        return get(organizationId, targetId).isPresent();
    }

    long addOwn(long organizationId, Targets.TargetInput input, String note, LocalDate since, String by) {
        return jdbc.sql("""
                        insert into outcome_target (organization_id, employer_id, collaborative_id, source, kind, unit, target,
                                                    period_days, critical_job_id, note, since, recorded_by)
                        values (?, ?, ?, 'OWN', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, input.employerId(), input.collaborativeId(), input.kind().name(), input.kind().unit().name(),
                        input.target(), input.periodDays(), input.criticalJobId(), note, since, by)
                .query(Long.class).single();
    }

    void remove(long targetId) {
        jdbc.sql("delete from outcome_target where id = ? and source = 'OWN'").param(targetId).update();
    }

    long addImprovement(long targetId, String foundWhere, String rootCause, String change, LocalDate changedOn, String by) {
        return jdbc.sql("""
                        insert into outcome_improvement (target_id, found_where, root_cause, change, changed_on, recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(targetId, foundWhere, rootCause, change, changedOn, by).query(Long.class).single();
    }

    List<ImprovementRow> improvements(long targetId) {
        return jdbc.sql("""
                        select id, found_where, root_cause, change, changed_on, recorded_by from outcome_improvement where target_id = ?
                        order by changed_on, id""").param(targetId)
                .query((rs, n) -> new ImprovementRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }
}
