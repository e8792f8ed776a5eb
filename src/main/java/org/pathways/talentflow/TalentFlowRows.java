package org.pathways.talentflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind a collaborative's talent flow and capture rates (decision 0007). A hire counts for a collaborative when
 * its employer is a member: the member's profile itself, a profile tied to the same employer organization, or a profile
 * of the same name kept by the managing organization or one of its partners (an OPSO's referrals to that employer). Each
 * hire is attributed to one member, which is what the confidentiality rule counts. The three ways are three joins each an
 * index or a hash can serve (one join with "or" between them took 340 ms on the statewide network, these 15 ms).
 */
@Repository
class TalentFlowRows {

    /** The employer profiles whose hires and referrals count for the collaborative, each with the member it stands for. */
    static final String PROFILES = """
            with members as (
                select m.employer_id, m.employer_organization_id, lower(e.name) as name
                from collaborative_membership m join employer_directory e on e.id = m.employer_id
                where m.collaborative_id = :collaborative),
            keepers as (
                select v.organization_id from collaborative_visibility v
                where v.collaborative_id = :collaborative and v.relation in ('MANAGER', 'PARTNER')),
            profiles as (
                select distinct on (employer_id) employer_id, member_id
                from (select m.employer_id, m.employer_id as member_id, 0 as rank from members m
                      union all
                      select e.id, m.employer_id, 1 from members m
                      join employer_directory e on e.own_organization_id = m.employer_organization_id
                      union all
                      select e.id, m.employer_id, 2 from members m join employer_directory e on lower(e.name) = m.name
                      where e.organization_id in (select organization_id from keepers)) candidates
                order by employer_id, rank, member_id)
            """;

    /** Kept as one constant so the benchmark runs the very same statement in psql. */
    static final String HIRES_SQL = PROFILES + """
            select p.member_id, j.soc_code, h.hired_on, h.separated_on, h.provider_id, d.kind as provider_kind, h.county_fips,
                   h.populations, coalesce((select array_agg(u.provider_id order by u.tier) from hire_upstream u where u.hire_id = h.id),
                                           '{}') as upstream
            from profiles p
            join hire h on h.employer_id = p.employer_id
            join critical_job_directory j on j.id = h.critical_job_id
            left join provider_directory d on d.id = h.provider_id
            where h.hired_on between :from and :to""";

    static final String REFERRALS_SQL = PROFILES + """
            select p.member_id, r.organization_id, r.referred_on, r.hired_on, r.separated_on
            from profiles p
            join referral_outcome r on r.employer_id = p.employer_id
            where r.referred_on between :from and :to""";

    /** One hire of a member, as much as the roll-up needs: no person, no wage. */
    record FlowHire(long memberId, String socCode, LocalDate hiredOn, LocalDate separatedOn, Long providerId, String providerKind,
                    String countyFips, List<String> populations, List<Long> upstream) {
    }

    /** One referral an OPSO made to a member's job, with what became of it. */
    record CohortReferral(long memberId, long organizationId, LocalDate referredOn, LocalDate hiredOn, LocalDate separatedOn) {
    }

    private final JdbcClient jdbc;

    TalentFlowRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The planner's estimate of these statements, prepared once for any collaborative and window, passes PostgreSQL's JIT
     * threshold; compiling them took longer (about 45 ms) than running them, so JIT is off for the transaction, as for
     * the matches.
     */
    private void withoutJit() {
        jdbc.sql("set local jit = off").update();
    }

    /** Each employer profile that counts for the collaborative, with the member it stands for. */
    java.util.Map<Long, Long> profiles(long collaborativeId) {
        java.util.Map<Long, Long> byProfile = new java.util.HashMap<>();
        jdbc.sql(PROFILES + "select employer_id, member_id from profiles").param("collaborative", collaborativeId)
                .query((rs, n) -> byProfile.put(rs.getLong(1), rs.getLong(2))).list();
        return byProfile;
    }

    List<FlowHire> hires(long collaborativeId, LocalDate from, LocalDate to) {
        withoutJit();
        return jdbc.sql(HIRES_SQL).param("collaborative", collaborativeId).param("from", from).param("to", to)
                .query((rs, n) -> new FlowHire(rs.getLong("member_id"), rs.getString("soc_code"), rs.getObject("hired_on", LocalDate.class),
                        rs.getObject("separated_on", LocalDate.class), rs.getObject("provider_id", Long.class),
                                rs.getString("provider_kind"),
                        rs.getString("county_fips"), Arrays.asList((String[]) rs.getArray("populations").getArray()),
                        Arrays.asList((Long[]) rs.getArray("upstream").getArray())))
                .list();
    }

    static final String IN_PROGRESS_SQL = PROFILES + """
            select p.member_id, j.soc_code
            from profiles p
            join referral_outcome r on r.employer_id = p.employer_id
            join critical_job_directory j on j.id = r.critical_job_id
            where r.in_progress""";

    /** The referrals still on their way to a hire at the members' jobs, each with its member and occupation. */
    List<FlowHire> inProgress(long collaborativeId) {
        withoutJit();
        return jdbc.sql(IN_PROGRESS_SQL).param("collaborative", collaborativeId)
                .query((rs, n) -> new FlowHire(rs.getLong("member_id"), rs.getString("soc_code"), null, null, null, null, null, List.of(),
                        List.of()))
                .list();
    }

    /** A program of a partner of the collaborative: one occupation it prepares for, its seats and rates. */
    record PartnerProgram(String socCode, Integer seats, Integer completionPercent, Integer placementPercent) {
    }

    /** The programs of the collaborative's partners on Pathways, one row per occupation each prepares for. */
    List<PartnerProgram> partnerPrograms(long collaborativeId) {
        return jdbc.sql("""
                        select unnest(g.target_socs) as soc_code, g.seats_per_cohort, g.completion_percent, g.placement_percent
                        from program_directory g
                        join provider_directory p on p.id = g.provider_id
                        join collaborative_visibility v on v.organization_id = p.organization_id
                        where v.collaborative_id = ? and v.relation = 'PARTNER'""")
                .param(collaborativeId).query((rs, n) -> new PartnerProgram(rs.getString("soc_code"),
                        rs.getObject("seats_per_cohort", Integer.class), rs.getObject("completion_percent", Integer.class),
                        rs.getObject("placement_percent", Integer.class)))
                .list();
    }

    /** The counties where the members have establishments or recruit, each with which of the two. */
    record MemberCounty(String fips, String kind) {
    }

    List<MemberCounty> memberCounties(long collaborativeId) {
        return jdbc.sql("""
                        select distinct c.county_fips, c.kind from collaborative_membership m
                        join employer_county_directory c on c.employer_id = m.employer_id
                        where m.collaborative_id = ?""")
                .param(collaborativeId).query((rs, n) -> new MemberCounty(rs.getString("county_fips"), rs.getString("kind"))).list();
    }

    List<CohortReferral> referrals(long collaborativeId, LocalDate from, LocalDate to) {
        withoutJit();
        return jdbc.sql(REFERRALS_SQL).param("collaborative", collaborativeId).param("from", from).param("to", to)
                .query((rs, n) -> new CohortReferral(rs.getLong("member_id"), rs.getLong("organization_id"),
                        rs.getObject("referred_on", LocalDate.class), rs.getObject("hired_on", LocalDate.class),
                        rs.getObject("separated_on", LocalDate.class)))
                .list();
    }
}
