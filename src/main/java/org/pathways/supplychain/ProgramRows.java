package org.pathways.supplychain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.EnumColumns;
import org.pathways.supplychain.Programs.Funding;
import org.pathways.supplychain.Programs.ProgramInput;
import org.pathways.supplychain.Programs.ProgramView;
import org.pathways.supplychain.Programs.Schedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programs' SQL (decision 0007). */
@Repository
class ProgramRows {

    private final JdbcClient jdbc;

    ProgramRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organization that keeps a provider's programs: the provider itself on Pathways, else the one that recorded it. */
    Optional<Long> keeper(long providerId) {
        return jdbc.sql("select coalesce(organization_id, recorded_by_organization_id) from provider where id = ?").param(providerId)
                .query(Long.class).optional();
    }

    List<ProgramView> ofProvider(long providerId) {
        return jdbc.sql("select * from program where provider_id = ? order by lower(name), id").param(providerId)
                .query((rs, n) -> view(rs)).list();
    }

    long insert(long providerId, ProgramInput in, String by) {
        return jdbc.sql("""
                        insert into program (provider_id, name, target_socs, credential_kind, credential_name, competencies,
                            seats_per_cohort,
                                             next_start, next_end, schedule, cost, funding, entry_requirements, supports,
                                             completion_percent, placement_percent, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(providerId, in.name(), Programs.list(in.targetSocs(), ",").toArray(String[]::new),
                        EnumColumns.write(in.credentialKind()),
                        in.credentialName(), Programs.list(in.competencies(), ";").toArray(String[]::new), in.seatsPerCohort(),
                        in.nextStart(), in.nextEnd(), in.schedule().stream().map(Enum::name).toArray(String[]::new), in.cost(),
                        in.funding().stream().map(Enum::name).toArray(String[]::new), in.entryRequirements(), in.supports(),
                        in.completionPercent(), in.placementPercent(), by)
                .query(Long.class).single();
    }

    private static ProgramView view(ResultSet rs) throws SQLException {
        return new ProgramView(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"), strings(rs, "target_socs"),
                EnumColumns.read(rs, "credential_kind", CredentialKind.class), rs.getString("credential_name"), strings(rs, "competencies"),
                rs.getObject("seats_per_cohort", Integer.class), rs.getObject("next_start", java.time.LocalDate.class),
                rs.getObject("next_end", java.time.LocalDate.class), strings(rs, "schedule").stream().map(Schedule::valueOf).toList(),
                rs.getBigDecimal("cost"), strings(rs, "funding").stream().map(Funding::valueOf).toList(),
                        rs.getString("entry_requirements"),
                rs.getString("supports"), rs.getObject("completion_percent", Integer.class), rs.getObject("placement_percent",
                        Integer.class));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
