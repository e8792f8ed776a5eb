package org.pathways.talentflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.Relation;
import org.pathways.platform.HomeCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A collaborative manager's home: the shared jobs of the collaboratives it manages where supply falls behind demand (the
 * openings projected less the hires, the referrals on their way and the partners' programs), the largest gap first.
 * It looks at the ten collaboratives listed first, so the home page stays quick for a board that manages hundreds.
 */
@Configuration(proxyBeanMethods = false)
class TalentFlowHomeCards {

    static final int COLLABORATIVES_LOOKED_AT = 10;

    @Bean
    HomeCard.Source supplyBehindCard(Collaboratives collaboratives, TalentFlow flow) {
        return me -> {
            if (!me.managesCollaboratives() || me.isPlatformAdmin()) {
                return Optional.empty();
            }
            List<Collaboratives.CollaborativeView> managed = collaboratives.list().stream().filter(c -> c.relation() == Relation.MANAGER)
                    .limit(COLLABORATIVES_LOOKED_AT).toList();
            if (managed.isEmpty()) {
                return Optional.empty();
            }
            record Behind(Collaboratives.CollaborativeView collaborative, TalentFlow.SupplyLine line) {
            }
            List<Behind> behind = new ArrayList<>();
            for (Collaboratives.CollaborativeView collaborative : managed) {
                flow.supplyAndDemand(collaborative.id(), new TalentFlow.Period(null, null, null, null)).jobs().stream()
                        .filter(TalentFlow.SupplyLine::behind).forEach(line -> behind.add(new Behind(collaborative, line)));
            }
            List<HomeCard.Item> items = behind.stream().sorted((a, b) -> Long.compare(b.line().gap(), a.line().gap())).limit(8)
                    .map(b -> new HomeCard.Item(b.line().socTitle() + " · " + b.collaborative().name(),
                            "/collaboratives/" + b.collaborative().id() + "/talent-flow#supply", "home.supplyBehind.note",
                            new Object[] {b.line().periodLabel(), b.line().gap()}, true))
                    .toList();
            return Optional.of(new HomeCard(35, "home.card.supplyBehind", "home.card.supplyBehindNone", items, null, null));
        };
    }
}
