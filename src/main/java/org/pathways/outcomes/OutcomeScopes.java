package org.pathways.outcomes;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A target is reached by the organization that keeps the employer profile, or the employer's own organization. */
@Configuration(proxyBeanMethods = false)
class OutcomeScopes {

    @Bean
    RecordScope targetScope(TargetRows rows) {
        return RecordScope.byId("targetId", (user, id) -> rows.visible(user.organizationId(), id));
    }
}
