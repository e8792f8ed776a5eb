package org.pathways.collaboratives;

import java.util.List;
import java.util.Optional;

import org.pathways.platform.HomeCard;
import org.pathways.platform.OrganizationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone's home: the collaboratives the organization runs, partners in or belongs to. */
@Configuration(proxyBeanMethods = false)
class CollaborativeHomeCards {

    @Bean
    HomeCard.Source collaborativesCard(Collaboratives collaboratives) {
        return me -> {
            if (me.isPlatformAdmin()) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = collaboratives.list().stream().limit(8).map(c -> new HomeCard.Item(c.name(), "/collaboratives/" + c.id(),
                    "home.relation." + c.relation(), new Object[] {c.organizationName(), c.members()}, false)).toList();
            return Optional.of(new HomeCard(40, "home.card.collaboratives", "home.card.collaborativesNone", items, "/collaboratives",
                    "home.card.allCollaboratives"));
        };
    }

    /** An employer's own people: the profile each of its collaboratives keeps of it, to say when it is out of date. */
    @Bean
    HomeCard.Source ownProfileCard(Collaboratives collaboratives) {
        return me -> {
            if (me.organizationType() != OrganizationType.EMPLOYER) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = collaboratives.ownProfiles().stream().map(p -> new HomeCard.Item(p.employerName(),
                    "/collaboratives/" + p.collaborativeId() + "#own-profile-heading", "home.ownProfile.note",
                    new Object[] {p.keptBy(), p.collaborativeName(), p.jobs().size()}, false)).toList();
            return Optional.of(new HomeCard(15, "home.card.ownProfile", "home.card.ownProfileNone", items, null, null));
        };
    }
}
