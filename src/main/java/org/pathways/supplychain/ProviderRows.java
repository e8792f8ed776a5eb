package org.pathways.supplychain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pathways.supplychain.Providers.Kind;
import org.pathways.supplychain.Providers.ProviderView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The provider directory's SQL (decision 0007). */
@Repository
class ProviderRows {

    private static final String SELECT = """
            select p.id, p.name, p.kind, p.organization_id, p.website,
                   coalesce((select array_agg(a.alias order by lower(a.alias)) from provider_alias a where a.provider_id = p.id),
                            '{}') as aliases
            from provider p""";

    private final JdbcClient jdbc;

    ProviderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every active OPSO and training provider of Pathways is a provider: one recorded earlier under the organization's
     * name is tied to it, the others are added. Cheap when nothing is missing (one anti-join over a few hundred rows).
     */
    void addOrganizations() {
        jdbc.sql("""
                update provider p set organization_id = o.id
                from organization_directory o
                where o.type in ('OPSO', 'TRAINING_PROVIDER') and o.active and p.organization_id is null and lower(p.name) = lower(o.name)
                  and not exists (select 1 from provider q where q.organization_id = o.id)""").update();
        jdbc.sql("""
                insert into provider (name, kind, organization_id, recorded_by)
                select o.name, case when o.type = 'OPSO' then 'OPSO' else 'TRAINING_PROVIDER' end, o.id, 'pathways'
                from organization_directory o
                where o.type in ('OPSO', 'TRAINING_PROVIDER') and o.active
                  and not exists (select 1 from provider p where p.organization_id = o.id)
                on conflict do nothing""").update();
    }

    List<ProviderView> all() {
        return jdbc.sql(SELECT + " order by lower(p.name), p.id").query((rs, n) -> view(rs)).list();
    }

    Optional<ProviderView> one(long providerId) {
        return jdbc.sql(SELECT + " where p.id = ?").param(providerId).query((rs, n) -> view(rs)).optional();
    }

    long insert(String name, Kind kind, String website, long organizationId, String recordedBy) {
        return jdbc.sql("""
                        insert into provider (name, kind, website, recorded_by_organization_id, recorded_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(name, kind.name(), website, organizationId, recordedBy).query(Long.class).single();
    }

    void insertAlias(long providerId, String alias, String recordedBy) {
        jdbc.sql("insert into provider_alias (alias, provider_id, recorded_by) values (?, ?, ?)").params(alias, providerId, recordedBy)
                .update();
    }

    boolean exists(long providerId) {
        return jdbc.sql("select count(*) from provider where id = ?").param(providerId).query(Long.class).single() > 0;
    }

    private static ProviderView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> aliases = new ArrayList<>(Arrays.asList((String[]) rs.getArray("aliases").getArray()));
        return new ProviderView(rs.getLong("id"), rs.getString("name"), Kind.valueOf(rs.getString("kind")),
                rs.getObject("organization_id", Long.class), rs.getString("website"), List.copyOf(aliases));
    }
}
