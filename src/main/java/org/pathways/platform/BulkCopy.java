package org.pathways.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's COPY, gathered per statement in CSV and sent in the order the statements were first asked for (the
 * order of their foreign keys) once a few megabytes have gathered, so memory stays small: what a bulk load (an import, the
 * synthetic network) writes instead of one insert a row. It works on the connection it is given, inside its transaction.
 */
public final class BulkCopy {

    private static final int FULL = 8 << 20;
    private static final HexFormat HEX = HexFormat.of();

    private final CopyManager copy;
    private final LinkedHashMap<String, StringBuilder> rows = new LinkedHashMap<>();

    public BulkCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The rows of a {@code copy … from stdin (format csv)} statement, to append lines to. */
    public StringBuilder of(String statement) {
        return rows.computeIfAbsent(statement, k -> new StringBuilder());
    }

    /** Appends one CSV line: null is SQL null, any other value is quoted (so an empty text stays an empty text). */
    public static void line(StringBuilder into, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                into.append(',');
            }
            Object value = values[i];
            if (value instanceof byte[] bytes) {
                into.append("\\x").append(HEX.formatHex(bytes));
            } else if (value != null) {
                into.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        into.append('\n');
    }

    public void flushWhenFull() {
        if (rows.values().stream().anyMatch(b -> b.length() > FULL)) {
            flush();
        }
    }

    public void flush() {
        try {
            for (var batch : rows.entrySet()) {
                if (!batch.getValue().isEmpty()) {
                    copy.copyIn(batch.getKey(), new StringReader(batch.getValue().toString()));
                    batch.getValue().setLength(0);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("a bulk copy failed: " + e.getMessage(), e);
        }
    }
}
