package org.pathways.shared;

/** What forms and files send as text, made ready to store. */
public final class Text {

    private Text() {
    }

    /**
     * A heading or a choice as an import file may write it, reduced to compare: no accents, lower case, every run of other
     * characters one space ("Código NAICS" and "codigo_naics" are both "codigo naics").
     */
    public static String folded(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Trimmed, or null when nothing but spaces was entered: a blank field means "not known", not "". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Whether the text holds a control character other than tab, line feed and carriage return: a null byte, which
     * PostgreSQL refuses in text, or another that no keyboard types and no page shows.
     */
    public static boolean hasControlCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is a whole number written with the digits 0 to 9 (Java also reads ١٢ or ١٢ as numbers). */
    public static boolean isPlainWholeNumber(String value) {
        return value != null && value.matches("[+-]?[0-9]+");
    }

    /** Whether the text is a decimal number written with the digits 0 to 9 and a point. */
    public static boolean isPlainDecimal(String value) {
        return value != null && value.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    }
}
