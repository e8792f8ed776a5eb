package org.pathways.platform.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.platform.Command;
import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pathways.jar create-admin --username U --password P [--name "Full Name"]}: gives a new
 * installation its first platform administrator, so no real deployment depends on demo accounts.
 */
@Component
@Profile("command")
class CreateAdminCommand implements Command {

    private final UserAccounts users;
    private final MessageSource messages;

    CreateAdminCommand(UserAccounts users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String usage() {
        return "--username U --password P [--name \"Full Name\"]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = Command.options(args);
        String username = options.get("--username");
        String password = options.get("--password");
        if (username == null || password == null) {
            err.println("Usage: create-admin " + usage());
            return 64;
        }
        try {
            var created = users.createPlatformAdministrator(username, options.getOrDefault("--name", username), password);
            out.println("Created platform administrator '" + created.username() + "'. Sign in at /login.");
            return 0;
        } catch (InvalidInput invalid) {
            err.println("Not created: " + invalid.field() + ": " + messages.getMessage(invalid.messageKey(),
                    invalid.arguments(), invalid.messageKey(), Locale.ENGLISH));
            return 65;
        }
    }
}
