package org.pathways;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Pathways: Talent Pipeline Management for people who face barriers to employment. Without arguments
 * it serves the web application; with a command as the first argument (e.g. {@code create-admin}) it
 * runs that command against the database and exits.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
// modules' listeners (@ApplicationModuleListener) run after the publishing transaction, on their own threads
@EnableAsync
public class PathwaysApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            SpringApplication command = new SpringApplication(PathwaysApplication.class);
            command.setWebApplicationType(WebApplicationType.NONE);
            command.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(command.run(args)));
        }
        SpringApplication.run(PathwaysApplication.class, args);
    }
}
