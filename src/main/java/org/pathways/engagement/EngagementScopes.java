package org.pathways.engagement;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An engagement is visible only inside the organization that recorded it. */
@Configuration(proxyBeanMethods = false)
class EngagementScopes {

    @Bean
    RecordScope engagementScope(JdbcClient jdbc) {
        return new RecordScope() {
            @Override
            public String pathVariable() {
                return "engagementId";
            }

            @Override
            public boolean isVisibleTo(PathwaysUser user, String value) {
                long id = RecordScope.idOf(value);
                return id > 0 && jdbc.sql("select count(*) from engagement where id = ? and organization_id = ?")
                        .params(id, user.organizationId()).query(Long.class).single() > 0;
            }
        };
    }
}
