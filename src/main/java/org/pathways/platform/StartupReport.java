package org.pathways.platform;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Pathways where to open it and, with the demo region, how to sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<DemoRegion> demo;

    StartupReport(ObjectProvider<DemoRegion> demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append("\n\n  Pathways is ready at http://localhost:").append(web.getWebServer().getPort()).append("/")
                .append("  (started in ").append(ManagementFactory.getRuntimeMXBean().getUptime()).append(" ms)\n");
        DemoRegion region = demo.getIfAvailable();
        if (region != null) {
            message.append("  Demo sign-ins (password '").append(region.password()).append("'), fictional data:\n");
            for (DemoRegion.DemoLogin login : DemoRegion.LOGINS) {
                message.append(String.format("    %-13s %-22s %s%n", login.username(), login.role(), login.organization()));
            }
        }
        log.info(message.toString());
    }
}
