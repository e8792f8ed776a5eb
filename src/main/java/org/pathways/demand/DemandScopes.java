package org.pathways.demand;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey is visible wherever its collaborative is; an invitation (one employer's link and answers) only to the
 * collaborative's managing organization; a survey's private link is
 * checked by {@link SurveyAnswers} itself (the platform's {@code token} scope checks only its shape).
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

    private static RecordScope scope(String variable, JdbcClient jdbc, String sql) {
        return RecordScope.byId(variable, (user, id) -> jdbc.sql(sql).param("id", id).param("org", user.organizationId()).query(Long.class).single() > 0);
    }
}
