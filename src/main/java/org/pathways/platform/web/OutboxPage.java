package org.pathways.platform.web;

import org.pathways.platform.Outbox;
import org.pathways.platform.Permissions.Senders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What Pathways has sent on the organization's behalf, newest first. */
@Controller
@Senders
class OutboxPage {

    private final Outbox outbox;

    OutboxPage(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.recent(200));
        return "platform/outbox";
    }
}
