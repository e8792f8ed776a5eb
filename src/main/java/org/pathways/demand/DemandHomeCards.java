package org.pathways.demand;

import java.util.List;
import java.util.Optional;

import org.pathways.platform.HomeCard;
import org.pathways.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home of those who run surveys (open surveys and who answered) and of employers asked to answer one (its link). */
@Configuration(proxyBeanMethods = false)
class DemandHomeCards {

    @Bean
    HomeCard.Source openSurveysCard(DemandSurveys surveys, JdbcClient jdbc) {
        return me -> {
            if (!me.has(Role.COLLABORATIVE_MANAGER) && !me.has(Role.ORG_ADMIN)) {
                return Optional.empty();
            }
            List<Long> open = jdbc.sql("select id from demand_survey where organization_id = ? and status = 'OPEN' order by closes_on, id limit 6")
                    .param(me.organizationId()).query(Long.class).list();
            if (open.isEmpty() && !me.has(Role.COLLABORATIVE_MANAGER)) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = open.stream().map(surveys::get).map(s -> new HomeCard.Item(s.title() + " · " + s.collaborativeName(),
                    "/surveys/" + s.id(), "home.answeredBy", new Object[] {s.submitted(), s.invited(), s.closesOn().toString()},
                    s.invited() > 0 && s.submitted() * 2 < s.invited())).toList();
            return Optional.of(new HomeCard(20, "home.card.openSurveys", "home.card.openSurveysNone", items, "/collaboratives",
                    "home.card.allCollaboratives"));
        };
    }

    @Bean
    HomeCard.Source surveysToAnswerCard(DemandSurveys surveys) {
        return me -> {
            if (!me.has(Role.EMPLOYER_REP)) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = surveys.openInvitationsForMyOrganization().stream().map(i -> new HomeCard.Item(
                    i.title() + " · " + i.collaborativeName(), i.link().substring(i.link().indexOf("/s/")),
                    "home.toAnswer." + i.status(), new Object[] {i.closesOn().toString()}, i.status() != DemandSurveys.AnswerStatus.SUBMITTED)).toList();
            return Optional.of(new HomeCard(5, "home.card.toAnswer", "home.card.toAnswerNone", items, null, null));
        };
    }
}
