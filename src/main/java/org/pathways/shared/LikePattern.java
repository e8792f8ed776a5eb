package org.pathways.shared;

/** SQL LIKE/ILIKE patterns built from what a person typed, with %, _ and \ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches values that contain the text anywhere. */
    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
