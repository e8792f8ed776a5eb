package org.pathways.shared;

/** CSV for people who open it in a spreadsheet. */
public final class Csv {

    /** Spreadsheets open UTF-8 correctly only when the file starts with the byte-order mark. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    /** Quotes every value and neutralises formulas, so a name like "=HYPERLINK(…)" cannot run in a spreadsheet. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
