package org.pathways.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.pathways.reference.importing.Spreadsheets;

/**
 * Reads a spreadsheet a person uploads (CSV, tab-separated text or .xlsx, with the same protection against
 * hostile workbooks as the reference importer) into numbered rows, for other modules' imports.
 */
public final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            if (index < 0 || index >= cells.size() || cells.get(index) == null) {
                return "";
            }
            return cells.get(index).replace('\u00A0', ' ').strip();
        }
    }

    /** The file cannot be read as a table; the message key says why in the reader's language. */
    public static final class UnreadableSpreadsheet extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        UnreadableSpreadsheet(String messageKey, Object[] arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments;
        }
    }

    public static List<Row> read(Path file, long maxFileMegabytes, int maxRows) throws IOException, UnreadableSpreadsheet {
        try {
            return Spreadsheets.read(file, maxFileMegabytes, maxRows).stream().map(r -> new Row(r.number(), r.cells())).toList();
        } catch (Spreadsheets.Unreadable unreadable) {
            throw new UnreadableSpreadsheet(unreadable.messageKey(), unreadable.arguments());
        }
    }
}
