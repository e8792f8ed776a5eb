package org.pathways.platform.web;


import java.util.Map;

import org.pathways.platform.AuditLog;
import org.pathways.platform.AuditLog.AuditQuery;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.Organizations;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard a person lands on. What it shows depends on their roles: administrators see their
 * installation or organization at a glance; everyone sees their organization, roles and own recent
 * activity.
 */
@Controller
class HomePage {

    private final Organizations organizations;
    private final UserAccounts users;
    private final AuditLog audit;
    private final MessageSource messages;

    HomePage(Organizations organizations, UserAccounts users, AuditLog audit, MessageSource messages) {
        this.messages = messages;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
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
            model.addAttribute("recentEvents", audit.search(new AuditQuery(null, null, null, null, null), PageQuery.of(0, 8)).items());
        } else if (me.has(Role.ORG_ADMIN)) {
            model.addAttribute("members", users.members(me.organizationId(), PageQuery.of(0, 1)).totalItems());
            model.addAttribute("recentEvents", audit.search(new AuditQuery(null, null, null, null, null), PageQuery.of(0, 8)).items());
        }
        model.addAttribute("myActivity", audit.search(new AuditQuery(me.username(), null, null, null, null), PageQuery.of(0, 5)).items());
        return "platform/home";
    }

}
