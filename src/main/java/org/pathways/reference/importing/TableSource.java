package org.pathways.reference.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The rows of one spreadsheet-like file, whatever its format: CSV or tab-separated text as the publishers
 * ship it, or the first sheet of an Excel workbook. Rows are numbered as a person sees them in a
 * spreadsheet (the first line is row 1), so problems can name the row to look at.
 */
interface TableSource extends Closeable {

    /** The next row's cells, or null after the last row. Blank lines come back as an empty list. */
    List<String> next() throws IOException, UnreadableFile;

    /**
     * Reads only these columns from here on; the others come back blank. Spares building values nobody
     * reads (O*NET repeats each occupation's title on every one of its sixty rating rows).
     */
    default void onlyColumns(java.util.BitSet columns) {
    }

    /** The spreadsheet row number of the row {@link #next()} returned last. */
    int rowNumber();

    static TableSource open(Path file, ImportLimits limits) throws IOException, UnreadableFile {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new UnreadableFile("reference.problem.tooLarge", size / (1024 * 1024), limits.maxFileBytes() / (1024 * 1024));
        }
        if (size == 0) {
            throw new UnreadableFile("reference.problem.empty");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || XlsxTable.looksLikeZip(file)) {
            return XlsxTable.open(file, limits);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFile("reference.problem.oldExcel");
        }
        return CsvTable.open(file, limits);
    }

    /** The file cannot be read as a table at all; the key explains why in the reader's language. */
    final class UnreadableFile extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        UnreadableFile(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }
}
