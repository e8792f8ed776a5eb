package org.pathways.platform.cli;

import java.util.Arrays;
import java.util.List;

import org.pathways.platform.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the command named by the first argument; an unknown name gets the list of commands and exit code 64. */
@Component
@Profile("command")
@Order(100)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private int exitCode;

    CommandRunner(List<Command> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = Arrays.asList(arguments.getSourceArgs());
        String name = args.isEmpty() ? "" : args.get(0);
        for (Command command : commands) {
            if (command.name().equals(name)) {
                exitCode = command.run(args.subList(1, args.size()), System.out, System.err);
                return;
            }
        }
        System.err.println("Unknown command '" + name + "'. Commands:");
        for (Command command : commands) {
            System.err.println("  " + command.name() + " " + command.usage());
        }
        exitCode = 64;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
