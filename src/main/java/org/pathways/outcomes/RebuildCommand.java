package org.pathways.outcomes;

import java.io.PrintStream;
import java.util.List;

import org.pathways.platform.Command;
import org.springframework.stereotype.Component;

/**
 * {@code rebuild-outcomes}: reads every hire, referral and agreed success measure again from the owning modules' published
 * views into the outcomes module's read tables, in one transaction; targets an organization added, baseline costs and
 * improvement logs are the module's own and stay as they are.
 */
@Component
class RebuildCommand implements Command {

    private final ReadModel readModel;

    RebuildCommand(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String name() {
        return "rebuild-outcomes";
    }

    @Override
    public String usage() {
        return "(no options)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        ReadModel.Rebuilt rebuilt = readModel.rebuild();
        out.printf("Rebuilt the outcomes' read tables in %.1f s: %d hires, %d referrals, %d agreed targets%n",
                (System.nanoTime() - started) / 1e9, rebuilt.hires(), rebuilt.referrals(), rebuilt.agreedTargets());
        return 0;
    }
}
