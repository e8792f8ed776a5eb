package org.pathways.collaboratives;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.CriticalJobs;
import org.pathways.employers.Employers;
import org.pathways.platform.AuditLog;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.Organizations;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceSearch;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboratives, their members and partners, and the critical jobs the members share (C9). Who may see a
 * collaborative: its managing organization, its partner organizations, and employers whose own organization is
 * tied to a member profile. Only the managing organization changes it.
 */
@Service
@Transactional
public class Collaboratives {

    public enum Focus { INDUSTRY, OCCUPATION_FAMILY }

    public enum Status { FORMING, ACTIVE, PAUSED, ENDED }

    /** How the signed-in person's organization relates to a collaborative; it decides what they see. */
    public enum Relation { MANAGER, PARTNER, MEMBER }

    /** The confidentiality rule for employers' aggregates; the federal rule is the loosest one allowed. */
    public record Confidentiality(int minContributors, int maxSharePercent) {
        public static final Confidentiality FEDERAL = new Confidentiality(3, 80);
    }

    /** Thresholds of a "sufficient and consistent need" for a shared critical job. */
    public record NeedThresholds(int minOpenings, int minEmployers, int minPeriods) {
    }

    public record CollaborativeInput(String name, Focus focus, String focusCode, String focusNote, List<String> counties, String charter,
                                     Status status, Confidentiality confidentiality, NeedThresholds need) {
    }

    public record CollaborativeView(long id, long organizationId, String organizationName, String name, Focus focus, String focusCode,
                                    String focusTitle, String focusNote, List<ReferenceSearch.CountyMatch> counties, String charter,
                                    Status status, Confidentiality confidentiality, NeedThresholds need, Relation relation, int members,
                                    int partners, int version) {
    }

    public record Member(long employerId, String name, Long employerOrganizationId, String employerOrganizationName, LocalDate joinedOn) {
    }

    public record Partner(long organizationId, String name, OrganizationType type, LocalDate joinedOn) {
    }

    /** Members' critical jobs on one SOC code; who they are is shown to the managing organization only. */
    public record SharedJob(String socCode, String socTitle, int employers, Integer positions, Integer openings, List<CriticalJobs.MemberJob> jobs) {
    }

    private final JdbcClient jdbc;
    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final Organizations organizations;
    private final ReferenceSearch reference;
    private final AuditLog audit;

    Collaboratives(JdbcClient jdbc, Employers employers, CriticalJobs criticalJobs, Organizations organizations, ReferenceSearch reference,
                   AuditLog audit) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.organizations = organizations;
        this.reference = reference;
        this.audit = audit;
    }

    /** The SQL condition (on alias c) under which organization ? may see a collaborative; used by the scope bean too. */
    static final String VISIBLE_TO_ORGANIZATION = """
            (c.organization_id = :org
             or exists (select 1 from collaborative_partner p where p.collaborative_id = c.id and p.organization_id = :org)
             or exists (select 1 from collaborative_member m where m.collaborative_id = c.id and m.employer_organization_id = :org))""";

    private static final String SELECT = """
            select c.*, o.name as organization_name,
                   case when c.organization_id = :org then 'MANAGER'
                        when exists (select 1 from collaborative_partner p where p.collaborative_id = c.id and p.organization_id = :org) then 'PARTNER'
                        else 'MEMBER' end as relation,
                   (select count(*) from collaborative_member m where m.collaborative_id = c.id) as member_count,
                   (select count(*) from collaborative_partner p where p.collaborative_id = c.id) as partner_count
            from collaborative c join organization_directory o on o.id = c.organization_id
            """;

    private static long organization() {
        return PathwaysUser.current().organizationId();
    }

    @Transactional(readOnly = true)
    public List<CollaborativeView> list() {
        return jdbc.sql(SELECT + " where " + VISIBLE_TO_ORGANIZATION + " order by lower(c.name), c.id")
                .param("org", organization()).query((rs, n) -> view(rs)).list();
    }

    /** A collaborative the person's organization may see; any other answers as if it did not exist. */
    @Transactional(readOnly = true)
    public CollaborativeView get(long collaborativeId) {
        return jdbc.sql(SELECT + " where c.id = :id and " + VISIBLE_TO_ORGANIZATION)
                .param("org", organization()).param("id", collaborativeId).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> new NotFound("collaborative", collaborativeId));
    }

    /** The collaborative, if the person's organization manages it; partners and members may read but not change it; the page or API that catches the refusal audits it. */
    @Transactional(readOnly = true)
    public CollaborativeView managed(long collaborativeId) {
        CollaborativeView view = get(collaborativeId);
        if (view.relation() != Relation.MANAGER) {
            throw new org.springframework.security.access.AccessDeniedException("only the managing organization changes a collaborative");
        }
        return view;
    }

    private CollaborativeView view(ResultSet rs) throws SQLException {
        String focusCode = rs.getString("focus_code");
        Focus focus = Focus.valueOf(rs.getString("focus_kind"));
        return new CollaborativeView(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"), rs.getString("name"),
                focus, focusCode, focusTitle(focus, focusCode), rs.getString("focus_note"),
                Arrays.stream(strings(rs.getArray("counties"))).map(f -> reference.county(f).orElse(null)).filter(c -> c != null).toList(),
                rs.getString("charter"), Status.valueOf(rs.getString("status")),
                new Confidentiality(rs.getInt("min_contributors"), rs.getInt("max_share_percent")),
                new NeedThresholds(rs.getInt("need_min_openings"), rs.getInt("need_min_employers"), rs.getInt("need_min_periods")),
                Relation.valueOf(rs.getString("relation")), rs.getInt("member_count"), rs.getInt("partner_count"), rs.getInt("version"));
    }

    private String focusTitle(Focus focus, String code) {
        if (code == null) {
            return null;
        }
        return (focus == Focus.INDUSTRY ? reference.naicsCode(code) : reference.socCode(code)).map(ReferenceSearch.CodeMatch::title).orElse(null);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    public CollaborativeView create(CollaborativeInput input) {
        List<String> counties = check(input);
        long id = jdbc.sql("""
                        insert into collaborative (organization_id, name, focus_kind, focus_code, focus_note, counties, charter, status,
                                                   min_contributors, max_share_percent, need_min_openings, need_min_employers, need_min_periods,
                                                   created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organization(), input.name().strip(), input.focus().name(), Text.blankToNull(input.focusCode()),
                        Text.blankToNull(input.focusNote()), counties.toArray(String[]::new), Text.blankToNull(input.charter()),
                        input.status().name(), input.confidentiality().minContributors(), input.confidentiality().maxSharePercent(),
                        input.need().minOpenings(), input.need().minEmployers(), input.need().minPeriods(),
                        PathwaysUser.current().username(), PathwaysUser.current().username())
                .query(Long.class).single();
        audit.record("collaborative.created", "collaborative", id, input.name().strip());
        return get(id);
    }

    public CollaborativeView update(long collaborativeId, int version, CollaborativeInput input) {
        managed(collaborativeId);
        List<String> counties = check(input);
        int updated = jdbc.sql("""
                        update collaborative set name = ?, focus_kind = ?, focus_code = ?, focus_note = ?, counties = ?, charter = ?, status = ?,
                               min_contributors = ?, max_share_percent = ?, need_min_openings = ?, need_min_employers = ?, need_min_periods = ?,
                               version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and organization_id = ? and version = ?""")
                .params(input.name().strip(), input.focus().name(), Text.blankToNull(input.focusCode()), Text.blankToNull(input.focusNote()),
                        counties.toArray(String[]::new), Text.blankToNull(input.charter()), input.status().name(),
                        input.confidentiality().minContributors(), input.confidentiality().maxSharePercent(), input.need().minOpenings(),
                        input.need().minEmployers(), input.need().minPeriods(), PathwaysUser.current().username(), collaborativeId,
                        organization(), version)
                .update();
        OptimisticWrite.expectChanged(updated, "collaborative.changedByOther", "collaborative " + collaborativeId, version);
        audit.record("collaborative.updated", "collaborative", collaborativeId, input.name().strip());
        return get(collaborativeId);
    }

    /** Checks every field at once and returns the counties as FIPS codes. */
    private List<String> check(CollaborativeInput input) {
        List<InvalidInput> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new InvalidInput("name", "validation.required"));
        }
        if (input.focus() == null) {
            problems.add(new InvalidInput("focus", "validation.required"));
        }
        if (input.status() == null) {
            problems.add(new InvalidInput("status", "validation.required"));
        }
        String code = Text.blankToNull(input.focusCode());
        if (code != null && input.focus() == Focus.INDUSTRY && reference.naicsCode(code.strip()).isEmpty()) {
            problems.add(new InvalidInput("focusCode", "collaborative.focusCode.naics", code));
        }
        if (code != null && input.focus() == Focus.OCCUPATION_FAMILY && reference.socCode(code.strip()).isEmpty()) {
            problems.add(new InvalidInput("focusCode", "collaborative.focusCode.soc", code));
        }
        List<String> counties = new ArrayList<>();
        for (String county : input.counties() == null ? List.<String>of() : input.counties()) {
            if (county == null || county.isBlank()) {
                continue;
            }
            if (reference.county(county.strip()).isEmpty()) {
                problems.add(new InvalidInput("counties", "employer.unknownCounty", county));
            } else if (!counties.contains(county.strip())) {
                counties.add(county.strip());
            }
        }
        Confidentiality rule = input.confidentiality();
        if (rule == null || rule.minContributors() < Confidentiality.FEDERAL.minContributors()) {
            problems.add(new InvalidInput("minContributors", "collaborative.minContributors.federal", Confidentiality.FEDERAL.minContributors()));
        }
        if (rule == null || rule.maxSharePercent() > Confidentiality.FEDERAL.maxSharePercent() || rule.maxSharePercent() < 1) {
            problems.add(new InvalidInput("maxSharePercent", "collaborative.maxShare.federal", Confidentiality.FEDERAL.maxSharePercent()));
        }
        NeedThresholds need = input.need();
        if (need == null || need.minOpenings() < 1) {
            problems.add(new InvalidInput("needMinOpenings", "collaborative.need.atLeastOne"));
        }
        if (need == null || need.minEmployers() < 1) {
            problems.add(new InvalidInput("needMinEmployers", "collaborative.need.atLeastOne"));
        }
        if (need == null || need.minPeriods() < 1) {
            problems.add(new InvalidInput("needMinPeriods", "collaborative.need.atLeastOne"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return counties;
    }

    @Transactional(readOnly = true)
    public List<Member> members(long collaborativeId) {
        get(collaborativeId);
        List<Object[]> rows = jdbc.sql("""
                        select m.employer_id, m.employer_organization_id, o.name, m.joined_on from collaborative_member m
                        left join organization_directory o on o.id = m.employer_organization_id where m.collaborative_id = ?""")
                .param(collaborativeId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getObject(4, LocalDate.class)}).list();
        Map<Long, String> names = new LinkedHashMap<>();
        employers.namesOf(rows.stream().map(r -> (Long) r[0]).toList()).forEach(e -> names.put(e.id(), e.name()));
        return rows.stream()
                .map(r -> new Member((Long) r[0], names.getOrDefault((Long) r[0], "#" + r[0]), (Long) r[1], (String) r[2], (LocalDate) r[3]))
                .sorted(java.util.Comparator.comparing(m -> m.name().toLowerCase())).toList();
    }

    /** The profile a collaborative keeps of the signed-in person's own employer, and the critical jobs on it. */
    public record OwnProfile(long collaborativeId, String collaborativeName, String keptBy, long employerId, String employerName,
                             List<CriticalJobs.MemberJob> jobs) {
    }

    /**
     * What each collaborative the person's employer organization belongs to keeps about it: the employer sees the
     * profile its demand survey asks about, to say when it is out of date. Only the profiles tied to the person's own
     * organization; the collaborative's other members stay as the collaborative page shows them.
     */
    @Transactional(readOnly = true)
    public List<OwnProfile> ownProfiles() {
        PathwaysUser me = PathwaysUser.current();
        List<Object[]> ties = jdbc.sql("""
                        select c.id, c.name, o.name, m.employer_id from collaborative_member m
                        join collaborative c on c.id = m.collaborative_id join organization_directory o on o.id = c.organization_id
                        where m.employer_organization_id = ? order by lower(c.name), c.id""")
                .param(me.organizationId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)}).list();
        if (ties.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        employers.namesOf(ties.stream().map(t -> (Long) t[3]).toList()).forEach(e -> names.put(e.id(), e.name()));
        Map<Long, List<CriticalJobs.MemberJob>> jobs = new LinkedHashMap<>();
        criticalJobs.ofMembers(ties.stream().map(t -> (Long) t[3]).toList())
                .forEach(j -> jobs.computeIfAbsent(j.employerId(), k -> new ArrayList<>()).add(j));
        return ties.stream().map(t -> new OwnProfile((Long) t[0], (String) t[1], (String) t[2], (Long) t[3],
                names.getOrDefault((Long) t[3], "#" + t[3]), jobs.getOrDefault((Long) t[3], List.of()))).toList();
    }

    /** A collaborative's name, for a page reached without signing in (a survey's private link), which names it to the employer. */
    @Transactional(readOnly = true)
    public String nameOf(long collaborativeId) {
        return jdbc.sql("select name from collaborative where id = ?").param(collaborativeId).query(String.class).single();
    }

    /** The ids of the member employer profiles, for modules that already checked the person may see the collaborative. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long collaborativeId) {
        return jdbc.sql("select employer_id from collaborative_member where collaborative_id = ? order by employer_id")
                .param(collaborativeId).query(Long.class).list();
    }

    /** Adds one of the managing organization's employer profiles, optionally tied to the employer's own organization. */
    public void addMember(long collaborativeId, long employerId, Long employerOrganizationId) {
        managed(collaborativeId);
        employers.get(employerId);
        if (employerOrganizationId != null && organizations.directory(List.of(OrganizationType.EMPLOYER)).stream()
                .noneMatch(o -> o.id() == employerOrganizationId)) {
            throw new InvalidInput("employerOrganizationId", "collaborative.member.notAnEmployerOrganization");
        }
        jdbc.sql("""
                        insert into collaborative_member (collaborative_id, employer_id, employer_organization_id) values (?, ?, ?)
                        on conflict (collaborative_id, employer_id) do update set employer_organization_id = excluded.employer_organization_id""")
                .params(collaborativeId, employerId, employerOrganizationId).update();
        audit.record("collaborative.memberAdded", "collaborative", collaborativeId, "employer " + employerId);
    }

    public void removeMember(long collaborativeId, long employerId) {
        managed(collaborativeId);
        jdbc.sql("delete from collaborative_member where collaborative_id = ? and employer_id = ?").params(collaborativeId, employerId).update();
        audit.record("collaborative.memberRemoved", "collaborative", collaborativeId, "employer " + employerId);
    }

    @Transactional(readOnly = true)
    public List<Partner> partners(long collaborativeId) {
        get(collaborativeId);
        return jdbc.sql("""
                        select o.id, o.name, o.type, p.joined_on from collaborative_partner p join organization_directory o on o.id = p.organization_id
                        where p.collaborative_id = ? order by lower(o.name)""").param(collaborativeId)
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), OrganizationType.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class))).list();
    }

    public void addPartner(long collaborativeId, long organizationId) {
        managed(collaborativeId);
        if (organizations.directory(PARTNER_TYPES).stream().noneMatch(o -> o.id() == organizationId)) {
            throw new InvalidInput("organizationId", "collaborative.partner.notAProvider");
        }
        jdbc.sql("insert into collaborative_partner (collaborative_id, organization_id) values (?, ?) on conflict do nothing")
                .params(collaborativeId, organizationId).update();
        audit.record("collaborative.partnerAdded", "collaborative", collaborativeId, "organization " + organizationId);
    }

    public void removePartner(long collaborativeId, long organizationId) {
        managed(collaborativeId);
        jdbc.sql("delete from collaborative_partner where collaborative_id = ? and organization_id = ?").params(collaborativeId, organizationId).update();
        audit.record("collaborative.partnerRemoved", "collaborative", collaborativeId, "organization " + organizationId);
    }

    /**
     * Partners are the organizations that serve or train job seekers, and other intermediaries: a workforce board
     * funds the job centers and training a collaborative draws on, and follows its results.
     */
    public static final List<OrganizationType> PARTNER_TYPES = List.of(OrganizationType.OPSO, OrganizationType.TRAINING_PROVIDER,
            OrganizationType.INTERMEDIARY);

    /**
     * Members' critical jobs grouped by SOC, most shared first. Each job's employer, title and numbers are for the
     * managing organization only: partners and members see how many employers share a job, never whose numbers.
     */
    @Transactional(readOnly = true)
    public List<SharedJob> sharedCriticalJobs(long collaborativeId) {
        CollaborativeView collaborative = get(collaborativeId);
        Map<String, List<CriticalJobs.MemberJob>> bySoc = new LinkedHashMap<>();
        for (CriticalJobs.MemberJob job : criticalJobs.ofMembers(memberIds(collaborativeId))) {
            if (job.socCode() != null) {
                bySoc.computeIfAbsent(job.socCode(), k -> new ArrayList<>()).add(job);
            }
        }
        boolean manager = collaborative.relation() == Relation.MANAGER;
        return bySoc.values().stream()
                .map(jobs -> new SharedJob(jobs.get(0).socCode(), jobs.get(0).socTitle(),
                        (int) jobs.stream().mapToLong(CriticalJobs.MemberJob::employerId).distinct().count(),
                        manager ? jobs.stream().mapToInt(j -> j.positions() == null ? 0 : j.positions()).sum() : null,
                        manager ? jobs.stream().mapToInt(j -> j.openings() == null ? 0 : j.openings()).sum() : null, manager ? jobs : List.of()))
                .sorted(java.util.Comparator.comparingInt(SharedJob::employers).reversed().thenComparing(SharedJob::socCode))
                .toList();
    }
}
