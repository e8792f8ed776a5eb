package org.pathways.employers;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer associations and initiatives around the employers an organization works with (C5): chambers,
 * sector and professional associations, workforce boards…, their workforce mission and capacity, whether
 * they convene or implement and use TPM; sector partnerships and advisory boards; and who belongs to each.
 */
@Service
@Transactional
public class Intermediaries {

    public enum Kind { CHAMBER, INDUSTRY_ASSOCIATION, PROFESSIONAL_ASSOCIATION_UNION, SPECIAL_PURPOSE_EMPLOYER_ORGANIZATION,
        ECONOMIC_DEVELOPMENT, WORKFORCE_BOARD, OTHER }

    public enum Role { CONVENER, IMPLEMENTER, BOTH }

    public enum InitiativeKind { SECTOR_PARTNERSHIP, ADVISORY_BOARD, OTHER }

    /**
     * What a person enters about an association or other intermediary (page and API alike). Its yes/no answers may stay
     * unknown (null): whether it has a workforce mission, whether it uses TPM.
     */
    public record IntermediaryInput(@NotBlank @Size(max = 200) String name, @NotNull Kind kind, @Size(max = 200) String federation,
                                    Boolean workforceMission, @Min(0) @Max(100_000) Integer dedicatedStaff, Role role, Boolean usesTpm,
                                    @Size(max = 2000) String notes) {

        public static IntermediaryInput blank() {
            return new IntermediaryInput("", null, "", null, null, null, null, "");
        }

        public static IntermediaryInput of(IntermediaryView i) {
            return new IntermediaryInput(i.name(), i.kind(), i.federation(), i.workforceMission(), i.dedicatedStaff(), i.role(), i.usesTpm(),
                    i.notes());
        }
    }

    public record IntermediaryView(long id, String name, Kind kind, String federation, Boolean workforceMission, Integer dedicatedStaff,
                                   Role role, Boolean usesTpm, String notes, int members, int version) {
    }

    public record InitiativeView(long id, String name, InitiativeKind kind, String description, Long intermediaryId,
                                 String intermediaryName, int members) {
    }

    public record Member(long employerId, String name) {
    }

    private final JdbcClient jdbc;
    private final Employers employers;
    private final AuditLog audit;
    private final InputValidation inputs;

    Intermediaries(JdbcClient jdbc, Employers employers, AuditLog audit, InputValidation inputs) {
        this.inputs = inputs;
        this.jdbc = jdbc;
        this.employers = employers;
        this.audit = audit;
    }

    private static long organization() {
        return PathwaysUser.current().organizationId();
    }

    @Transactional(readOnly = true)
    public List<IntermediaryView> list() {
        return jdbc.sql("""
                        select i.*, (select count(*) from intermediary_member m where m.intermediary_id = i.id) as members
                        from intermediary i where i.organization_id = ? order by lower(i.name), i.id""")
                .param(organization()).query((rs, n) -> intermediary(rs)).list();
    }

    @Transactional(readOnly = true)
    public IntermediaryView get(long intermediaryId) {
        return jdbc.sql("""
                        select i.*, (select count(*) from intermediary_member m where m.intermediary_id = i.id) as members
                        from intermediary i where i.id = ? and i.organization_id = ?""")
                .params(intermediaryId, organization()).query((rs, n) -> intermediary(rs)).optional()
                .orElseThrow(() -> new NotFound("intermediary", intermediaryId));
    }

    private static IntermediaryView intermediary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new IntermediaryView(rs.getLong("id"), rs.getString("name"), Kind.valueOf(rs.getString("kind")), rs.getString("federation"),
                rs.getObject("workforce_mission", Boolean.class), rs.getObject("dedicated_staff", Integer.class),
                EnumColumns.read(rs, "role", Role.class), rs.getObject("uses_tpm", Boolean.class),
                rs.getString("notes"), rs.getInt("members"), rs.getInt("version"));
    }

    public IntermediaryView create(IntermediaryInput input) {
        check(input);
        long id = jdbc.sql("""
                        insert into intermediary (organization_id, name, kind, federation, workforce_mission, dedicated_staff, role, uses_tpm, notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organization(), input.name().strip(), input.kind().name(), Text.blankToNull(input.federation()), input.workforceMission(),
                        input.dedicatedStaff(), EnumColumns.write(input.role()), input.usesTpm(), Text.blankToNull(input.notes()))
                .query(Long.class).single();
        audit.record("intermediary.created", "intermediary", id, input.name().strip());
        return get(id);
    }

    public IntermediaryView update(long intermediaryId, int version, IntermediaryInput input) {
        get(intermediaryId);
        check(input);
        int updated = jdbc.sql("""
                        update intermediary set name = ?, kind = ?, federation = ?, workforce_mission = ?, dedicated_staff = ?, role = ?,
                               uses_tpm = ?, notes = ?, version = version + 1
                        where id = ? and organization_id = ? and version = ?""")
                .params(input.name().strip(), input.kind().name(), Text.blankToNull(input.federation()), input.workforceMission(),
                        input.dedicatedStaff(), EnumColumns.write(input.role()), input.usesTpm(), Text.blankToNull(input.notes()),
                        intermediaryId, organization(), version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "intermediary " + intermediaryId, version);
        audit.record("intermediary.updated", "intermediary", intermediaryId, input.name().strip());
        return get(intermediaryId);
    }

    /** The record's own limits; nothing else about an intermediary needs data to check. */
    private void check(IntermediaryInput input) {
        inputs.check(input);
    }

    @Transactional(readOnly = true)
    public List<Member> members(long intermediaryId) {
        get(intermediaryId);
        return jdbc.sql("""
                        select e.id, e.name from intermediary_member m join employer e on e.id = m.employer_id
                        where m.intermediary_id = ? order by lower(e.name)""").param(intermediaryId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
    }

    /** Adds an employer the organization keeps a profile of; adding one twice changes nothing. */
    public void addMember(long intermediaryId, long employerId) {
        get(intermediaryId);
        employers.get(employerId);
        jdbc.sql("insert into intermediary_member (intermediary_id, employer_id) values (?, ?) on conflict do nothing")
                .params(intermediaryId, employerId).update();
        audit.record("intermediary.memberAdded", "intermediary", intermediaryId, "employer " + employerId);
    }

    public void removeMember(long intermediaryId, long employerId) {
        get(intermediaryId);
        jdbc.sql("delete from intermediary_member where intermediary_id = ? and employer_id = ?").params(intermediaryId, employerId).update();
        audit.record("intermediary.memberRemoved", "intermediary", intermediaryId, "employer " + employerId);
    }

    @Transactional(readOnly = true)
    public List<InitiativeView> initiatives(Long intermediaryId) {
        return jdbc.sql("""
                        select n.*, i.name as intermediary_name, (select count(*) from initiative_member m where m.initiative_id = n.id) as members
                        from initiative n left join intermediary i on i.id = n.intermediary_id
                        where n.organization_id = ? and (?::bigint is null or n.intermediary_id = ?) order by lower(n.name), n.id""")
                .params(organization(), intermediaryId, intermediaryId).query((rs, n) -> initiative(rs)).list();
    }

    @Transactional(readOnly = true)
    public InitiativeView initiative(long initiativeId) {
        return jdbc.sql("""
                        select n.*, i.name as intermediary_name, (select count(*) from initiative_member m where m.initiative_id = n.id) as members
                        from initiative n left join intermediary i on i.id = n.intermediary_id where n.id = ? and n.organization_id = ?""")
                .params(initiativeId, organization()).query((rs, n) -> initiative(rs)).optional()
                .orElseThrow(() -> new NotFound("initiative", initiativeId));
    }

    private static InitiativeView initiative(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InitiativeView(rs.getLong("id"), rs.getString("name"), InitiativeKind.valueOf(rs.getString("kind")),
                rs.getString("description"), rs.getObject("intermediary_id", Long.class), rs.getString("intermediary_name"),
                rs.getInt("members"));
    }

    public InitiativeView createInitiative(String name, InitiativeKind kind, String description, Long intermediaryId) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (intermediaryId != null) {
            get(intermediaryId);
        }
        long id = jdbc.sql("insert into initiative (organization_id, intermediary_id, name, kind, description) values (?, ?, ?, ?, ?) returning id")
                .params(organization(), intermediaryId, name.strip(), kind.name(), Text.blankToNull(description)).query(Long.class).single();
        audit.record("initiative.created", "initiative", id, name.strip());
        return initiative(id);
    }

    @Transactional(readOnly = true)
    public List<Member> initiativeMembers(long initiativeId) {
        initiative(initiativeId);
        return jdbc.sql("""
                        select e.id, e.name from initiative_member m join employer e on e.id = m.employer_id
                        where m.initiative_id = ? order by lower(e.name)""").param(initiativeId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
    }

    public void addInitiativeMember(long initiativeId, long employerId) {
        initiative(initiativeId);
        employers.get(employerId);
        jdbc.sql("insert into initiative_member (initiative_id, employer_id) values (?, ?) on conflict do nothing")
                .params(initiativeId, employerId).update();
        audit.record("initiative.memberAdded", "initiative", initiativeId, "employer " + employerId);
    }

    /** The associations and initiatives an employer belongs to, for its page. */
    public record Memberships(List<IntermediaryView> intermediaries, List<InitiativeView> initiatives) {
    }

    @Transactional(readOnly = true)
    public Memberships of(long employerId) {
        employers.get(employerId);
        List<IntermediaryView> intermediaries = jdbc.sql("""
                        select i.*, (select count(*) from intermediary_member x where x.intermediary_id = i.id) as members
                        from intermediary i join intermediary_member m on m.intermediary_id = i.id where m.employer_id = ? order by lower(i.name)""")
                .param(employerId).query((rs, n) -> intermediary(rs)).list();
        List<InitiativeView> initiatives = jdbc.sql("""
                        select n.*, i.name as intermediary_name, (select count(*) from initiative_member x where x.initiative_id = n.id) as members
                        from initiative n join initiative_member m on m.initiative_id = n.id left join intermediary i on i.id = n.intermediary_id
                        where m.employer_id = ? order by lower(n.name)""")
                .param(employerId).query((rs, n) -> initiative(rs)).list();
        return new Memberships(intermediaries, initiatives);
    }
}
