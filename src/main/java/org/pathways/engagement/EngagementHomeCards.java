package org.pathways.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.pathways.employers.Employers;
import org.pathways.platform.HomeCard;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The practitioner's home: next steps due and overdue, and employers the organization has not met lately. */
@Configuration(proxyBeanMethods = false)
class EngagementHomeCards {

    /** An employer with no engagement logged for this long is named on the home page. */
    static final int QUIET_DAYS = 90;

    private static boolean keepsProfiles(PathwaysUser me) {
        return me.has(Role.STAFF) || me.has(Role.ORG_ADMIN) || me.has(Role.COLLABORATIVE_MANAGER);
    }

    @Bean
    HomeCard.Source nextStepsCard(Engagements engagements) {
        return me -> {
            if (!keepsProfiles(me)) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = engagements.nextStepsDue().stream().limit(6).map(e -> new HomeCard.Item(
                    e.nextStep() + " · " + e.employerName(), "/employers/" + e.employerId() + "/engagements",
                    e.nextStepDue() == null ? "home.noDueDate" : e.overdue() ? "home.overdueSince" : "home.dueOn",
                    e.nextStepDue() == null ? new Object[0] : new Object[] {e.nextStepDue().toString()}, e.overdue())).toList();
            return Optional.of(new HomeCard(10, "home.card.nextSteps", "home.card.nextStepsNone", items, "/next-steps", "home.card.allNextSteps"));
        };
    }

    @Bean
    HomeCard.Source quietEmployersCard(JdbcClient jdbc, Employers employers) {
        return me -> {
            if (!keepsProfiles(me)) {
                return Optional.empty();
            }
            LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(QUIET_DAYS);
            // the organization's employers, the longest unmet first (never met first of all), from its own engagement log
            record Quiet(long employerId, String name, LocalDate last) {
            }
            java.util.Map<Long, LocalDate> lastMet = new java.util.HashMap<>();
            jdbc.sql("select employer_id, max(occurred_on) from engagement where organization_id = ? group by employer_id")
                    .param(me.organizationId()).query((rs, n) -> lastMet.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
            List<Quiet> quiet = employers.names().stream().map(e -> new Quiet(e.id(), e.name(), lastMet.get(e.id())))
                    .filter(q -> q.last() == null || q.last().isBefore(since))
                    .sorted(java.util.Comparator.comparing(Quiet::last, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                    .limit(5).toList();
            List<HomeCard.Item> items = quiet.stream().map(q -> new HomeCard.Item(q.name(), "/employers/" + q.employerId(),
                    q.last() == null ? "home.neverMet" : "home.lastMet", q.last() == null ? new Object[0] : new Object[] {q.last().toString()},
                    false)).toList();
            return Optional.of(new HomeCard(30, "home.card.quiet", "home.card.quietNone", items, "/employers", "home.card.allEmployers"));
        };
    }
}
