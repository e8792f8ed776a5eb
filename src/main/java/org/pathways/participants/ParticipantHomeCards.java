package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pathways.platform.HomeCard;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page's participant work: for an OPSO's staff, the retention checks falling due and the consents about to lapse;
 * for an employer's people, the referrals made to its critical jobs.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantHomeCards {

    @Bean
    HomeCard.Source participantsDueCard(Referrals referrals, Consents consents) {
        return me -> {
            if (me.organizationType() != OrganizationType.OPSO || !me.has(Role.STAFF) && !me.has(Role.ORG_ADMIN)) {
                return Optional.empty();
            }
            LocalDate today = LocalDate.now();
            List<HomeCard.Item> items = new ArrayList<>();
            referrals.retentionDue(14).stream().limit(5).forEach(r -> items.add(new HomeCard.Item(
                    r.participantName() + " · " + r.jobTitle(), "/referrals/" + r.referralId(),
                    r.dueOn().isBefore(today) ? "home.retentionOverdue" : "home.retentionDue",
                    new Object[] {r.check().retentionDays(), r.dueOn().toString()}, r.dueOn().isBefore(today))));
            consents.expiring(30).stream().limit(5).forEach(c -> items.add(new HomeCard.Item(
                    c.participantName() + " · " + c.recipientName(), "/participants/" + c.participantId() + "#consents",
                    "home.consentLapses", new Object[] {c.expiresOn().toString()}, c.expiresOn().isBefore(today.plusDays(8)))));
            return Optional.of(new HomeCard(15, "home.card.participants", "home.card.participantsNone", items, "/participants",
                    "home.card.allParticipants"));
        };
    }

    @Bean
    HomeCard.Source referralsToUsCard(Referrals referrals) {
        return me -> {
            if (me.organizationType() != OrganizationType.EMPLOYER || !me.isMember()) {
                return Optional.empty();
            }
            List<HomeCard.Item> items = referrals.toMyEmployer().stream().limit(6).map(r -> new HomeCard.Item(r.jobTitle(),
                    "/referrals/" + r.id(), "referrals.stage." + r.stage().name(), new Object[0], false)).toList();
            return Optional.of(new HomeCard(15, "home.card.referrals", "home.card.referralsNone", items, "/referrals",
                    "home.card.allReferrals"));
        };
    }
}
