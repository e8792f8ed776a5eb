package org.pathways.talentflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.platform.BulkCopy;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.HireQuery;
import org.pathways.talentflow.Hires.HireView;
import org.pathways.talentflow.Hires.JobChoice;
import org.pathways.talentflow.Hires.SeparationReason;
import org.pathways.talentflow.Hires.Source;
import org.pathways.talentflow.Hires.Upstream;
import org.pathways.talentflow.Hires.WageUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hire records' SQL (decision 0007): every read scoped by the organization it is given. */
@Repository
class HireRows {

    private static final String SELECT = """
            select h.*, j.employer_title, j.soc_code, p.name as provider_name, p.kind as provider_kind,
                   coalesce((select array_agg(u.provider_id || ':' || u.tier || ':' || q.name order by u.tier, q.name)
                             from hire_upstream u join provider_directory q on q.id = u.provider_id where u.hire_id = h.id), '{}') as
                                 upstream
            from hire h
            join critical_job_directory j on j.id = h.critical_job_id
            left join provider_directory p on p.id = h.provider_id""";

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    HireRows(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    PageResult<HireView> page(long organizationId, long employerId, HireQuery query, PageQuery page) {
        StringBuilder where = new StringBuilder(" where h.organization_id = :org and h.employer_id = :employer");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("org", organizationId);
        params.put("employer", employerId);
        if (query.criticalJobId() != null) {
            where.append(" and h.critical_job_id = :job");
            params.put("job", query.criticalJobId());
        }
        if (query.from() != null) {
            where.append(" and h.hired_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and h.hired_on <= :to");
            params.put("to", query.to());
        }
        if (query.providerId() != null) {
            where.append(" and h.provider_id = :provider");
            params.put("provider", query.providerId());
        }
        long total = jdbc.sql("select count(*) from hire h" + where).params(params).query(Long.class).single();
        List<HireView> items = jdbc.sql(SELECT + where + " order by h.hired_on desc, h.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query((rs, n) -> view(rs)).list();
        return PageResult.of(items, page, total);
    }

    Optional<HireView> one(long organizationId, long hireId) {
        return jdbc.sql(SELECT + " where h.id = ? and h.organization_id = ?").params(hireId, organizationId).query((rs, n) -> view(rs))
                .optional();
    }

    boolean visibleTo(long organizationId, long hireId) {
        return jdbc.sql("select count(*) from hire where id = ? and organization_id = ?").params(hireId, organizationId).query(Long.class)
                .single() > 0;
    }

    /** An employer profile whose hires an organization records: one it keeps, or one that stands for the organization itself. */
    record EmployerRef(long id, String name, boolean own, String keptBy) {
    }

    /**
     * A profile stands for an employer organization when it is tied to it: on the profile itself ("On Pathways") or as the
     * member of a collaborative that the employer's own organization joined.
     */
    static final String STANDS_FOR = """
            (e.own_organization_id = :org
             or exists (select 1 from collaborative_membership m where m.employer_id = e.id and m.employer_organization_id = :org))""";

    Optional<EmployerRef> reachable(long organizationId, long employerId) {
        return jdbc.sql("select e.id, e.name, e.organization_id <> :org as own from employer_directory e"
                        + " where e.id = :employer and (e.organization_id = :org or " + STANDS_FOR + ")")
                .param("employer", employerId).param("org", organizationId)
                .query((rs, n) -> new EmployerRef(rs.getLong("id"), rs.getString("name"), rs.getBoolean("own"), null)).optional();
    }

    /** Whether the profile stands for this organization and is kept by another: the employer's own way to its hires. */
    boolean standsFor(long organizationId, long employerId) {
        return jdbc.sql("select count(*) from employer_directory e where e.id = :employer and e.organization_id <> :org and " + STANDS_FOR)
                .param("employer", employerId).param("org", organizationId).query(Long.class).single() > 0;
    }

    /** The profiles other organizations keep of this employer organization: where its own hires go. */
    List<EmployerRef> standingFor(long organizationId) {
        return jdbc.sql("""
                        select e.id, e.name, o.name as kept_by
                        from employer_directory e join organization_directory o on o.id = e.organization_id
                        where not e.archived and e.organization_id <> :org and """ + STANDS_FOR + """

                        order by lower(o.name), e.id""")
                .param("org", organizationId)
                .query((rs, n) -> new EmployerRef(rs.getLong("id"), rs.getString("name"), true, rs.getString("kept_by"))).list();
    }

    List<JobChoice> jobsOf(long employerId) {
        return jdbc.sql("""
                        select id, employer_title, soc_code from critical_job_directory where employer_id = ?
                        order by lower(employer_title), id""")
                .param(employerId).query((rs, n) -> new JobChoice(rs.getLong("id"), rs.getString("employer_title"),
                        rs.getString("soc_code")))
                .list();
    }

    boolean ofReferral(long referralId) {
        return jdbc.sql("select count(*) from hire where referral_id = ?").param(referralId).query(Long.class).single() > 0;
    }

    Optional<Long> employerOfReferral(long referralId) {
        return jdbc.sql("select employer_id from hire where referral_id = ?").param(referralId).query(Long.class).optional();
    }

    Set<Long> providerIds() {
        return new HashSet<>(jdbc.sql("select id from provider_directory").query(Long.class).list());
    }

    boolean keyTaken(long employerId, String key) {
        return jdbc.sql("select count(*) from hire where employer_id = ? and dedupe_key = ?").params(employerId, key).query(Long.class)
                .single() > 0;
    }

    long insert(long organizationId, long employerId, HireInput input, Source source, Long referralId, String dedupeKey, String by) {
        long id = jdbc.sql("""
                        insert into hire (organization_id, employer_id, critical_job_id, hired_on, separated_on, separation_reason,
                            person_label,
                                          provider_id, program, credential_kind, county_fips, zip_code, wage, wage_unit, populations,
                                              source,
                                          referral_id, dedupe_key, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, employerId, input.criticalJobId(), input.hiredOn(), input.separatedOn(),
                        EnumColumns.write(input.separationReason()),
                        input.personLabel(), input.providerId(), input.program(), EnumColumns.write(input.credentialKind()),
                                input.countyFips(),
                        input.zipCode(), input.wage(), EnumColumns.write(input.wageUnit()), populations(input), source.name(), referralId,
                                dedupeKey, by)
                .query(Long.class).single();
        insertUpstream(id, input.upstreamProviderIds());
        return id;
    }

    int update(long organizationId, long hireId, int version, HireInput input) {
        int changed = jdbc.sql("""
                        update hire set critical_job_id = ?, hired_on = ?, separated_on = ?, separation_reason = ?, person_label = ?,
                               provider_id = ?, program = ?, credential_kind = ?, county_fips = ?, zip_code = ?, wage = ?, wage_unit = ?,
                               populations = ?, version = version + 1
                        where id = ? and organization_id = ? and version = ?""")
                .params(input.criticalJobId(), input.hiredOn(), input.separatedOn(), EnumColumns.write(input.separationReason()),
                        input.personLabel(),
                        input.providerId(), input.program(), EnumColumns.write(input.credentialKind()), input.countyFips(),
                                input.zipCode(), input.wage(),
                        EnumColumns.write(input.wageUnit()), populations(input), hireId, organizationId, version)
                .update();
        if (changed > 0) {
            jdbc.sql("delete from hire_upstream where hire_id = ?").param(hireId).update();
            insertUpstream(hireId, input.upstreamProviderIds());
        }
        return changed;
    }

    void delete(long organizationId, long hireId) {
        jdbc.sql("delete from hire where id = ? and organization_id = ?").params(hireId, organizationId).update();
    }

    /** A file waiting at the import's review step. */
    record Pending(long id, String fileName, byte[] content) {
    }

    /** Keeps a file for the review step; files left there for more than a day are dropped on the way. */
    long keepPending(long organizationId, long employerId, String fileName, byte[] content, String by) {
        jdbc.sql("delete from hire_import_pending where created_at < now() - interval '1 day'").update();
        return jdbc.sql("""
                        insert into hire_import_pending (organization_id, employer_id, file_name, content, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, employerId, fileName, content, by).query(Long.class).single();
    }

    Optional<Pending> pending(long organizationId, long employerId, long pendingId) {
        return jdbc.sql("select id, file_name, content from hire_import_pending where id = ? and organization_id = ? and employer_id = ?")
                .params(pendingId, organizationId, employerId)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    void dropPending(long pendingId) {
        jdbc.sql("delete from hire_import_pending where id = ?").param(pendingId).update();
    }

    /** One checked row of an import, with the key that makes it the same hire in the next file. */
    record Incoming(HireInput input, String dedupeKey) {
    }

    record Written(int added, int updated) {
    }

    /**
     * Writes an import at once: the rows go by COPY into a temporary table, then one statement adds the new hires with their
     * upstream providers and, for hires already there, records a departure the file now gives (nothing else of a recorded
     * hire is changed by a file). Counts what it added and what it updated; the rest were there already.
     */
    Written writeAll(long organizationId, long employerId, List<Incoming> incoming, String by) {
        jdbc.sql("""
                create temporary table hire_incoming (critical_job_id bigint, hired_on date, separated_on date, separation_reason text,
                    person_label text, provider_id bigint, upstream bigint[], program text, credential_kind text, county_fips text,
                    zip_code text, wage numeric(12, 2), wage_unit text, populations text[], dedupe_key text) on commit drop""").update();
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            BulkCopy copy = new BulkCopy(connection);
            StringBuilder lines = copy.of("""
                    copy hire_incoming (critical_job_id, hired_on, separated_on, separation_reason, person_label, provider_id, upstream,
                        program, credential_kind, county_fips, zip_code, wage, wage_unit, populations, dedupe_key) from stdin (format
                            csv)""");
            for (Incoming row : incoming) {
                HireInput in = row.input();
                BulkCopy.line(lines, in.criticalJobId(), in.hiredOn(), in.separatedOn(), EnumColumns.write(in.separationReason()),
                        in.personLabel(), in.providerId(), array(in.upstreamProviderIds()), in.program(),
                                EnumColumns.write(in.credentialKind()),
                        in.countyFips(), in.zipCode(), in.wage(), EnumColumns.write(in.wageUnit()),
                        array(in.populations().stream().map(Enum::name).toList()), row.dedupeKey());
                copy.flushWhenFull();
            }
            copy.flush();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the hires could not be copied: " + e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return jdbc.sql("""
                        with upserted as (
                            insert into hire (organization_id, employer_id, critical_job_id, hired_on, separated_on, separation_reason,
                                              person_label, provider_id, program, credential_kind, county_fips, zip_code, wage, wage_unit,
                                              populations, source, dedupe_key, recorded_by)
                            select :org, :employer, critical_job_id, hired_on, separated_on, separation_reason, person_label, provider_id,
                                   program, credential_kind, county_fips, zip_code, wage, wage_unit, populations, 'IMPORTED', dedupe_key,
                                       :by
                            from hire_incoming
                            on conflict (employer_id, dedupe_key) do update
                                set separated_on = excluded.separated_on, separation_reason = excluded.separation_reason,
                                    version = hire.version + 1
                                where excluded.separated_on is not null and hire.separated_on is distinct from excluded.separated_on
                                  and excluded.separated_on >= hire.hired_on
                            returning id, dedupe_key, xmax = 0 as added),
                        upstream as (
                            insert into hire_upstream (hire_id, provider_id, tier)
                            select u.id, x.provider_id, x.position + 1
                            from upserted u join hire_incoming i on i.dedupe_key = u.dedupe_key
                            cross join lateral unnest(i.upstream) with ordinality as x(provider_id, position)
                            where u.added
                            returning 1)
                        select count(*) filter (where added) as added, count(*) filter (where not added) as updated,
                               (select count(*) from upstream) as upstream
                        from upserted""")
                .param("org", organizationId).param("employer", employerId).param("by", by)
                .query((rs, n) -> new Written(rs.getInt("added"), rs.getInt("updated"))).single();
    }

    /** A PostgreSQL array literal for COPY's CSV: {1,2} or {"A","B"}. */
    private static String array(List<?> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** A separation the referral pipeline recorded, on the hire it created; the first date recorded stands. */
    int separate(long referralId, java.time.LocalDate separatedOn) {
        return jdbc.sql("""
                        update hire set separated_on = ?, version = version + 1
                        where referral_id = ? and separated_on is null and hired_on <= ?""")
                .params(separatedOn, referralId, separatedOn).update();
    }

    private void insertUpstream(long hireId, List<Long> upstream) {
        for (int i = 0; i < upstream.size(); i++) {
            jdbc.sql("insert into hire_upstream (hire_id, provider_id, tier) values (?, ?, ?)").params(hireId, upstream.get(i), i + 2)
                    .update();
        }
    }

    private static String[] populations(HireInput input) {
        return input.populations().stream().map(Enum::name).toArray(String[]::new);
    }

    static HireView view(ResultSet rs) throws SQLException {
        List<Upstream> upstream = new ArrayList<>();
        for (String entry : (String[]) rs.getArray("upstream").getArray()) {
            String[] parts = entry.split(":", 3);
            upstream.add(new Upstream(Long.parseLong(parts[0]), parts[2], Integer.parseInt(parts[1])));
        }
        List<Population> populations = new ArrayList<>();
        for (String p : (String[]) rs.getArray("populations").getArray()) {
            populations.add(Population.valueOf(p));
        }
        return new HireView(rs.getLong("id"), rs.getLong("employer_id"), rs.getLong("critical_job_id"), rs.getString("employer_title"),
                rs.getString("soc_code"), rs.getObject("hired_on", java.time.LocalDate.class),
                rs.getObject("separated_on", java.time.LocalDate.class), EnumColumns.read(rs, "separation_reason", SeparationReason.class),
                rs.getString("person_label"), rs.getObject("provider_id", Long.class), rs.getString("provider_name"),
                EnumColumns.read(rs, "provider_kind", Providers.Kind.class), upstream, rs.getString("program"),
                EnumColumns.read(rs, "credential_kind", CredentialKind.class), rs.getString("county_fips"), rs.getString("zip_code"),
                rs.getBigDecimal("wage"), EnumColumns.read(rs, "wage_unit", WageUnit.class), populations,
                Source.valueOf(rs.getString("source")), rs.getObject("referral_id", Long.class), rs.getInt("version"));
    }
}
