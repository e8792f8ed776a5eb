package org.pathways.talentflow;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A hire record is reached only inside the organization that keeps it. */
@Configuration(proxyBeanMethods = false)
class TalentFlowScopes {

    @Bean
    RecordScope hireScope(HireRows rows) {
        return RecordScope.byId("hireId", (user, id) -> rows.visibleTo(user.organizationId(), id));
    }
}
