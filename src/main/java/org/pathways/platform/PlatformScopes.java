package org.pathways.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's own path variables: organizations, users (by their organization), personal tokens, and the private links
 * of every module ({@code {token}}).
 */
@Configuration(proxyBeanMethods = false)
class PlatformScopes {

    @Bean
    RecordScope organizationScope() {
        return RecordScope.byId("organizationId", (user, id) -> user.isPlatformAdmin() || user.belongsTo(id));
    }

    @Bean
    RecordScope userScope(JdbcClient jdbc) {
        return RecordScope.byId("userId", (user, id) -> user.isPlatformAdmin() || jdbc.sql(
                        "select count(*) from user_account where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    @Bean
    RecordScope tokenScope(JdbcClient jdbc) {
        // Tokens are personal: not even an administrator reaches someone else's.
        return RecordScope.byId("tokenId", (user, id) -> jdbc.sql("select count(*) from api_token where id = ? and user_account_id = ?")
                .params(id, user.userId()).query(Long.class).single() > 0);
    }

    /**
     * A private link is the credential. Its shape is all that is checked here: the signature, withdrawal and expiry are
     * checked by the module that issued it ({@link PrivateLinks}), which audits every refused attempt, malformed ones too.
     */
    @Bean
    RecordScope privateLinkScope() {
        return new RecordScope() {
            @Override
            public String pathVariable() {
                return "token";
            }

            @Override
            public boolean isCredential() {
                return true;
            }

            @Override
            public boolean isVisibleTo(PathwaysUser user, String value) {
                return value != null && value.length() <= 100;
            }
        };
    }
}
