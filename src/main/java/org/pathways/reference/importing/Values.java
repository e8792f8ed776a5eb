package org.pathways.reference.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.pathways.reference.importing.Header.Column;
import org.pathways.reference.importing.Header.ValueProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Reads one cell as the kind of value a column holds, or says precisely what is wrong with it. */
final class Values {

    static final Pattern NAICS = Pattern.compile("\\d{2,6}|\\d{2}-\\d{2}");
    static final Pattern NAICS_6 = Pattern.compile("\\d{6}");
    static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    static final Pattern ONET = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    static final Pattern COUNTY_FIPS = Pattern.compile("\\d{5}");
    static final Pattern STATE_FIPS = Pattern.compile("\\d{2}");
    static final Pattern CBSA = Pattern.compile("\\d{5}");

    private Values() {
    }

    static String text(Column column, List<String> cells) {
        String value = column.in(cells);
        return value.isEmpty() ? null : value;
    }

    static String required(Column column, List<String> cells) throws ValueProblem {
        String value = column.in(cells);
        if (value.isEmpty()) {
            throw new ValueProblem(column, "reference.problem.required");
        }
        return value;
    }

    /** A code in the published format; formatKey names the format in the reader's language. */
    static String code(Column column, List<String> cells, Pattern format, String formatKey) throws ValueProblem {
        String value = unquoteFormula(required(column, cells));
        if (!format.matcher(value).matches()) {
            throw new ValueProblem(column, "reference.problem.badCode", value, new DefaultMessageSourceResolvable(formatKey));
        }
        return value;
    }

    /** A FIPS code that a spreadsheet may have stored as a number and so lost its leading zeros. */
    static String fips(Column column, List<String> cells, int digits, Pattern format, String formatKey) throws ValueProblem {
        String value = required(column, cells);
        if (value.matches("\\d{1," + digits + "}")) {
            value = "0".repeat(digits - value.length()) + value;
        }
        if (!format.matcher(value).matches()) {
            throw new ValueProblem(column, "reference.problem.badCode", value, new DefaultMessageSourceResolvable(formatKey));
        }
        return value;
    }

    /** BLS exports write codes as ="13-2011" so spreadsheets keep them as text. */
    static String unquoteFormula(String value) {
        if (value.startsWith("=\"") && value.endsWith("\"")) {
            return value.substring(2, value.length() - 1);
        }
        return value;
    }

    /** A number as published ("1,579.80", "81,680"); blank is no value. */
    static String decimal(Column column, List<String> cells) throws ValueProblem {
        String value = column.in(cells).replace(",", "").replace("$", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new ValueProblem(column, "reference.problem.notNumber", column.in(cells));
        }
    }

    static String requiredDecimal(Column column, List<String> cells) throws ValueProblem {
        String value = decimal(column, cells);
        if (value == null) {
            throw new ValueProblem(column, "reference.problem.required");
        }
        return value;
    }

    static String integer(Column column, List<String> cells, int min, int max) throws ValueProblem {
        String value = decimal(column, cells);
        if (value == null) {
            return null;
        }
        try {
            int number = new BigDecimal(value).intValueExact();
            if (number < min || number > max) {
                throw new ValueProblem(column, "reference.problem.outOfRange", column.in(cells), min, max);
            }
            return Integer.toString(number);
        } catch (ArithmeticException fraction) {
            throw new ValueProblem(column, "reference.problem.notWholeNumber", column.in(cells));
        }
    }

    static String yesNo(Column column, List<String> cells) throws ValueProblem {
        String value = column.in(cells);
        return switch (value.toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES", "TRUE", "X" -> "t";
            case "N", "NO", "FALSE", "" -> "f";
            default -> throw new ValueProblem(column, "reference.problem.notYesNo", value);
        };
    }
}
