package org.pathways.collaboratives;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A collaborative is visible to its managing organization, its partners and its members' own organizations. */
@Configuration(proxyBeanMethods = false)
class CollaborativeScopes {

    @Bean
    RecordScope collaborativeScope(JdbcClient jdbc) {
        return new RecordScope() {
            @Override
            public String pathVariable() {
                return "collaborativeId";
            }

            @Override
            public boolean isVisibleTo(PathwaysUser user, String value) {
                long id = RecordScope.idOf(value);
                return id > 0 && jdbc.sql("select count(*) from collaborative c where c.id = :id and " + Collaboratives.VISIBLE_TO_ORGANIZATION)
                        .param("id", id).param("org", user.organizationId()).query(Long.class).single() > 0;
            }
        };
    }
}
