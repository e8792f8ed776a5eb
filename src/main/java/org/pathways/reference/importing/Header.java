package org.pathways.reference.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a file as found (publishers put title lines above it), with the file it came from.
 * Column names are compared normalized: lower case, every run of other characters a single space, so
 * "O*NET-SOC Code", "o_net_soc_code" and "2022 NAICS US   Code" compare as their words.
 */
final class Header {

    private final Path file;
    private final String displayName;
    private final List<String> names;
    private final List<String> original;
    private final int rowNumber;
    private final String linesAbove;
    private List<String> sample = List.of();
    private final java.util.BitSet used = new java.util.BitSet();

    Header(Path file, String displayName, List<String> original, int rowNumber, String linesAbove) {
        this.file = file;
        this.displayName = displayName;
        this.original = List.copyOf(original);
        this.rowNumber = rowNumber;
        this.linesAbove = linesAbove;
        List<String> normalized = new ArrayList<>();
        for (String name : original) {
            normalized.add(normalize(name));
        }
        this.names = normalized;
    }

    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    Path file() {
        return file;
    }

    String displayName() {
        return displayName;
    }

    int rowNumber() {
        return rowNumber;
    }

    /** Title lines above the header, where Census and BLS name the vintage ("JULY 2023", "2018 SOC"). */
    String linesAbove() {
        return linesAbove;
    }

    /** The columns the kind asked for while it made its targets: the only ones worth reading. */
    java.util.BitSet usedColumns() {
        return (java.util.BitSet) used.clone();
    }

    private Column use(Column column) {
        if (column.index() >= 0) {
            used.set(column.index());
        }
        return column;
    }

    /** The first data row under the header, for kinds whose rows say which dataset they feed. */
    List<String> sample() {
        return sample;
    }

    void sample(List<String> firstDataRow) {
        this.sample = List.copyOf(firstDataRow);
    }

    List<String> originalNames() {
        return original;
    }

    boolean has(String... normalizedNames) {
        for (String name : normalizedNames) {
            if (!names.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first column whose normalized name matches, or -1. */
    int indexMatching(Pattern pattern) {
        for (int i = 0; i < names.size(); i++) {
            if (pattern.matcher(names.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    Matcher matcherFor(Pattern pattern) {
        for (String name : names) {
            Matcher matcher = pattern.matcher(name);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    int index(String normalizedName) {
        return names.indexOf(normalizedName);
    }

    /** A column the kind cannot do without; its absence is a problem naming the column as published. */
    Column require(String displayName, String... alternatives) throws FileProblem {
        for (String alternative : alternatives) {
            int index = names.indexOf(alternative);
            if (index >= 0) {
                return use(new Column(original.get(index).trim(), index));
            }
        }
        throw new FileProblem("reference.problem.missingColumn", displayName);
    }

    Column require(String displayName, Pattern pattern) throws FileProblem {
        int index = indexMatching(pattern);
        if (index < 0) {
            throw new FileProblem("reference.problem.missingColumn", displayName);
        }
        return use(new Column(original.get(index).trim(), index));
    }

    /** A column by position, found by the kind's own rule (the latest "POPESTIMATE" year, say). */
    Column column(int index) {
        return index < 0 ? new Column("", -1) : use(new Column(original.get(index).trim(), index));
    }

    /** A column used when present. */
    Column optional(String... alternatives) {
        for (String alternative : alternatives) {
            int index = names.indexOf(alternative);
            if (index >= 0) {
                return use(new Column(original.get(index).trim(), index));
            }
        }
        return new Column("", -1);
    }

    /** A column by position in the file, and the name the file gives it (for messages). */
    record Column(String name, int index) {

        String in(List<String> cells) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            String value = cells.get(index);
            // Census titles carry trailing no-break spaces, which trim() does not remove
            return value == null ? "" : value.replace('\u00A0', ' ').strip();
        }

        boolean present() {
            return index >= 0;
        }
    }

    /** Something wrong with the file as a whole (a missing column, an unknown vintage). */
    static final class FileProblem extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        FileProblem(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    /** Something wrong with one value: the column it is in, and why. */
    static final class ValueProblem extends Exception {
        private final String column;
        private final String messageKey;
        private final transient Object[] arguments;

        ValueProblem(Column column, String messageKey, Object... arguments) {
            super(messageKey);
            this.column = column.name();
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String column() {
            return column;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }
}
