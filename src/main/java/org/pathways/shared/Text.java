package org.pathways.shared;

/** What forms and files send as text, made ready to store. */
public final class Text {

    private Text() {
    }

    /** Trimmed, or null when nothing but spaces was entered: a blank field means "not known", not "". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
