package org.pathways.engagement;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An engagement is visible only inside the organization that recorded it. */
@Configuration(proxyBeanMethods = false)
class EngagementScopes {

    @Bean
    RecordScope engagementScope(JdbcClient jdbc) {
        return RecordScope.byId("engagementId", (user, id) -> jdbc.sql("select count(*) from engagement where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }
}
