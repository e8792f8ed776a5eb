package org.pathways.outcomes;

import java.util.List;
import java.util.Optional;

import org.pathways.platform.HomeCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everyone's home: the targets their organization tracks (or that concern their own employer organization) which are at
 * risk or missed, the furthest behind first, each with its figure now and its target.
 */
@Configuration(proxyBeanMethods = false)
class OutcomeHomeCards {

    @Bean
    HomeCard.Source targetsCard(Targets targets) {
        return me -> {
            if (!me.isMember() || me.isPlatformAdmin()) {
                return Optional.empty();
            }
            List<Targets.TargetView> tracked = targets.list(null);
            if (tracked.isEmpty()) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = tracked.stream().filter(Targets.TargetView::needsAttention).limit(8)
                    .map(t -> new HomeCard.Item(t.name() + (t.jobTitle() == null ? "" : " · " + t.jobTitle()),
                            "/outcomes/targets/" + t.id(),
                            "home.targets.note." + t.kind(), new Object[] {t.actual().value() == null ? "–"
                                    : Math.round(t.actual().value()),
                            t.target().stripTrailingZeros().toPlainString(), t.periodDays()}, true))
                    .toList();
            return Optional.of(new HomeCard(20, "home.card.targets", "home.card.targetsNone", items, "/outcomes", "home.card.allOutcomes"));
        };
    }
}
