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

    /** A file read for an import: its rows, or why it could not be read at all (a message key and its arguments). */
    public record Sheet(List<Row> rows, String refusalKey, Object[] refusalArguments) {
        public boolean refused() {
            return refusalKey != null;
        }
    }

    /** Reads a file for an import, turning every way it can fail to be read, an empty file included, into a refusal. */
    public static Sheet readForImport(Path file, long maxFileMegabytes, int maxRows) {
        try {
            List<Row> rows = read(file, maxFileMegabytes, maxRows);
            // a null byte or another control character cannot be stored: name the first, by row and column
            for (Row row : rows) {
                for (int column = 0; column < row.cells().size(); column++) {
                    if (org.pathways.shared.Text.hasControlCharacters(row.cells().get(column))) {
                        String heading = rows.get(0).cell(column);
                        return new Sheet(List.of(), "spreadsheet.controlCharacter",
                                new Object[] {row.number(), heading.isEmpty() || row == rows.get(0) ? Integer.toString(column + 1) : heading});
                    }
                }
            }
            return rows.isEmpty() ? new Sheet(rows, "reference.problem.empty", new Object[0]) : new Sheet(rows, null, null);
        } catch (UnreadableSpreadsheet unreadable) {
            return new Sheet(List.of(), unreadable.messageKey(), unreadable.arguments());
        } catch (IOException e) {
            return new Sheet(List.of(), "spreadsheet.unreadable", new Object[0]);
        }
    }
}
