package org.pathways.platform.web;


import java.util.Map;

import org.pathways.platform.OrganizationType;
import org.pathways.platform.Organizations;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.PageQuery;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard a person lands on: their organization and roles, the installation or organization at a glance for
 * administrators, and the cards each module contributes for the person's work ({@link org.pathways.platform.HomeCard}).
 */
@Controller
class HomePage {

    private final Organizations organizations;
    private final UserAccounts users;
    private final MessageSource messages;
    private final java.util.List<org.pathways.platform.HomeCard.Source> cards;
    private final java.util.List<org.pathways.platform.HomeSummary> summaries;

    HomePage(Organizations organizations, UserAccounts users, MessageSource messages,
             java.util.List<org.pathways.platform.HomeCard.Source> cards, java.util.List<org.pathways.platform.HomeSummary> summaries) {
        this.summaries = summaries;
        this.cards = cards;
        this.messages = messages;
        this.organizations = organizations;
        this.users = users;
    }

    @SignedIn
    @GetMapping("/")
    String home(Model model) {
        PathwaysUser me = PathwaysUser.current();
        model.addAttribute("organization", organizations.get(me.organizationId()));
        model.addAttribute("roleList", me.roles().stream().sorted().toList());
        if (me.isPlatformAdmin()) {
            Map<OrganizationType, Long> counts = organizations.countByType();
            model.addAttribute("organizationCounts", counts);
            model.addAttribute("organizationTypeLabels", counts.keySet().stream()
                    .map(type -> messages.getMessage(type.messageKey(), null, LocaleContextHolder.getLocale())).toList());
            model.addAttribute("organizationTypeValues", counts.values().stream().map(String::valueOf).toList());
        } else if (me.has(Role.ORG_ADMIN)) {
            model.addAttribute("members", users.members(me.organizationId(), PageQuery.of(0, 1)).totalItems());
        }
        summaries.stream().map(source -> source.summaryFor(me)).flatMap(java.util.Optional::stream).findFirst().ifPresent(summary -> {
            model.addAllAttributes(summary.model());
            model.addAttribute("summary", summary);
        });
        // each module's view of this person's work; the audit log stays on its own page, for those who read it
        model.addAttribute("cards", cards.stream().map(source -> source.cardFor(me)).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparingInt(org.pathways.platform.HomeCard::order)).toList());
        return "platform/home";
    }

}
