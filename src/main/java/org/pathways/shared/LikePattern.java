package org.pathways.shared;

/** SQL LIKE/ILIKE patterns built from what a person typed, with %, _ and \ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches values that contain the text anywhere. */
    public static String contains(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches values that start with the text (a btree index on the value serves it, where contains cannot). */
    public static String startsWith(String text) {
        return literal(text) + "%";
    }

    private static String literal(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
