package org.pathways.reference;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What an import found, loaded and ignored, file by file. When any file fails, {@link #changed()} is
 * false: nothing was written, and the problems say where to look (file, row, column).
 */
public record ImportReport(List<FileResult> files, boolean changed, long millis) {

    public enum Outcome { LOADED, REPLACED, UNCHANGED, IGNORED, FAILED }

    /** One dataset release read from one file, or one file that could not be used. */
    public record FileResult(String file, String kindKey, String dataset, String vintage, Outcome outcome, long rows,
                             List<Problem> problems, int moreProblems, MessageSourceResolvable note) {
    }

    /** Where a problem is (row 0 and a blank column for the file as a whole) and what it is. */
    public record Problem(int row, String column, MessageSourceResolvable message) {
    }

    public boolean failed() {
        return files.stream().anyMatch(f -> f.outcome() == Outcome.FAILED);
    }

    public long rowsLoaded() {
        return files.stream().filter(f -> f.outcome() == Outcome.LOADED || f.outcome() == Outcome.REPLACED)
                .mapToLong(FileResult::rows).sum();
    }

    public long count(Outcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }
}
