package org.pathways.requirements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.ItemView;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsView;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requirements' SQL and nothing else: every read is scoped by the organization it is given (decision 0007). */
@Repository
class RequirementRows {

    private static final String PRACTICE_COLUMNS = """
            degree_required = ?, background_check = ?, records_checked = ?, lookback_years = ?, individualized_assessment = ?,
            chance_to_respond = ?, drivers_license = ?, drug_test = ?, shift_work = ?, weekend_work = ?, transit_reachable = ?,
            minimum_age = ?, work_authorization = ?""";

    private final JdbcClient jdbc;

    RequirementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RequirementsView read(long organizationId, CriticalJobView job) {
        record Saved(Practices practices, int version, java.time.Instant at, String by) {
        }
        Saved saved = jdbc.sql("select * from job_requirements where critical_job_id = ? and organization_id = ?")
                .params(job.id(), organizationId)
                .query((rs, n) -> new Saved(practices(rs), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .optional().orElse(new Saved(Practices.notRecorded(), 0, null, null));
        List<ItemView> items = saved.version() == 0 ? List.of() : jdbc.sql(
                        "select * from job_requirement_item where critical_job_id = ? order by position")
                .param(job.id()).query((rs, n) -> new ItemView(rs.getInt("position"), item(rs), rs.getString("name"))).list();
        return new RequirementsView(job.id(), job.employerId(), job.employerTitle(), job.socCode(), job.socTitle(), items,
                saved.practices(), saved.version(), saved.at(), saved.by());
    }

    /** An employer's own practices as saved; version 0 and nothing recorded until the first save. */
    record SavedPractices(Practices practices, int version, java.time.Instant at, String by) {
        static final SavedPractices NONE = new SavedPractices(Practices.notRecorded(), 0, null, null);
    }

    SavedPractices employerPractices(long organizationId, long employerId) {
        return jdbc.sql("select * from employer_practices where employer_id = ? and organization_id = ?").params(employerId, organizationId)
                .query((rs, n) -> new SavedPractices(practices(rs), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .optional().orElse(SavedPractices.NONE);
    }

    /** The employers' own practices, for the roll-up's jobs that follow them. */
    java.util.Map<Long, Practices> employerPractices(long organizationId, java.util.Collection<Long> employerIds) {
        java.util.Map<Long, Practices> found = new java.util.HashMap<>();
        jdbc.sql("select * from employer_practices where organization_id = ? and employer_id = any(?)")
                .params(organizationId, employerIds.toArray(Long[]::new))
                .query((rs, n) -> found.put(rs.getLong("employer_id"), practices(rs))).list();
        return found;
    }

    /** Saves an employer's practices at {@code version} (0: the first save); 0 rows when someone else saved since. */
    int saveEmployerPractices(long organizationId, long employerId, int version, Practices practices, String by) {
        if (version == 0) {
            int inserted = jdbc.sql("""
                            insert into employer_practices (employer_id, organization_id, updated_by, version) values (?, ?, ?, 1)
                            on conflict (employer_id) do nothing""").params(employerId, organizationId, by).update();
            return inserted == 0 ? 0 : jdbc.sql("update employer_practices set " + PRACTICE_COLUMNS + " where employer_id = ?")
                    .params(with(practiceValues(practices), employerId)).update();
        }
        return jdbc.sql("update employer_practices set " + PRACTICE_COLUMNS
                        + ", version = version + 1, updated_at = now(), updated_by = ? where employer_id = ? and organization_id = ?"
                        + " and version = ?")
                .params(with(practiceValues(practices), by, employerId, organizationId, version)).update();
    }

    /** A member's recorded requirements on one critical job, for the collaborative's roll-up. */
    record MemberJobRequirements(long employerId, String employerName, long criticalJobId, String employerTitle, String socCode,
                                 Practices practices, List<ItemView> items) {
    }

    /**
     * The requirements the managing organization keeps on its members' critical jobs (coded to an occupation, profiles not
     * archived), through the views the employers and collaboratives modules publish.
     */
    List<MemberJobRequirements> ofMembers(long collaborativeId, long managingOrganizationId) {
        record Row(long employerId, String employerName, long criticalJobId, String title, String soc, Practices practices) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.*, j.employer_title, j.soc_code, e.name as employer_name
                        from job_requirements r
                        join critical_job_directory j on j.id = r.critical_job_id
                        join employer_directory e on e.id = r.employer_id and not e.archived
                        join collaborative_membership m on m.employer_id = r.employer_id and m.collaborative_id = ?
                        where r.organization_id = ? and j.soc_code is not null
                        order by j.soc_code, lower(e.name), r.critical_job_id""")
                .params(collaborativeId, managingOrganizationId)
                .query((rs, n) -> new Row(rs.getLong("employer_id"), rs.getString("employer_name"), rs.getLong("critical_job_id"),
                        rs.getString("employer_title"), rs.getString("soc_code"), practices(rs))).list();
        java.util.Map<Long, List<ItemView>> items = new java.util.HashMap<>();
        jdbc.sql("select * from job_requirement_item where critical_job_id = any(?) order by critical_job_id, position")
                .param(rows.stream().map(Row::criticalJobId).toArray(Long[]::new))
                .query((rs, n) -> { // one query for every job's items
                    items.computeIfAbsent(rs.getLong("critical_job_id"), k -> new ArrayList<>())
                            .add(new ItemView(rs.getInt("position"), item(rs), rs.getString("name")));
                    return null;
                }).list();
        // a job with no practices of its own follows its employer's
        java.util.Map<Long, Practices> employers = employerPractices(managingOrganizationId, rows.stream()
                .filter(r -> r.practices().equals(Practices.notRecorded())).map(Row::employerId).distinct().toList());
        return rows.stream().map(r -> new MemberJobRequirements(r.employerId(), r.employerName(), r.criticalJobId(), r.title(), r.soc(),
                r.practices().equals(Practices.notRecorded()) ? employers.getOrDefault(r.employerId(), r.practices()) : r.practices(),
                items.getOrDefault(r.criticalJobId(), List.of()))).toList();
    }

    /** The first save of a job's requirements: 0 rows when someone else saved a first version just before. */
    int insert(long organizationId, CriticalJobView job, Practices practices, String by) {
        return jdbc.sql("""
                        insert into job_requirements (critical_job_id, organization_id, employer_id, updated_by, version)
                        values (?, ?, ?, ?, 1) on conflict (critical_job_id) do nothing""")
                .params(job.id(), organizationId, job.employerId(), by).update() == 0 ? 0
                : jdbc.sql("update job_requirements set " + PRACTICE_COLUMNS + " where critical_job_id = ?")
                        .params(with(practiceValues(practices), job.id())).update();
    }

    /** The number of rows changed: 0 when the requirements are no longer at {@code version}. */
    int update(long criticalJobId, int version, Practices practices, String by) {
        return jdbc.sql("update job_requirements set " + PRACTICE_COLUMNS
                        + ", version = version + 1, updated_at = now(), updated_by = ? where critical_job_id = ? and version = ?")
                .params(with(practiceValues(practices), by, criticalJobId, version)).update();
    }

    void replaceItems(long criticalJobId, List<Item> items) {
        jdbc.sql("delete from job_requirement_item where critical_job_id = ?").param(criticalJobId).update();
        int position = 0;
        for (Item i : items) {
            jdbc.sql("""
                            insert into job_requirement_item (critical_job_id, position, kind, competency_type, element_id, name,
                                   credential_kind, experience_may_replace, replace_months, months, necessity, needed_at_hire, importance)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(criticalJobId, ++position, i.kind().name(), EnumColumns.write(i.competencyType()), i.elementId(),
                            Text.blankToNull(i.name()), EnumColumns.write(i.credentialKind()), i.experienceMayReplace(),
                            i.replaceMonths(), i.months(), i.necessity().name(), i.atHire(), i.importance())
                    .update();
        }
    }

    /** The values of {@link #PRACTICE_COLUMNS}, in order (nulls included: not recorded). */
    private static List<Object> practiceValues(Practices p) {
        return Arrays.asList(p.degreeRequired(), EnumColumns.write(p.backgroundCheck()),
                p.recordsChecked().stream().map(Enum::name).toArray(String[]::new), p.lookbackYears(), p.individualizedAssessment(),
                p.chanceToRespond(), p.driversLicense(), p.drugTest(), p.shiftWork(), p.weekendWork(), p.transitReachable(),
                p.minimumAge(), p.workAuthorization());
    }

    private static List<Object> with(List<Object> values, Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static Practices practices(ResultSet rs) throws SQLException {
        return new Practices(bool(rs, "degree_required"), EnumColumns.read(rs, "background_check", BackgroundCheck.class),
                strings(rs.getArray("records_checked")).stream().map(RecordKind::valueOf).toList(), integer(rs, "lookback_years"),
                bool(rs, "individualized_assessment"), bool(rs, "chance_to_respond"), bool(rs, "drivers_license"), bool(rs, "drug_test"),
                bool(rs, "shift_work"), bool(rs, "weekend_work"), bool(rs, "transit_reachable"), integer(rs, "minimum_age"),
                bool(rs, "work_authorization"));
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(ItemKind.valueOf(rs.getString("kind")), EnumColumns.read(rs, "competency_type", CompetencyType.class),
                rs.getString("element_id"), rs.getString("name"), EnumColumns.read(rs, "credential_kind", CredentialKind.class),
                bool(rs, "experience_may_replace"), integer(rs, "replace_months"), integer(rs, "months"),
                Necessity.valueOf(rs.getString("necessity")), rs.getBoolean("needed_at_hire"), rs.getInt("importance"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Boolean.class);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
