package org.pathways.employers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceSearch;
import org.pathways.reference.ReferenceSearch.CountyMatch;
import org.pathways.shared.Conflict;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.LikePattern;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer profiles and their establishments, always within the signed-in person's organization. Codes are
 * checked against the current reference releases; a change to a profile someone else saved since it was
 * opened is refused (optimistic locking), never silently lost.
 */
@Service
@Transactional
public class Employers {

    private final JdbcClient jdbc;
    private final ReferenceSearch reference;
    private final SizeClasses sizeClasses;
    private final AuditLog audit;
    private final InputValidation inputs;
    private final org.springframework.context.ApplicationEventPublisher events;

    Employers(JdbcClient jdbc, ReferenceSearch reference, SizeClasses sizeClasses, AuditLog audit,
              org.springframework.context.ApplicationEventPublisher events, InputValidation inputs) {
        this.inputs = inputs;
        this.events = events;
        this.jdbc = jdbc;
        this.reference = reference;
        this.sizeClasses = sizeClasses;
        this.audit = audit;
    }

    /**
     * What a person enters about an employer: the page form, the API body and an import row are this one record, and
     * its limits hold for all three. A yes/no left out is no (a browser sends nothing for an unticked box).
     */
    public record EmployerInput(@NotBlank @Size(max = 200) String name, @NotNull Sector sector, Boolean foreign,
                                @Size(max = 500) String industryDescription, @Size(max = 7) String naicsCode,
                                @Size(max = 200) String enterpriseName, @Size(max = 300) String website,
                                @Min(0) @Max(MAX_HEAD_COUNT) Integer headCount, @Size(max = 4000) String notes) {

        public EmployerInput {
            foreign = Boolean.TRUE.equals(foreign);
        }

        /** A new employer's form: nothing entered yet. */
        public static EmployerInput blank() {
            return new EmployerInput("", null, false, "", "", "", "", null, "");
        }

        /** The employer as it is, to edit. */
        public static EmployerInput of(EmployerView e) {
            return new EmployerInput(e.name(), e.sector(), e.foreign(), e.industryDescription(), e.naicsCode(), e.enterpriseName(),
                    e.website(), e.headCount(), e.notes());
        }

        /** An employer known by name and sector only, the least a profile needs. */
        public static EmployerInput named(String name, Sector sector) {
            return new EmployerInput(name, sector, false, null, null, null, null, null, null);
        }
    }

    /** Where the company is registered, as the registration column keeps it; pages and the API say "foreign" yes or no. */
    enum Registration {
        US, FOREIGN;

        static Registration of(boolean foreign) {
            return foreign ? FOREIGN : US;
        }
    }

    /** More people than any employer has: a head count above it is a typing slip. */
    public static final int MAX_HEAD_COUNT = 10_000_000;

    /**
     * The CSR and DEI profile, as the page, the API and the partnership fit read it; null means not known yet. An answer
     * outside the choices is refused while binding (page) or reading the JSON (API).
     */
    public record CsrDeiProfile(Boolean csrStaff, CsrApproach csrApproach, Boolean csrHrOverlap, DeiPriority deiPriority,
                                DeiExperience deiExperience) {

        /** Why the company gives: as part of its business, as charity, or both. */
        public enum CsrApproach { BUSINESS_STRATEGY, CHARITABLE, MIXED }

        /** How far diversity, equity and inclusion reach in the company's plans. */
        public enum DeiPriority { NONE, SOME_LOCATIONS, ENTERPRISE_WIDE }

        /** How long the company has worked at it. */
        public enum DeiExperience { PIONEERING, DEVELOPING, LEARNING }

        public boolean isEmpty() {
            return csrStaff == null && csrApproach == null && csrHrOverlap == null && deiPriority == null && deiExperience == null;
        }

        /** What the profile means for a partnership, as message keys, most telling first. */
        public List<String> implications() {
            List<String> keys = new ArrayList<>();
            if (deiPriority != null) {
                keys.add("csrDei.implies.dei." + deiPriority);
            }
            if (csrApproach != null) {
                keys.add("csrDei.implies.csr." + csrApproach);
            }
            if (deiExperience != null) {
                keys.add("csrDei.implies.experience." + deiExperience);
            }
            if (Boolean.TRUE.equals(csrStaff) && Boolean.TRUE.equals(csrHrOverlap)) {
                keys.add("csrDei.implies.csrWithHr");
            } else if (Boolean.TRUE.equals(csrStaff)) {
                keys.add("csrDei.implies.csrApartFromHr");
            }
            return keys;
        }
    }

    /**
     * What a person enters about one establishment (page, API and import alike). The state may be written by name and
     * the county by its name; they are kept as codes.
     */
    public record EstablishmentInput(@NotBlank @Size(max = 200) String name, @Size(max = 200) String firmName,
                                     @Size(max = 300) String addressLine, @Size(max = 100) String city, @Size(max = 40) String state,
                                     @Size(max = 10) String postalCode, @Size(max = 100) String countyFips, @Size(max = 6) String naicsCode,
                                     @Min(0) @Max(MAX_HEAD_COUNT) Integer headCount, Boolean headquarters) {

        public EstablishmentInput {
            headquarters = Boolean.TRUE.equals(headquarters);
        }

        public static EstablishmentInput blank() {
            return new EstablishmentInput("", "", "", "", "", "", "", "", null, false);
        }

        public static EstablishmentInput of(EstablishmentView s) {
            return new EstablishmentInput(s.name(), s.firmName(), s.addressLine(), s.city(), s.state(), s.postalCode(), s.countyFips(),
                    s.naicsCode(), s.headCount(), s.headquarters());
        }

        /** An establishment known by name only. */
        public static EstablishmentInput named(String name) {
            return new EstablishmentInput(name, null, null, null, null, null, null, null, null, false);
        }
    }

    /** Filters of the employer list; every one optional. */
    public record EmployerQuery(String text, Sector sector, String naics, String county, String cbsa, Integer sizeClass,
                                boolean archived) {
        public static EmployerQuery all() {
            return new EmployerQuery(null, null, null, null, null, null, false);
        }
    }

    /** A row of the employer list. */
    public record EmployerSummary(long id, String name, Sector sector, String naicsCode, String naicsTitle, int establishments,
                                  String places, Integer headCount, SizeClasses.SizeClass sizeClass, int criticalJobs,
                                  boolean archived) {
    }

    public record EmployerView(long id, String name, Sector sector, boolean foreign, String industryDescription, String naicsCode,
                               String naicsTitle, String enterpriseName, String website, Integer headCount,
                               Integer establishmentHeadCount, SizeClasses.SizeClass sizeClass, String notes, boolean archived,
                               CsrDeiProfile csrDei, int version, Instant updatedAt, String updatedBy) {

        /** The head count the size class comes from: the employer's own total, else the sum over its establishments. */
        public Integer effectiveHeadCount() {
            return headCount != null ? headCount : establishmentHeadCount;
        }
    }

    public record EstablishmentView(long id, long employerId, String name, String firmName, String addressLine, String city,
                                    String state, String postalCode, String countyFips, String countyName, String cbsaCode,
                                    String cbsaTitle, String naicsCode, String naicsTitle, Integer headCount,
                                    boolean headquarters, int version) {
    }

    @Transactional(readOnly = true)
    public PageResult<EmployerSummary> list(EmployerQuery query, PageQuery page) {
        return list(query, page, true, null);
    }

    /**
     * Every employer the query finds, a page at a time, for exports: no total is counted, and the pages
     * follow each other until one comes back short.
     */
    @Transactional(readOnly = true)
    public void forEachPage(EmployerQuery query, int pageSize, java.util.function.Consumer<List<EmployerSummary>> consumer) {
        // each page starts after the last row of the one before (keyset), so the thousandth page costs what the first does
        EmployerSummary last = null;
        while (true) {
            List<EmployerSummary> items = list(query, new PageQuery(0, pageSize), false, last).items();
            if (!items.isEmpty()) {
                consumer.accept(items);
                last = items.get(items.size() - 1);
            }
            if (items.size() < pageSize) {
                return;
            }
        }
    }

    private PageResult<EmployerSummary> list(EmployerQuery query, PageQuery page, boolean countTotal, EmployerSummary after) {
        PathwaysUser user = PathwaysUser.current();
        StringBuilder where = new StringBuilder("e.organization_id = ?");
        List<Object> params = new ArrayList<>(List.of(user.organizationId()));
        where.append(query.archived() ? " and e.archived_at is not null" : " and e.archived_at is null");
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (e.name ilike ? or e.industry_description ilike ? or e.enterprise_name ilike ?)");
            String like = LikePattern.contains(query.text());
            params.addAll(List.of(like, like, like));
        }
        if (query.sector() != null) {
            where.append(" and e.sector = ?");
            params.add(query.sector().name());
        }
        if (query.naics() != null && !query.naics().isBlank()) {
            // an employer matches by its own code or any of its establishments' codes
            where.append(" and (e.naics_code like ? or exists (select 1 from establishment s where s.employer_id = e.id and s.naics_code like ?))");
            String prefix = query.naics().strip().replaceAll("[^0-9]", "") + "%";
            params.addAll(List.of(prefix, prefix));
        }
        if (query.county() != null && !query.county().isBlank()) {
            where.append(" and exists (select 1 from establishment s where s.employer_id = e.id and s.county_fips = ?)");
            params.add(filterCounty(query.county()));
        }
        if (query.cbsa() != null && !query.cbsa().isBlank()) {
            // metro_county is the reference module's published view of the current delineation
            where.append(" and exists (select 1 from establishment s join metro_county c on c.county_fips = s.county_fips"
                    + " where s.employer_id = e.id and c.cbsa_code = ?)");
            params.add(filterMetro(query.cbsa()));
        }
        String from = " from employer e";
        String headCount = "coalesce(e.head_count, (select sum(s.head_count)::integer from establishment s where s.employer_id = e.id))";
        if (query.sizeClass() != null && sizeClasses.byIndex(query.sizeClass()) != null) {
            // filtering by size needs every employer's head count: summed once per employer (a lateral join), not for each use;
            // without the filter only the page's rows need it, so it stays in the select list
            from = " from employer e left join lateral (select sum(s.head_count)::integer as total from establishment s"
                    + " where s.employer_id = e.id) sites on true";
            headCount = "coalesce(e.head_count, sites.total)";
            SizeClasses.SizeClass band = sizeClasses.byIndex(query.sizeClass());
            where.append(" and ").append(headCount).append(" >= ?");
            params.add(band.min());
            if (band.max() != null) {
                where.append(" and ").append(headCount).append(" < ?");
                params.add(band.max());
            }
        }
        long total = countTotal ? jdbc.sql("select count(*)" + from + " where " + where).params(params).query(Long.class).single() : -1;
        if (after != null) {
            where.append(" and (lower(e.name), e.id) > (lower(?), ?)");
            params.addAll(List.of(after.name(), after.id()));
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<EmployerSummary> items = jdbc.sql("""
                        select e.id, e.name, e.sector, e.naics_code, e.archived_at, %s as head_count,
                               (select count(*) from establishment s where s.employer_id = e.id) as establishments,
                               (select string_agg(distinct s.county_fips, ',') from establishment s where s.employer_id = e.id) as counties,
                               (select count(*) from critical_job j where j.employer_id = e.id) as critical_jobs
                        %s where %s order by lower(e.name), e.id limit ? offset ?""".formatted(headCount, from, where))
                .params(pageParams)
                .query((rs, n) -> {
                    Integer people = (Integer) rs.getObject("head_count", Integer.class);
                    String naics = rs.getString("naics_code");
                    return new EmployerSummary(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")), naics,
                            naics == null ? null : reference.naicsCode(naics).map(ReferenceSearch.CodeMatch::title).orElse(null),
                            rs.getInt("establishments"), places(rs.getString("counties")), people, sizeClasses.of(people),
                            rs.getInt("critical_jobs"), rs.getTimestamp("archived_at") != null);
                })
                .list();
        return PageResult.of(items, page, total);
    }

    /** "Franklin County, OH; Delaware County, OH" for the list; the county codes when the reference data lacks them. */
    private String places(String counties) {
        if (counties == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String fips : counties.split(",")) {
            names.add(reference.county(fips).map(CountyMatch::title).orElse(fips));
        }
        return String.join("; ", names);
    }


    public record EmployerName(long id, String name) {
    }

    /**
     * Names of the given employer profiles, whoever keeps them. Not organization-scoped: for a collaborative,
     * which has already decided the person may see its member roster.
     */
    @Transactional(readOnly = true)
    public List<EmployerName> namesOf(java.util.Collection<Long> employerIds) {
        return jdbc.sql("select id, name from employer where id = any(?)").param(employerIds.toArray(Long[]::new))
                .query((rs, n) -> new EmployerName(rs.getLong(1), rs.getString(2))).list();
    }

    /** The organization's current (not archived) employer profiles by name, for pickers. */
    @Transactional(readOnly = true)
    public List<EmployerName> names() {
        return jdbc.sql("select id, name from employer where organization_id = ? and archived_at is null order by lower(name), id")
                .param(PathwaysUser.current().organizationId()).query((rs, n) -> new EmployerName(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional(readOnly = true)
    public EmployerView get(long employerId) {
        PathwaysUser user = PathwaysUser.current();
        return jdbc.sql("""
                        select e.*, (select sum(s.head_count)::integer from establishment s where s.employer_id = e.id) as establishment_head_count
                        from employer e where e.id = ? and e.organization_id = ?""")
                .params(employerId, user.organizationId())
                .query((rs, n) -> {
                    Integer own = rs.getObject("head_count", Integer.class);
                    Integer sum = rs.getObject("establishment_head_count", Integer.class);
                    String naics = rs.getString("naics_code");
                    return new EmployerView(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")),
                            EnumColumns.read(rs, "registration", Registration.class) == Registration.FOREIGN,
                            rs.getString("industry_description"), naics,
                            naics == null ? null : reference.naicsCode(naics).map(ReferenceSearch.CodeMatch::title).orElse(null),
                            rs.getString("enterprise_name"), rs.getString("website"), own, sum,
                            sizeClasses.of(own != null ? own : sum), rs.getString("notes"), rs.getTimestamp("archived_at") != null,
                            new CsrDeiProfile(rs.getObject("csr_staff", Boolean.class),
                                    EnumColumns.read(rs, "csr_approach", CsrDeiProfile.CsrApproach.class),
                                    rs.getObject("csr_hr_overlap", Boolean.class),
                                    EnumColumns.read(rs, "dei_priority", CsrDeiProfile.DeiPriority.class),
                                    EnumColumns.read(rs, "dei_experience", CsrDeiProfile.DeiExperience.class)),
                            rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
                })
                .optional().orElseThrow(() -> new NotFound("employer", employerId));
    }

    /**
     * Creates a profile. Another profile of the same name in the organization is likely the same employer:
     * refused with {@code employer.duplicateName} unless the person confirms it is a different one.
     */
    public EmployerView create(EmployerInput input, boolean confirmedDistinct) {
        PathwaysUser user = PathwaysUser.current();
        check(input);
        if (!confirmedDistinct && sameNameExists(user.organizationId(), input.name(), null)) {
            throw new InvalidInput("name", "employer.duplicateName", input.name().strip());
        }
        long id = jdbc.sql("""
                        insert into employer (organization_id, name, sector, registration, industry_description, naics_code,
                                              enterprise_name, website, head_count, notes, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organizationId(), input.name().strip(), input.sector().name(), Registration.of(input.foreign()).name(),
                        Text.blankToNull(input.industryDescription()), Text.blankToNull(input.naicsCode()), Text.blankToNull(input.enterpriseName()),
                        Text.blankToNull(input.website()), input.headCount(), Text.blankToNull(input.notes()), user.username(), user.username())
                .query(Long.class).single();
        audit.record("employer.created", "employer", id, input.name().strip());
        return get(id);
    }

    /** Saves a change made to the version the person opened; a newer version means someone else saved first. */
    public EmployerView update(long employerId, int version, EmployerInput input, boolean confirmedDistinct) {
        PathwaysUser user = PathwaysUser.current();
        EmployerView current = get(employerId);
        if (current.version() != version) {
            throw new Conflict("employer.changedByOther", "employer " + employerId + " changed since version " + version);
        }
        check(input);
        // asked when the name is given, not again at every later change of a profile already confirmed as distinct
        boolean renamed = input.name() != null && !input.name().strip().equalsIgnoreCase(current.name().strip());
        if (renamed && !confirmedDistinct && sameNameExists(user.organizationId(), input.name(), employerId)) {
            throw new InvalidInput("name", "employer.duplicateName", input.name().strip());
        }
        int updated = jdbc.sql("""
                        update employer set name = ?, sector = ?, registration = ?, industry_description = ?, naics_code = ?,
                               enterprise_name = ?, website = ?, head_count = ?, notes = ?, version = version + 1,
                               updated_at = now(), updated_by = ?
                        where id = ? and organization_id = ? and version = ?""")
                .params(input.name().strip(), input.sector().name(), Registration.of(input.foreign()).name(),
                        Text.blankToNull(input.industryDescription()), Text.blankToNull(input.naicsCode()), Text.blankToNull(input.enterpriseName()),
                        Text.blankToNull(input.website()), input.headCount(), Text.blankToNull(input.notes()), user.username(),
                        employerId, user.organizationId(), version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "employer " + employerId, version);
        audit.record("employer.updated", "employer", employerId, input.name().strip());
        return get(employerId);
    }

    /** Saves the CSR and DEI profile to the version the person opened. */
    public EmployerView updateCsrDei(long employerId, int version, CsrDeiProfile profile) {
        PathwaysUser user = PathwaysUser.current();
        get(employerId);
        int updated = jdbc.sql("""
                        update employer set csr_staff = ?, csr_approach = ?, csr_hr_overlap = ?, dei_priority = ?, dei_experience = ?,
                               version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and organization_id = ? and version = ?""")
                .params(profile.csrStaff(), EnumColumns.write(profile.csrApproach()), profile.csrHrOverlap(),
                        EnumColumns.write(profile.deiPriority()), EnumColumns.write(profile.deiExperience()),
                        user.username(), employerId, user.organizationId(), version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "employer " + employerId, version);
        audit.record("employer.csrDeiUpdated", "employer", employerId, null);
        return get(employerId);
    }

    public EmployerView archive(long employerId, int version, boolean archived) {
        PathwaysUser user = PathwaysUser.current();
        get(employerId);
        int updated = jdbc.sql("""
                        update employer set archived_at = case when ? then now() else null end, version = version + 1,
                               updated_at = now(), updated_by = ?
                        where id = ? and organization_id = ? and version = ?""")
                .params(archived, user.username(), employerId, user.organizationId(), version).update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "employer " + employerId, version);
        audit.record(archived ? "employer.archived" : "employer.restored", "employer", employerId, null);
        events.publishEvent(archived ? new EmployerArchived(employerId, user.organizationId()) : new EmployerRestored(employerId, user.organizationId()));
        return get(employerId);
    }

    /** An employer organization that uses Pathways, to link a profile to. */
    public record OrganizationChoice(long id, String name) {
    }

    /** The employer organizations on Pathways, by name, for the link's choice list. */
    @Transactional(readOnly = true)
    public List<OrganizationChoice> employerOrganizations() {
        return jdbc.sql("select id, name from organization_directory where type = 'EMPLOYER' and active order by lower(name), id")
                .query((rs, n) -> new OrganizationChoice(rs.getLong(1), rs.getString(2))).list();
    }

    /** The employer's own organization the profile is linked to, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<OrganizationChoice> ownOrganization(long employerId) {
        get(employerId);
        return jdbc.sql("""
                        select o.id, o.name from employer e join organization_directory o on o.id = e.own_organization_id where e.id = ?""")
                .param(employerId).query((rs, n) -> new OrganizationChoice(rs.getLong(1), rs.getString(2))).optional();
    }

    /**
     * Links the profile to the employer's own organization in Pathways (an organization of type employer), or unlinks it with
     * null: the employer's people then follow the referrals the profile's organization makes to its critical jobs.
     */
    public void linkOwnOrganization(long employerId, Long organizationId) {
        get(employerId);
        if (organizationId != null && jdbc.sql("select count(*) from organization_directory where id = ? and type = 'EMPLOYER' and active")
                .param(organizationId).query(Long.class).single() == 0) {
            throw new InvalidInput("ownOrganizationId", "employer.ownOrganizationUnknown");
        }
        jdbc.sql("update employer set own_organization_id = ?, version = version + 1 where id = ?").params(organizationId, employerId)
                .update();
        audit.record("employer.linked", "employer", employerId, organizationId == null ? "unlinked" : "organization " + organizationId);
    }

    @Transactional(readOnly = true)
    public List<EstablishmentView> establishments(long employerId) {
        get(employerId);
        return jdbc.sql("select * from establishment where employer_id = ? order by headquarters desc, lower(name), id").param(employerId)
                .query((rs, n) -> establishment(rs)).list();
    }

    @Transactional(readOnly = true)
    public EstablishmentView establishment(long establishmentId) {
        PathwaysUser user = PathwaysUser.current();
        return jdbc.sql("""
                        select s.* from establishment s join employer e on e.id = s.employer_id
                        where s.id = ? and e.organization_id = ?""").params(establishmentId, user.organizationId())
                .query((rs, n) -> establishment(rs)).optional().orElseThrow(() -> new NotFound("establishment", establishmentId));
    }

    private EstablishmentView establishment(java.sql.ResultSet rs) throws java.sql.SQLException {
        String fips = rs.getString("county_fips");
        CountyMatch county = fips == null ? null : reference.county(fips).orElse(null);
        String naics = rs.getString("naics_code");
        return new EstablishmentView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("name"), rs.getString("firm_name"),
                rs.getString("address_line"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"), fips,
                county == null ? null : county.title(), county == null ? null : county.cbsaCode(), county == null ? null : county.cbsaTitle(),
                naics, naics == null ? null : reference.naicsCode(naics).map(ReferenceSearch.CodeMatch::title).orElse(null),
                rs.getObject("head_count", Integer.class), rs.getBoolean("headquarters"), rs.getInt("version"));
    }

    public EstablishmentView addEstablishment(long employerId, EstablishmentInput written) {
        get(employerId);
        EstablishmentInput input = placed(written);
        check(input);
        long id = jdbc.sql("""
                        insert into establishment (employer_id, name, firm_name, address_line, city, state, postal_code, county_fips,
                                                   naics_code, head_count, headquarters)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employerId, input.name().strip(), Text.blankToNull(input.firmName()), Text.blankToNull(input.addressLine()),
                        Text.blankToNull(input.city()), upper(input.state()), Text.blankToNull(input.postalCode()), Text.blankToNull(input.countyFips()),
                        Text.blankToNull(input.naicsCode()), input.headCount(), input.headquarters())
                .query(Long.class).single();
        touch(employerId);
        audit.record("establishment.created", "establishment", id, input.name().strip());
        return establishment(id);
    }

    public EstablishmentView updateEstablishment(long establishmentId, int version, EstablishmentInput written) {
        EstablishmentView current = establishment(establishmentId);
        EstablishmentInput input = placed(written);
        check(input);
        int updated = jdbc.sql("""
                        update establishment set name = ?, firm_name = ?, address_line = ?, city = ?, state = ?, postal_code = ?,
                               county_fips = ?, naics_code = ?, head_count = ?, headquarters = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(input.name().strip(), Text.blankToNull(input.firmName()), Text.blankToNull(input.addressLine()), Text.blankToNull(input.city()),
                        upper(input.state()), Text.blankToNull(input.postalCode()), Text.blankToNull(input.countyFips()),
                        Text.blankToNull(input.naicsCode()), input.headCount(), input.headquarters(), establishmentId, version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "establishment " + establishmentId, version);
        touch(current.employerId());
        audit.record("establishment.updated", "establishment", establishmentId, input.name().strip());
        return establishment(establishmentId);
    }

    /** An establishment's change is a change to the employer's profile: the next save of a stale profile is refused. */
    private void touch(long employerId) {
        jdbc.sql("update employer set updated_at = now(), updated_by = ? where id = ?")
                .params(PathwaysUser.current().username(), employerId).update();
    }

    private boolean sameNameExists(long organizationId, String name, Long except) {
        return jdbc.sql("""
                        select count(*) from employer where organization_id = ? and lower(name) = lower(?) and archived_at is null
                        and (?::bigint is null or id <> ?)""")
                .params(organizationId, name.strip(), except, except).query(Long.class).single() > 0;
    }

    /** The record's own limits, then the rules that need data (the NAICS code exists). */
    private void check(EmployerInput input) {
        inputs.check(input);
        checkNaics("naicsCode", input.naicsCode());
    }

    /** The record's own limits, then the rules that need data (codes that exist, a ZIP code's shape). */
    private void check(EstablishmentInput input) {
        inputs.check(input);
        checkNaics("naicsCode", input.naicsCode());
        if (input.countyFips() != null && !input.countyFips().isBlank() && reference.county(input.countyFips().strip()).isEmpty()) {
            throw new InvalidInput("countyFips", "employer.unknownCounty", input.countyFips().strip());
        }
        if (input.state() != null && !input.state().isBlank() && org.pathways.reference.UsStates.find(input.state()).isEmpty()) {
            throw new InvalidInput("state", "employer.badState", input.state().strip());
        }
        if (input.postalCode() != null && !input.postalCode().isBlank() && !input.postalCode().strip().matches("\\d{5}(-\\d{4})?")) {
            throw new InvalidInput("postalCode", "establishment.badZip", input.postalCode().strip());
        }
    }

    /**
     * What a person may write for the place: the state by name or code, the county by its name ("Franklin", "franklin
     * oh", with the state the address gives) when one county answers to it. Kept as codes.
     */
    private EstablishmentInput placed(EstablishmentInput input) {
        String state = org.pathways.reference.UsStates.find(input.state()).map(org.pathways.reference.UsStates.State::code)
                .orElse(Text.blankToNull(input.state()));
        String county = Text.blankToNull(input.countyFips());
        if (county != null && !county.matches("\\d{5}")) {
            List<CountyMatch> found = reference.countiesNamed(county, state);
            if (found.size() != 1) {
                throw new InvalidInput("countyFips", found.isEmpty() ? "employer.countyNotFound" : "employer.countyAmbiguous", county);
            }
            county = found.get(0).code();
        }
        return new EstablishmentInput(input.name(), input.firmName(), input.addressLine(), input.city(), state, input.postalCode(), county,
                input.naicsCode(), input.headCount(), input.headquarters());
    }

    /** The list's county filter by name ("Franklin County, OH", as its picker writes it) or by FIPS code. */
    private String filterCounty(String typed) {
        if (typed.strip().matches("\\d{5}")) {
            return typed.strip();
        }
        List<CountyMatch> found = reference.countiesNamed(typed, null);
        if (found.size() != 1) {
            throw new InvalidInput("county", found.isEmpty() ? "employer.countyNotFound" : "employer.countyFilterAmbiguous", typed.strip());
        }
        return found.get(0).code();
    }

    /** The list's metro filter by name ("Columbus, OH") or by CBSA code. */
    private String filterMetro(String typed) {
        if (typed.strip().matches("\\d{5}")) {
            return typed.strip();
        }
        List<ReferenceSearch.CodeMatch> found = reference.metrosNamed(typed);
        if (found.size() != 1) {
            throw new InvalidInput("cbsa", found.isEmpty() ? "employer.metroNotFound" : "employer.metroAmbiguous", typed.strip());
        }
        return found.get(0).code();
    }

    private void checkNaics(String field, String code) {
        if (code != null && !code.isBlank() && reference.naicsCode(code.strip()).isEmpty()) {
            throw new InvalidInput(field, "employer.unknownNaics", code.strip());
        }
    }

    private static String upper(String value) {
        String v = Text.blankToNull(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }
}
