package org.pathways.reference.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.pathways.platform.Command;
import org.pathways.reference.ImportReport;
import org.pathways.reference.ReferenceData;
import org.pathways.reference.ReportText;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code java -jar pathways.jar import-reference --dir PATH}: imports every official file found under a folder. */
@Component
@Profile("command")
class ImportReferenceCommand implements Command {

    private final ReferenceData referenceData;
    private final MessageSource messages;

    ImportReferenceCommand(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import-reference";
    }

    @Override
    public String usage() {
        return "--dir PATH";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String dir = Command.options(args).get("--dir");
        if (dir == null) {
            err.println("Usage: import-reference " + usage());
            return 64;
        }
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder.toAbsolutePath());
            return 64;
        }
        ImportReport report = referenceData.importFolder(folder, "command line");
        for (String line : ReportText.lines(report, messages, Locale.ENGLISH)) {
            (report.failed() ? err : out).println(line);
        }
        return report.failed() ? 65 : 0;
    }
}
