package org.pathways.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathways.shared.Conflict;
import org.pathways.shared.LikePattern;
import org.pathways.shared.NotFound;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations that use Pathways. Platform administrators see and create all of them; everyone
 * else sees only their own.
 */
@Service
public class Organizations {

    private final OrganizationRepository repository;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    Organizations(OrganizationRepository repository, JdbcClient jdbc, AuditLog audit,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<OrganizationView> list(String search, OrganizationType type, PageQuery page) {
        PathwaysUser user = PathwaysUser.current();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!user.isPlatformAdmin()) {
            where.append(" and o.id = ?");
            params.add(user.organizationId());
        }
        if (search != null && !search.isBlank()) {
            where.append(" and o.name ilike ?");
            params.add(LikePattern.contains(search));
        }
        if (type != null) {
            where.append(" and o.type = ?");
            params.add(type.name());
        }
        long total = jdbc.sql("select count(*) from organization o" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<OrganizationView> items = jdbc.sql("""
                        select o.id, o.name, o.type, o.region, o.time_zone, o.demo, o.active, o.created_at,
                               (select count(*) from user_account u where u.organization_id = o.id) as user_count
                        from organization o""" + where + " order by lower(o.name) limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new OrganizationView(rs.getLong("id"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getString("region"), rs.getString("time_zone"), rs.getBoolean("demo"),
                        rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getLong("user_count")))
                .list();
        return PageResult.of(items, page, total);
    }

    /** An organization's name and kind, as other organizations may see it when they work together. */
    public record OrganizationName(long id, String name, OrganizationType type) {
    }

    /**
     * The active organizations of the given kinds, by name: the directory a collaborative's manager picks partners
     * and member employers' own organizations from. Names and kinds are all it tells.
     */
    @Transactional(readOnly = true)
    public List<OrganizationName> directory(java.util.Collection<OrganizationType> types) {
        return jdbc.sql("select id, name, type from organization where active and type = any(?) order by lower(name)")
                .param(types.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new OrganizationName(rs.getLong(1), rs.getString(2), OrganizationType.valueOf(rs.getString(3)))).list();
    }

    /** One organization, if the signed-in person may see it; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public OrganizationView get(long id) {
        PathwaysUser user = PathwaysUser.current();
        if (!user.isPlatformAdmin() && !user.belongsTo(id)) {
            throw new NotFound("organization", id);
        }
        Organization organization = repository.findById(id).orElseThrow(() -> new NotFound("organization", id));
        return organization.view(countUsers(id));
    }

    @Transactional
    public OrganizationView create(String name, OrganizationType type, String region, String timeZone) {
        PathwaysUser user = PathwaysUser.current();
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException("Only platform administrators create organizations");
        }
        String zone = timeZone == null || timeZone.isBlank() ? Times.DEFAULT_ZONE.getId() : timeZone.strip();
        if (!Times.ZONES.contains(zone)) {
            throw new org.pathways.shared.InvalidInput("timeZone", "organization.unknownTimeZone", zone);
        }
        Organization organization = register(name, type, region, zone, false);
        audit.record("organization.created", "organization", organization.id(), organization.name() + " (" + type + ")");
        return organization.view(0);
    }

    /** Counts organizations per type, for the administrator's dashboard. */
    @Transactional(readOnly = true)
    public Map<OrganizationType, Long> countByType() {
        Map<OrganizationType, Long> counts = new java.util.EnumMap<>(OrganizationType.class);
        jdbc.sql("select type, count(*) as n from organization group by type")
                .query(rs -> {
                    counts.put(OrganizationType.valueOf(rs.getString("type")), rs.getLong("n"));
                });
        return counts;
    }

    Organization register(String name, OrganizationType type, String region, boolean demo) {
        return register(name, type, region, Times.DEFAULT_ZONE.getId(), demo);
    }

    Organization register(String name, OrganizationType type, String region, String timeZone, boolean demo) {
        if (repository.findByNameIgnoringCase(name.strip()).isPresent()) {
            throw new Conflict("organization.nameTaken", "An organization named " + name.strip() + " already exists");
        }
        Organization saved = repository.save(Organization.register(name, type, region, timeZone, demo));
        events.publishEvent(new OrganizationRegistered(saved.id(), type));
        return saved;
    }

    Optional<Organization> findByName(String name) {
        return repository.findByNameIgnoringCase(name);
    }

    Organization require(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("organization", id));
    }

    Organization platformOrganization() {
        return repository.findFirstByTypeOrderById(OrganizationType.PLATFORM)
                .orElseGet(() -> repository.save(Organization.register("Platform administration", OrganizationType.PLATFORM, null, Times.DEFAULT_ZONE.getId(), false)));
    }

    private long countUsers(long organizationId) {
        return jdbc.sql("select count(*) from user_account where organization_id = ?")
                .param(organizationId).query(Long.class).single();
    }
}
