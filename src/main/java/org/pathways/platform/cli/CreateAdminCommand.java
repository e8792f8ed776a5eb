package org.pathways.platform.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.platform.UserAccounts;
import org.pathways.shared.InvalidInput;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pathways.jar create-admin --username U --password P [--name "Full Name"]}: gives a new
 * installation its first platform administrator, so no real deployment depends on demo accounts.
 */
@Component
@Profile("command")
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

    private final UserAccounts users;
    private final MessageSource messages;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    CreateAdminCommand(UserAccounts users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = Arrays.asList(arguments.getSourceArgs());
        if (args.isEmpty() || !args.get(0).equals("create-admin")) {
            err.println("Unknown command. Usage: create-admin --username U --password P [--name \"Full Name\"]");
            exitCode = 64;
            return;
        }
        Map<String, String> options = options(args.subList(1, args.size()));
        String username = options.get("--username");
        String password = options.get("--password");
        if (username == null || password == null) {
            err.println("Usage: create-admin --username U --password P [--name \"Full Name\"]");
            exitCode = 64;
            return;
        }
        try {
            var created = users.createPlatformAdministrator(username, options.getOrDefault("--name", username), password);
            out.println("Created platform administrator '" + created.username() + "'. Sign in at /login.");
        } catch (InvalidInput invalid) {
            err.println("Not created: " + invalid.field() + ": " + messages.getMessage(invalid.messageKey(),
                    invalid.arguments(), invalid.messageKey(), Locale.ENGLISH));
            exitCode = 65;
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                options.put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg, args.get(++i));
            }
        }
        return options;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
