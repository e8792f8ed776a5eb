package org.pathways.talentflow;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A hire record is reached only inside the organization that keeps it. An employer organization reaches the profiles
 * others keep of it ({@code ownEmployerId}) for its own hires only: no other page of the keeper's profile.
 */
@Configuration(proxyBeanMethods = false)
class TalentFlowScopes {

    @Bean
    RecordScope hireScope(HireRows rows) {
        return RecordScope.byId("hireId", (user, id) -> rows.visibleTo(user.organizationId(), id));
    }

    @Bean
    RecordScope ownEmployerScope(HireRows rows) {
        return RecordScope.byId("ownEmployerId", (user, id) -> rows.standsFor(user.organizationId(), id));
    }
}
