package org.pathways.collaboratives;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A collaborative is visible to its managing organization, its partners and its members' own organizations. */
@Configuration(proxyBeanMethods = false)
class CollaborativeScopes {

    @Bean
    RecordScope collaborativeScope(JdbcClient jdbc) {
        return RecordScope.byId("collaborativeId", (user, id) -> jdbc.sql(
                        "select count(*) from collaborative c where c.id = :id and " + Collaboratives.VISIBLE_TO_ORGANIZATION)
                .param("id", id).param("org", user.organizationId()).query(Long.class).single() > 0);
    }
}
