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
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.employers.CriticalJobs;
import org.pathways.employers.Employers;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
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

    /**
     * What a manager enters about a collaborative, from the page or a test. The limits of each field are here; the
     * rules that need the reference data or the federal floor are the service's, reported with these in one round.
     * Counties are FIPS codes; one entry may hold several, as typed into one box.
     */
    public record CollaborativeInput(@NotBlank @Size(max = 200) String name, @NotNull Focus focus, @Size(max = 10) String focusCode,
                                     @Size(max = 500) String focusNote, @Size(max = 100) List<@Size(max = 5) String> counties,
                                     @Size(max = 10_000) String charter, @NotNull Status status,
                                     @NotNull @Max(1000) Integer minContributors, @NotNull Integer maxSharePercent,
                                     @NotNull @Max(1_000_000) Integer needMinOpenings, @NotNull @Max(10_000) Integer needMinEmployers,
                                     @NotNull @Max(20) Integer needMinPeriods) {

        public CollaborativeInput {
            counties = counties == null ? List.of() : counties.stream().filter(Objects::nonNull)
                    .flatMap(entry -> Arrays.stream(entry.split("[,;\\s]+"))).filter(code -> !code.isBlank()).map(String::strip)
                    .distinct().toList();
        }

        public static CollaborativeInput of(String name, Focus focus, String focusCode, String focusNote, List<String> counties,
                                            String charter, Status status, Confidentiality rule, NeedThresholds need) {
            return new CollaborativeInput(name, focus, focusCode, focusNote, counties, charter, status, rule.minContributors(),
                    rule.maxSharePercent(), need.minOpenings(), need.minEmployers(), need.minPeriods());
        }

        /** A new collaborative's form: an industry focus, the federal rule and the usual thresholds. */
        public static CollaborativeInput blank() {
            return of("", Focus.INDUSTRY, "", "", List.of(), "", Status.FORMING, Confidentiality.FEDERAL, new NeedThresholds(10, 3, 2));
        }

        public static CollaborativeInput of(CollaborativeView c) {
            List<String> counties = c.counties().stream().map(ReferenceSearch.CountyMatch::code).toList();
            return of(c.name(), c.focus(), c.focusCode(), c.focusNote(), counties, c.charter(), c.status(), c.confidentiality(), c.need());
        }

        public Confidentiality confidentiality() {
            return new Confidentiality(minContributors, maxSharePercent);
        }

        public NeedThresholds need() {
            return new NeedThresholds(needMinOpenings, needMinEmployers, needMinPeriods);
        }
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
    private final InputValidation validation;

    Collaboratives(JdbcClient jdbc, Employers employers, CriticalJobs criticalJobs, Organizations organizations, ReferenceSearch reference,
                   AuditLog audit, InputValidation validation) {
        this.jdbc = jdbc;
        this.validation = validation;
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

    /** Checks every field at once (the record's limits and the rules that need data) and returns the counties as FIPS codes. */
    private List<String> check(CollaborativeInput input) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        String code = Text.blankToNull(input.focusCode());
        if (code != null && input.focus() == Focus.INDUSTRY && reference.naicsCode(code.strip()).isEmpty()) {
            problems.add(new InvalidInput("focusCode", "collaborative.focusCode.naics", code));
        }
        if (code != null && input.focus() == Focus.OCCUPATION_FAMILY && reference.socCode(code.strip()).isEmpty()) {
            problems.add(new InvalidInput("focusCode", "collaborative.focusCode.soc", code));
        }
        for (String county : input.counties()) {
            if (reference.county(county).isEmpty()) {
                problems.add(new InvalidInput("counties", "employer.unknownCounty", county));
            }
        }
        // the federal rule is the loosest one allowed; a missing number is already named by the record's limits
        Confidentiality federal = Confidentiality.FEDERAL;
        if (input.minContributors() != null && input.minContributors() < federal.minContributors()) {
            problems.add(new InvalidInput("minContributors", "collaborative.minContributors.federal", federal.minContributors()));
        }
        if (input.maxSharePercent() != null && (input.maxSharePercent() > federal.maxSharePercent() || input.maxSharePercent() < 1)) {
            problems.add(new InvalidInput("maxSharePercent", "collaborative.maxShare.federal", federal.maxSharePercent()));
        }
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        thresholds.put("needMinOpenings", input.needMinOpenings());
        thresholds.put("needMinEmployers", input.needMinEmployers());
        thresholds.put("needMinPeriods", input.needMinPeriods());
        thresholds.forEach((field, value) -> {
            if (value != null && value < 1) {
                problems.add(new InvalidInput(field, "collaborative.need.atLeastOne"));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return input.counties();
    }

    @Transactional(readOnly = true)
    public List<Member> members(long collaborativeId) {
        get(collaborativeId);
        record Row(long employerId, Long employerOrganizationId, String organizationName, LocalDate joinedOn) {
        }
        List<Row> rows = jdbc.sql("""
                        select m.employer_id, m.employer_organization_id, o.name, m.joined_on from collaborative_member m
                        left join organization_directory o on o.id = m.employer_organization_id where m.collaborative_id = ?""")
                .param(collaborativeId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
        Map<Long, String> names = new LinkedHashMap<>();
        employers.namesOf(rows.stream().map(Row::employerId).toList()).forEach(e -> names.put(e.id(), e.name()));
        return rows.stream()
                .map(r -> new Member(r.employerId(), names.getOrDefault(r.employerId(), "#" + r.employerId()), r.employerOrganizationId(),
                        r.organizationName(), r.joinedOn()))
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
        record Tie(long collaborativeId, String collaborativeName, String keptBy, long employerId) {
        }
        List<Tie> ties = jdbc.sql("""
                        select c.id, c.name, o.name, m.employer_id from collaborative_member m
                        join collaborative c on c.id = m.collaborative_id join organization_directory o on o.id = c.organization_id
                        where m.employer_organization_id = ? order by lower(c.name), c.id""")
                .param(me.organizationId())
                .query((rs, n) -> new Tie(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        if (ties.isEmpty()) {
            return List.of();
        }
        List<Long> employerIds = ties.stream().map(Tie::employerId).toList();
        Map<Long, String> names = new LinkedHashMap<>();
        employers.namesOf(employerIds).forEach(e -> names.put(e.id(), e.name()));
        Map<Long, List<CriticalJobs.MemberJob>> jobs = new LinkedHashMap<>();
        criticalJobs.ofMembers(employerIds).forEach(j -> jobs.computeIfAbsent(j.employerId(), k -> new ArrayList<>()).add(j));
        return ties.stream().map(t -> new OwnProfile(t.collaborativeId(), t.collaborativeName(), t.keptBy(), t.employerId(),
                names.getOrDefault(t.employerId(), "#" + t.employerId()), jobs.getOrDefault(t.employerId(), List.of()))).toList();
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
