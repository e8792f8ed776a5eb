package org.pathways.platform.web;

import java.time.LocalDate;

import org.pathways.platform.AuditLog;
import org.pathways.platform.AuditLog.AuditQuery;
import org.pathways.shared.PageQuery;
import org.pathways.platform.Permissions.Administrators;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search the audit log: platform administrators everything, organization administrators their own. */
@Controller
@Administrators
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(actor, action, text, from, to);
        model.addAttribute("query", query);
        model.addAttribute("actions", audit.knownActions());
        model.addAttribute("result", audit.search(query, PageQuery.of(page, 50)));
        return "platform/audit";
    }
}
