package org.pathways.synthetic;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.pathways.platform.Command;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code java -jar pathways.jar generate --scale tiny|region|state [--seed N]}: fills a fresh database with a synthetic network. */
@Component
@Profile("command")
class GenerateCommand implements Command {

    private final SyntheticNetwork network;

    GenerateCommand(SyntheticNetwork network) {
        this.network = network;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "--scale tiny|region|state [--seed N]   (after import-reference, into a database without demo data of its own)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = Command.options(args);
        try {
            SyntheticNetwork.Scale scale = SyntheticNetwork.Scale.named(options.getOrDefault("--scale", "tiny"));
            long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
            SyntheticNetwork.Generated generated = network.generate(scale, seed);
            out.printf("Generated in %.1f s: %d organizations, %,d employers, %,d establishments, %,d critical jobs, %,d pain points, "
                            + "%,d contacts, %d collaboratives, %,d survey answers (one per employer, occupation and period).%n",
                    generated.millis() / 1000.0, generated.organizations(), generated.employers(), generated.establishments(),
                    generated.criticalJobs(), generated.painPoints(), generated.contacts(), generated.collaboratives(), generated.surveyAnswers());
            out.printf("%,d participants with sealed circumstances and %,d referrals; the largest OPSO's staff sign in as %s.%n",
                    generated.participants(), generated.referrals(), SyntheticParticipants.STAFF.formatted(1));
            out.printf("%,d hire records over %d providers with %d programs.%n", generated.hires(), SyntheticHires.PROVIDERS,
                    SyntheticHires.PROVIDERS * 3);
            out.printf("Open survey for the load test of concurrent answers: %d.%n", generated.openSurveyId());
            out.printf("Sign in as %s / %s (collaborative manager of %s, which keeps every synthetic employer).%n",
                    SyntheticNetwork.MANAGER, SyntheticNetwork.PASSWORD, SyntheticNetwork.BOARD);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            err.println("Not generated: " + wrong.getMessage());
            return 64;
        } catch (Exception failed) {
            err.println("Not generated: " + failed);
            return 70;
        }
    }
}
