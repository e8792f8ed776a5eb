package org.pathways.reference;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reference data belongs to no organization: everyone signed in may read it. The scope only refuses what
 * cannot be a SOC code, so a malformed one answers 404 before any query runs.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceScopes {

    @Bean
    RecordScope socScope() {
        return new RecordScope() {
            @Override
            public String pathVariable() {
                return "soc";
            }

            @Override
            public boolean isVisibleTo(PathwaysUser user, String value) {
                return value != null && value.matches("\\d{2}-\\d{4}");
            }
        };
    }
}
