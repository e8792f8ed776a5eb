package org.pathways.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.pathways.platform.AuditLog;
import org.pathways.reference.OccupationProfile.Projection;
import org.pathways.reference.OccupationProfile.Rating;
import org.pathways.reference.OccupationProfile.Related;
import org.pathways.reference.OccupationProfile.Source;
import org.pathways.reference.OccupationProfile.Technology;
import org.pathways.reference.OccupationProfile.Wages;
import org.pathways.reference.importing.ReferenceImporter;
import org.pathways.reference.importing.ReferenceImporter.SourceFile;
import org.pathways.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public service: imports of official releases (from a folder or uploaded files), the list of
 * releases, and everything known about one occupation. Searches live in {@link ReferenceSearch} and
 * job-title coding in {@link JobTitleSuggester}.
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;
    private final ReferenceImporter importer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReleaseWatch releases;
    /** Facts by SOC code for the current releases (none where BLS has none); emptied when a release changes. */
    private final java.util.Map<String, java.util.Optional<OccupationFacts>> factsBySoc = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String factsReleases = "";

    ReferenceData(JdbcClient jdbc, ReferenceImporter importer, AuditLog audit, ApplicationEventPublisher events, ReleaseWatch releases) {
        this.releases = releases;
        this.jdbc = jdbc;
        this.importer = importer;
        this.audit = audit;
        this.events = events;
    }

    /** A loaded release of one dataset. */
    public record Release(long id, String dataset, String vintage, String sourceFile, long rows, boolean starter,
                          boolean current, Instant loadedAt, String loadedBy) {
    }

    /** Imports every file under a folder (sub-folders included), in path order. */
    public ImportReport importFolder(Path folder, String loadedBy) {
        if (!Files.isDirectory(folder)) {
            throw new NotFound("folder", folder.toString());
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .forEach(p -> files.add(new SourceFile(p, folder.relativize(p).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importFiles(files, loadedBy);
    }

    /** Imports the given files (an upload saved to a temporary folder, say) as one all-or-nothing import. */
    public ImportReport importFiles(List<SourceFile> files, String loadedBy) {
        ImportReport report = importer.importFiles(files, loadedBy, false, dataset -> true);
        audit.record(report.changed() ? "reference.imported" : "reference.import-refused", "reference", null,
                "files=" + files.size() + " loaded=" + report.count(ImportReport.Outcome.LOADED)
                        + " replaced=" + report.count(ImportReport.Outcome.REPLACED)
                        + " unchanged=" + report.count(ImportReport.Outcome.UNCHANGED)
                        + " failed=" + report.count(ImportReport.Outcome.FAILED) + " rows=" + report.rowsLoaded());
        if (report.changed()) {
            events.publishEvent(new ReferenceDataChanged(report.rowsLoaded()));
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<Release> releases() {
        return jdbc.sql("""
                        select id, dataset, vintage, source_file, row_count, starter, current, loaded_at, loaded_by
                        from ref_release order by dataset, vintage_order desc, id desc""")
                .query((rs, n) -> new Release(rs.getLong("id"), rs.getString("dataset"), rs.getString("vintage"),
                        rs.getString("source_file"), rs.getLong("row_count"), rs.getBoolean("starter"), rs.getBoolean("current"),
                        rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by")))
                .list();
    }

    /** The government's figures for an occupation, to show beside an employer's own numbers. */
    public record OccupationFacts(String soc, java.math.BigDecimal medianWage, boolean medianWageTopCoded,
                                  java.math.BigDecimal annualOpenings, java.math.BigDecimal changePercent, String projectionsVintage,
                                  java.math.BigDecimal employmentBase, java.math.BigDecimal employmentChange, int baseYear, int projectedYear) {

        /**
         * Openings a year per person employed nationally (BLS's openings over its base-year employment; both are
         * in thousands, so the ratio has no unit). Null when BLS gives no employment.
         */
        public Double openingsRate() {
            return employmentBase == null || annualOpenings == null || employmentBase.signum() == 0 ? null
                    : annualOpenings.doubleValue() / employmentBase.doubleValue();
        }

        /** The part of that rate that comes from growth (net new jobs a year per person employed); the rest replaces people who leave. */
        public Double growthRate() {
            return employmentBase == null || employmentChange == null || employmentBase.signum() == 0 || projectedYear <= baseYear ? null
                    : employmentChange.doubleValue() / employmentBase.doubleValue() / (projectedYear - baseYear);
        }
    }

    private static OccupationFacts facts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OccupationFacts(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10));
    }

    /**
     * Projections and median wage for many occupations at once (BLS groups stand in where BLS projects only a group).
     * Kept in memory per set of current releases: every employer page and demand roll-up asks for them, and they
     * change only with an import.
     */
    public java.util.Map<String, OccupationFacts> facts(java.util.Collection<String> socs) {
        String current = releases.signature();
        if (!current.equals(factsReleases) || factsBySoc.size() > 10_000) {
            factsBySoc.clear();
            factsReleases = current;
        }
        List<String> unknown = socs.stream().filter(soc -> !factsBySoc.containsKey(soc)).distinct().toList();
        if (!unknown.isEmpty()) {
            java.util.Map<String, OccupationFacts> loaded = loadFacts(unknown);
            unknown.forEach(soc -> factsBySoc.put(soc, java.util.Optional.ofNullable(loaded.get(soc))));
        }
        java.util.Map<String, OccupationFacts> facts = new java.util.HashMap<>();
        for (String soc : socs) {
            factsBySoc.getOrDefault(soc, java.util.Optional.empty()).ifPresent(found -> facts.put(soc, found));
        }
        return facts;
    }

    /**
     * BLS's typical education to enter each occupation (its projections group's where BLS projects only the group), for
     * many occupations in one query: a collaborative's roll-up asks it for every shared job.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> typicalEducation(java.util.Collection<String> socs) {
        java.util.Map<String, String> education = new java.util.HashMap<>();
        jdbc.sql("""
                        with projections as (select id from ref_release where dataset = 'bls-projections' and current),
                             crosswalk as (select id from ref_release where dataset = 'bls-nem-crosswalk' and current)
                        select asked.soc, coalesce(direct.typical_education, grouped.typical_education)
                        from unnest(?::text[]) as asked (soc)
                        left join ref_projection direct on direct.soc_code = asked.soc and direct.release_id = (select id from projections)
                        left join lateral (select nem_code from ref_nem_crosswalk c
                                           where c.release_id = (select id from crosswalk) and c.soc_code = asked.soc
                                           order by c.onet_code limit 1) nem on direct.soc_code is null
                        left join ref_projection grouped on grouped.soc_code = nem.nem_code
                             and grouped.release_id = (select id from projections)""")
                .param(socs.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> rs.getString(2) == null ? null : education.put(rs.getString(1), rs.getString(2))).list();
        return education;
    }

    /**
     * What people in an occupation earn nationally (OEWS), yearly: the 10th percentile, the median and the 90th. Four in
     * five people in the occupation earn between the two percentiles, which is what "far from the market" is measured
     * against. {@code code} is the group OEWS publishes when it has no figure for the occupation itself.
     */
    public record WageRange(String code, java.math.BigDecimal annualP10, java.math.BigDecimal annualMedian,
                            java.math.BigDecimal annualP90, boolean topCoded, String vintage) {

        /** A yearly figure as an hourly one, at OEWS's own 2,080 hours a year. */
        public static java.math.BigDecimal hourly(java.math.BigDecimal yearly) {
            return yearly == null ? null : yearly.divide(java.math.BigDecimal.valueOf(2080), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** The national wage range per occupation, for the ones OEWS (or its group for them) has figures for. */
    @Transactional(readOnly = true)
    public java.util.Map<String, WageRange> wageRanges(java.util.Collection<String> socs) {
        java.util.Map<String, WageRange> ranges = new java.util.HashMap<>();
        if (socs.isEmpty()) {
            return ranges;
        }
        java.util.Map<String, List<String>> candidates = new java.util.LinkedHashMap<>();
        socs.forEach(soc -> candidates.put(soc, new ArrayList<>(List.of(soc))));
        jdbc.sql("""
                        select soc_code, nem_code from ref_nem_crosswalk where soc_code = any(?)
                        and release_id = (select id from ref_release where dataset = 'bls-nem-crosswalk' and current)""")
                .param(socs.toArray(String[]::new)).query((rs, n) -> candidates.get(rs.getString(1)).add(rs.getString(2))).list();
        candidates.forEach((soc, codes) -> codes.add(soc.substring(0, Math.min(6, soc.length())) + "0"));
        java.util.Map<String, WageRange> byCode = new java.util.HashMap<>();
        jdbc.sql("""
                        select w.soc_code, w.annual_p10, w.annual_median, w.annual_p90, w.top_coded, r.vintage
                        from ref_wage w join ref_release r on r.id = w.release_id and r.current
                        where r.dataset = 'bls-oews-wages' and w.soc_code = any(?) and w.annual_median is not null
                        order by (w.occupation_group = 'detailed')""")
                .param(candidates.values().stream().flatMap(List::stream).distinct().toArray(String[]::new))
                .query((rs, n) -> byCode.put(rs.getString(1), new WageRange(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBoolean(5), rs.getString(6))))
                .list();
        candidates.forEach((soc, codes) -> codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(range -> ranges.put(soc, range)));
        return ranges;
    }

    private java.util.Map<String, OccupationFacts> loadFacts(java.util.Collection<String> socs) {
        java.util.Map<String, OccupationFacts> facts = new java.util.HashMap<>();
        if (socs.isEmpty()) {
            return facts;
        }
        String sql = """
                select p.soc_code, p.median_wage, p.median_wage_top_coded, p.annual_openings, p.change_percent, r.vintage,
                       p.employment_base, p.employment_change, p.base_year, p.projected_year
                from ref_projection p join ref_release r on r.id = p.release_id
                where r.dataset = 'bls-projections' and r.current and p.soc_code = any(?)""";
        java.util.Map<String, OccupationFacts> byCode = new java.util.HashMap<>();
        jdbc.sql(sql).param(socs.toArray(String[]::new))
                .query((rs, n) -> byCode.put(rs.getString(1), facts(rs)))
                .list();
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        List<String> missing = socs.stream().filter(soc -> !byCode.containsKey(soc)).toList();
        if (!missing.isEmpty()) {
            jdbc.sql("""
                            select soc_code, nem_code from ref_nem_crosswalk where soc_code = any(?)
                            and release_id = (select id from ref_release where dataset = 'bls-nem-crosswalk' and current)""")
                    .param(missing.toArray(String[]::new)).query((rs, n) -> groups.putIfAbsent(rs.getString(1), rs.getString(2))).list();
            // without the crosswalk (a starter set), the broad group is what BLS projects instead (31-1120 for 31-1121)
            missing.forEach(soc -> groups.putIfAbsent(soc, soc.substring(0, Math.min(6, soc.length())) + "0"));
            jdbc.sql(sql).param(groups.values().stream().distinct().toArray(String[]::new))
                    .query((rs, n) -> byCode.put(rs.getString(1), facts(rs)))
                    .list();
        }
        for (String soc : socs) {
            OccupationFacts found = byCode.getOrDefault(soc, groups.containsKey(soc) ? byCode.get(groups.get(soc)) : null);
            if (found != null) {
                facts.put(soc, found);
            }
        }
        return facts;
    }

    @Transactional(readOnly = true)
    public OccupationProfile occupation(String soc) {
        if (soc == null || !soc.matches("\\d{2}-\\d{4}")) {
            throw new NotFound("occupation", soc);
        }
        List<Source> sources = new ArrayList<>();
        var socRow = jdbc.sql("""
                        select s.title, s.definition, r.vintage from ref_soc s join ref_release r on r.id = s.release_id and r.current
                        where r.dataset = 'soc' and s.code = ?""").param(soc)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
        var onetRow = jdbc.sql("""
                        select o.onet_code, o.title, o.description, r.vintage from ref_onet_occupation o
                        join ref_release r on r.id = o.release_id and r.current
                        where r.dataset = 'onet-occupations' and o.soc_code = ? order by o.onet_code limit 1""").param(soc)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).optional();
        Projection projection = projection(soc, sources);
        Wages wages = wages(soc, sources);
        if (socRow.isEmpty() && onetRow.isEmpty() && projection == null && wages == null) {
            throw new NotFound("occupation", soc);
        }
        socRow.ifPresent(row -> sources.add(new Source("soc", row[2])));
        String title = socRow.map(row -> row[0]).orElseGet(() -> onetRow.map(row -> row[1])
                .orElse(projection != null ? projection.title() : soc));
        String definition = socRow.map(row -> row[1]).filter(d -> d != null && !d.isBlank())
                .orElse(onetRow.map(row -> row[2]).orElse(null));
        String onetCode = onetRow.map(row -> row[0]).orElse(null);
        onetRow.ifPresent(row -> sources.add(new Source("onet-occupations", row[3])));

        Integer jobZone = null;
        String jobZoneName = null;
        String jobZoneEducation = null;
        var zone = jdbc.sql("""
                        select z.job_zone, zr.name, zr.education, r.vintage from ref_onet_job_zone z
                        join ref_release r on r.id = z.release_id and r.current and r.dataset = 'onet-job-zones'
                        left join ref_onet_job_zone_reference zr on zr.job_zone = z.job_zone
                             and zr.release_id = (select id from ref_release where dataset = 'onet-job-zone-reference' and current)
                        where z.soc_code = ? order by z.onet_code limit 1""").param(soc)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)}).optional();
        if (zone.isPresent()) {
            jobZone = (Integer) zone.get()[0];
            jobZoneName = (String) zone.get()[1];
            jobZoneEducation = (String) zone.get()[2];
            sources.add(new Source("onet-job-zones", (String) zone.get()[3]));
        }
        // The O*NET code of the occupation is looked up in the current release named by its dataset, not by the outer
        // row's release: a subquery tied to the outer row runs once per row (5 s a page with the full data), this one once.
        // Each O*NET query names the SOC code beside the O*NET code: the (release, SOC) index then finds the occupation's
        // rows, where the O*NET code alone read the whole release (8 ms a query with the full data, most of the page).
        String onetEducation = jdbc.sql("""
                        select c.description from ref_onet_education e
                        join ref_onet_education_category c on c.scale_id = e.scale_id and c.category = e.category
                             and c.release_id = (select id from ref_release where dataset = 'onet-education-categories' and current)
                        where e.release_id = (select id from ref_release where dataset = 'onet-education-training' and current)
                          and e.scale_id = 'RL' and e.soc_code = ? and e.onet_code = (select min(onet_code) from ref_onet_education
                              where release_id = (select id from ref_release where dataset = 'onet-education-training' and current)
                                and soc_code = ?)
                        order by e.percent desc limit 1""").params(soc, soc).query(String.class).optional().orElse(null);
        List<Rating> skills = ratings(soc, "onet-skills", sources);
        List<Rating> knowledge = ratings(soc, "onet-knowledge", sources);
        List<Technology> technology = jdbc.sql("""
                        select t.example, t.commodity_title, t.hot, t.in_demand from ref_onet_technology t
                        where t.release_id = (select id from ref_release where dataset = 'onet-technology-skills' and current)
                          and t.soc_code = ? and t.onet_code = (select min(onet_code) from ref_onet_technology where soc_code = ?
                              and release_id = (select id from ref_release where dataset = 'onet-technology-skills' and current))
                        order by t.in_demand desc, t.hot desc, t.example limit 15""").params(soc, soc)
                .query((rs, n) -> new Technology(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))).list();
        int technologyCount = jdbc.sql("""
                        select count(*) from ref_onet_technology t
                        where t.release_id = (select id from ref_release where dataset = 'onet-technology-skills' and current)
                          and t.soc_code = ? and t.onet_code = (select min(onet_code) from ref_onet_technology where soc_code = ?
                              and release_id = (select id from ref_release where dataset = 'onet-technology-skills' and current))""")
                .params(soc, soc).query(Integer.class).single();
        if (technologyCount > 0) {
            sources.add(currentSource("onet-technology-skills"));
        }
        List<Related> related = jdbc.sql("""
                        select distinct on (t.related_soc_code) t.related_soc_code, t.related_onet_code, t.related_title, t.tier, t.rank
                        from ref_onet_related t
                        where t.release_id = (select id from ref_release where dataset = 'onet-related-occupations' and current)
                          and t.soc_code = ? and t.onet_code = (select min(onet_code) from ref_onet_related where soc_code = ?
                              and release_id = (select id from ref_release where dataset = 'onet-related-occupations' and current))
                          and t.related_soc_code <> ?
                        order by t.related_soc_code, t.rank""").params(soc, soc, soc)
                .query((rs, n) -> new Object[] {new Related(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getInt(5)})
                .list().stream().sorted(Comparator.comparingInt(row -> (Integer) row[1])).limit(10)
                .map(row -> (Related) row[0]).toList();
        if (!related.isEmpty()) {
            sources.add(currentSource("onet-related-occupations"));
        }
        return new OccupationProfile(soc, title, definition, onetCode, jobZone, jobZoneName, jobZoneEducation, onetEducation,
                projection, wages, skills, knowledge, technology, technologyCount, related, List.copyOf(sources));
    }

    private Source currentSource(String dataset) {
        return new Source(dataset, jdbc.sql("select vintage from ref_release where dataset = ? and current").param(dataset)
                .query(String.class).single());
    }

    private List<Rating> ratings(String soc, String dataset, List<Source> sources) {
        List<Rating> ratings = jdbc.sql("""
                        select element_id, element_name, max(value) filter (where scale_id = 'IM') as importance,
                               max(value) filter (where scale_id = 'LV') as level
                        from ref_onet_rating t
                        where t.release_id = (select id from ref_release where dataset = ? and current)
                          and t.soc_code = ? and t.onet_code = (select min(onet_code) from ref_onet_rating where soc_code = ?
                              and release_id = (select id from ref_release where dataset = ? and current))
                        group by element_id, element_name
                        order by importance desc nulls last, level desc nulls last, element_name limit 10""")
                .params(dataset, soc, soc, dataset)
                .query((rs, n) -> new Rating(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        if (!ratings.isEmpty()) {
            sources.add(currentSource(dataset));
        }
        return ratings;
    }

    /** BLS projects some occupations only as a group (29-2010 for 29-2011 and 29-2012); the NEM crosswalk says which. */
    private Projection projection(String soc, List<Source> sources) {
        String sql = """
                select p.*, r.vintage from ref_projection p join ref_release r on r.id = p.release_id and r.current
                where r.dataset = 'bls-projections' and p.soc_code = ?""";
        Optional<Projection> direct = jdbc.sql(sql).param(soc).query((rs, n) -> projection(rs, sources)).optional();
        if (direct.isPresent()) {
            return direct.get();
        }
        Optional<String> group = jdbc.sql("""
                        select nem_code from ref_nem_crosswalk
                        where release_id = (select id from ref_release where dataset = 'bls-nem-crosswalk' and current)
                          and soc_code = ? order by onet_code limit 1""").param(soc).query(String.class).optional();
        return group.flatMap(code -> jdbc.sql(sql).param(code).query((rs, n) -> projection(rs, sources)).optional()).orElse(null);
    }

    private static Projection projection(ResultSet rs, List<Source> sources) throws SQLException {
        sources.add(new Source("bls-projections", rs.getString("vintage")));
        return new Projection(rs.getString("soc_code"), rs.getString("title"), rs.getInt("base_year"), rs.getInt("projected_year"),
                rs.getBigDecimal("employment_base"), rs.getBigDecimal("employment_projected"), rs.getBigDecimal("employment_change"),
                rs.getBigDecimal("change_percent"), rs.getBigDecimal("annual_openings"), rs.getBigDecimal("median_wage"),
                rs.getBoolean("median_wage_top_coded"), rs.getString("typical_education"), rs.getString("work_experience"),
                rs.getString("training"));
    }

    /** OEWS publishes some occupations only as a group: the crosswalk's projection group, or else the broad occupation. */
    private Wages wages(String soc, List<Source> sources) {
        List<String> candidates = new ArrayList<>(List.of(soc));
        jdbc.sql("""
                        select distinct nem_code from ref_nem_crosswalk
                        where release_id = (select id from ref_release where dataset = 'bls-nem-crosswalk' and current) and soc_code = ?""")
                .param(soc).query(String.class).list().forEach(candidates::add);
        candidates.add(soc.substring(0, 6) + "0");
        for (String code : candidates) {
            Optional<Wages> wages = jdbc.sql("""
                            select w.*, r.vintage from ref_wage w join ref_release r on r.id = w.release_id and r.current
                            where r.dataset = 'bls-oews-wages' and w.soc_code = ?
                            order by (w.occupation_group = 'detailed') desc limit 1""").param(code)
                    .query((rs, n) -> {
                        long employment = rs.getLong("employment");
                        return new Wages(rs.getString("soc_code"), rs.getString("title"), rs.getString("vintage"),
                                rs.wasNull() ? null : employment, rs.getBigDecimal("hourly_median"),
                                rs.getBigDecimal("annual_median"), rs.getBigDecimal("annual_p10"), rs.getBigDecimal("annual_p25"),
                                rs.getBigDecimal("annual_p75"), rs.getBigDecimal("annual_p90"), rs.getBoolean("top_coded"),
                                rs.getBoolean("annual_only"));
                    }).optional();
            if (wages.isPresent()) {
                sources.add(new Source("bls-oews-wages", wages.get().vintage()));
                return wages.get();
            }
        }
        return null;
    }
}
