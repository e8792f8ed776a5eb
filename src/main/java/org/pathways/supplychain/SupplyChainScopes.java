package org.pathways.supplychain;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider directory is the whole network's: every signed-in person reaches every provider (names and kinds only). */
@Configuration(proxyBeanMethods = false)
class SupplyChainScopes {

    @Bean
    RecordScope providerScope(ProviderRows rows) {
        return RecordScope.byId("providerId", (user, id) -> rows.exists(id));
    }
}
