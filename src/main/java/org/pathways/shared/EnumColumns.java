package org.pathways.shared;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An enum kept in a text column by its name, where the column may be empty (not known yet). */
public final class EnumColumns {

    private EnumColumns() {
    }

    /** The constant the column names, or null when it is empty. */
    public static <E extends Enum<E>> E read(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The name to store, or null for not known. */
    public static String write(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
