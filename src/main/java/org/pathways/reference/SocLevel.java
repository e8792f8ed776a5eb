package org.pathways.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four levels of the Standard Occupational Classification, from the widest: major group (29-0000), minor group
 * (29-1000), broad occupation (29-1140) and detailed occupation (29-1141). The files and the database write them in
 * lower case, as the BLS does ("detailed").
 */
public enum SocLevel {
    MAJOR, MINOR, BROAD, DETAILED;

    /** As the files and the database write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a file or a query names, in any case; empty when it names none of the four. */
    public static Optional<SocLevel> named(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(level -> level.code().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** The code's own groups, as the classification derives them: 29-1141 is in 29-0000, 29-1000 and 29-1140. */
    public static String majorOf(String code) {
        return code.substring(0, 2) + "-0000";
    }
}
