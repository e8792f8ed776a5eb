package org.pathways.engagement;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An engagement, and a word added to the language check, are visible only inside the organization that recorded them. */
@Configuration(proxyBeanMethods = false)
class EngagementScopes {

    @Bean
    RecordScope engagementScope(JdbcClient jdbc) {
        return RecordScope.byId("engagementId", (user, id) -> jdbc.sql("select count(*) from engagement where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    @Bean
    RecordScope languageTermScope(JdbcClient jdbc) {
        return RecordScope.byId("termId", (user, id) -> jdbc.sql("select count(*) from language_term where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }
}
