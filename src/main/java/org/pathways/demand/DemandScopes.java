package org.pathways.demand;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey is visible wherever its collaborative is; an invitation (one employer's link and answers) only to the
 * collaborative's managing organization; a private link is checked by {@link SurveyAnswers} itself.
 */
@Configuration(proxyBeanMethods = false)
class DemandScopes {

    @Bean
    RecordScope surveyScope(JdbcClient jdbc) {
        // the collaboratives module publishes who sees a collaborative (collaborative_visibility)
        return scope("surveyId", jdbc, """
                select count(*) from demand_survey s
                where s.id = :id and exists (select 1 from collaborative_visibility v where v.collaborative_id = s.collaborative_id
                                                                                   and v.organization_id = :org)""");
    }

    @Bean
    RecordScope invitationScope(JdbcClient jdbc) {
        return scope("invitationId", jdbc, """
                select count(*) from demand_invitation i join demand_survey s on s.id = i.survey_id where i.id = :id and s.organization_id = :org""");
    }

    /**
     * The private link is the credential. Its shape is all that is checked here: the signature, revocation and
     * expiry are checked by SurveyAnswers, which audits every refused attempt, including malformed ones.
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

    private static RecordScope scope(String variable, JdbcClient jdbc, String sql) {
        return RecordScope.byId(variable, (user, id) -> jdbc.sql(sql).param("id", id).param("org", user.organizationId()).query(Long.class).single() > 0);
    }
}
