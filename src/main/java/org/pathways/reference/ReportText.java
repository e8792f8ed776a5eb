package org.pathways.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** An import report as plain lines, for the command line and the logs. */
public final class ReportText {

    private ReportText() {
    }

    public static List<String> lines(ImportReport report, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage(report.failed() ? "reference.report.failed" : report.changed()
                        ? "reference.report.changed" : "reference.report.unchanged",
                new Object[] {report.count(ImportReport.Outcome.LOADED), report.count(ImportReport.Outcome.REPLACED),
                        report.count(ImportReport.Outcome.UNCHANGED), report.count(ImportReport.Outcome.IGNORED),
                        report.count(ImportReport.Outcome.FAILED), report.rowsLoaded(), report.millis() / 1000.0}, locale));
        for (ImportReport.FileResult file : report.files()) {
            StringBuilder line = new StringBuilder(String.format(locale, "  %-9s %s", file.outcome(), file.file()));
            if (file.dataset() != null) {
                line.append(" → ").append(file.dataset()).append(' ').append(file.vintage());
                if (file.rows() > 0) {
                    line.append(String.format(locale, " (%,d)", file.rows()));
                }
            }
            if (file.note() != null) {
                line.append(": ").append(messages.getMessage(file.note(), locale));
            }
            lines.add(line.toString());
            for (ImportReport.Problem problem : file.problems()) {
                String where = problem.row() > 0
                        ? messages.getMessage("reference.report.where", new Object[] {problem.row(), problem.column()}, locale) + " "
                        : "";
                lines.add("      " + where + messages.getMessage(problem.message(), locale));
            }
            if (file.moreProblems() > 0) {
                lines.add("      " + messages.getMessage("reference.report.moreProblems", new Object[] {file.moreProblems()}, locale));
            }
        }
        return lines;
    }
}
