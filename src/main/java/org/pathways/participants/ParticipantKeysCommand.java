package org.pathways.participants;

import java.io.PrintStream;
import java.util.List;

import org.pathways.platform.Command;
import org.springframework.stereotype.Component;

/**
 * {@code participant-keys rotate}: adds a new key to the key file and seals every participant's circumstances again with it,
 * in one transaction (the service's); afterwards the older lines can be removed from the file (and from its backups). {@code
 * participant-keys
 * reseal} only seals again with the current key, for keys given in configuration, where the new key was added by hand.
 */
@Component
class ParticipantKeysCommand implements Command {

    private final ParticipantKeys keys;
    private final Circumstances circumstances;

    ParticipantKeysCommand(ParticipantKeys keys, Circumstances circumstances) {
        this.keys = keys;
        this.circumstances = circumstances;
    }

    @Override
    public String name() {
        return "participant-keys";
    }

    @Override
    public String usage() {
        return "rotate | reseal";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String verb = arguments.isEmpty() ? "" : arguments.get(0);
        if (!verb.equals("rotate") && !verb.equals("reseal")) {
            err.println("Usage: participant-keys rotate | reseal");
            return 64;
        }
        if (verb.equals("rotate")) {
            out.println("Added key " + keys.addKey());
        }
        int sealed = circumstances.sealAgain();
        out.println("Sealed " + sealed + " records again with key " + keys.currentKeyId()
                + "; older keys can now be removed from the key file");
        return 0;
    }
}
