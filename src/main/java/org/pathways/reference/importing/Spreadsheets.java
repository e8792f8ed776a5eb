package org.pathways.reference.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The module's file readers (CSV, tab-separated text, safe .xlsx) for the module's public {@code SpreadsheetReader}. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** A row as a person sees it in a spreadsheet: its number and its cells. */
    public record Row(int number, List<String> cells) {
    }

    /** The file could not be read as a table; the key explains why. */
    public static final class Unreadable extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        Unreadable(String messageKey, Object[] arguments) {
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

    public static List<Row> read(Path file, long maxFileMegabytes, int maxRows) throws IOException, Unreadable {
        List<Row> rows = new ArrayList<>();
        try (TableSource table = TableSource.open(file, ImportLimits.standard(maxFileMegabytes))) {
            List<String> cells;
            while ((cells = table.next()) != null) {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new Unreadable("spreadsheet.tooManyRows", new Object[] {maxRows});
                }
                rows.add(new Row(table.rowNumber(), cells));
            }
        } catch (TableSource.UnreadableFile unreadable) {
            throw new Unreadable(unreadable.messageKey(), unreadable.arguments());
        }
        return rows;
    }
}
