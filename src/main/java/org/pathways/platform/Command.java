package org.pathways.platform;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command of {@code java -jar pathways.jar NAME [options]}: runs against the database and exits. Any
 * module can contribute one as a bean; the platform picks it by name and prints every usage when the
 * name is unknown.
 */
public interface Command {

    String name();

    /** One line: the options, e.g. {@code --dir PATH}. */
    String usage();

    /** Runs with the arguments after the name; returns the process exit code (0 done, 64 usage, 65 bad input). */
    int run(List<String> arguments, PrintStream out, PrintStream err);

    /** {@code --key value} and {@code --key=value} pairs. */
    static Map<String, String> options(List<String> args) {
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
}
