package org.pathways.employers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pathways.reference.SpreadsheetReader;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employer profiles from a spreadsheet (one row an employer) with the same rules as the form.
 * Columns are found by their headings, in English or Spanish; every row is checked, and if any row has a
 * problem nothing is saved and the report names each row and column.
 */
@Service
public class EmployerImport {

    static final int MAX_ROWS = 5_000;

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("employer", "name"), Map.entry("employer name", "name"), Map.entry("nombre", "name"),
            Map.entry("sector", "sector"),
            Map.entry("naics", "naicsCode"), Map.entry("naics code", "naicsCode"), Map.entry("codigo naics", "naicsCode"),
            Map.entry("industry", "industryDescription"), Map.entry("industry description", "industryDescription"),
            Map.entry("industria", "industryDescription"),
            Map.entry("enterprise", "enterpriseName"), Map.entry("enterprise name", "enterpriseName"), Map.entry("empresa", "enterpriseName"),
            Map.entry("website", "website"), Map.entry("sitio web", "website"),
            Map.entry("head count", "headCount"), Map.entry("employees", "headCount"), Map.entry("empleados", "headCount"),
            Map.entry("foreign", "foreign"), Map.entry("notes", "notes"), Map.entry("notas", "notes"));

    private final Employers employers;

    EmployerImport(Employers employers) {
        this.employers = employers;
    }

    /** A problem at a row (0 for the file) and column, with its message key and arguments. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    public record Report(int rows, int imported, List<Problem> problems) {
        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    @Transactional
    public Report importFile(Path file, boolean allowSameNames) {
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.readForImport(file, 20, MAX_ROWS + 1);
        if (sheet.refused()) {
            return new Report(0, 0, List.of(new Problem(0, "", sheet.refusalKey(), sheet.refusalArguments())));
        }
        List<Row> rows = sheet.rows();
        ImportColumns columns = ImportColumns.of(rows.get(0).cells(), HEADINGS);
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("name", "sector")) {
            if (!columns.has(required)) {
                problems.add(new Problem(0, "", "employerImport.missingColumn", new Object[] {required}));
            }
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() - 1, 0, problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return new Report(rows.size() - 1, 0, List.of(new Problem(0, "", "spreadsheet.tooManyRows", new Object[] {MAX_ROWS})));
        }
        Set<String> namesInFile = new HashSet<>();
        int imported = 0;
        for (Row row : rows.subList(1, rows.size())) {
            String name = columns.cell(row, "name");
            try {
                // the problems a row has before it reaches the profile's own rules, all named at once
                List<Problem> rowProblems = new ArrayList<>();
                if (name.isEmpty()) {
                    rowProblems.add(new Problem(row.number(), columns.heading("name"), "reference.problem.required", new Object[0]));
                }
                Sector sector = sector(columns.cell(row, "sector"));
                if (sector == null) {
                    rowProblems.add(new Problem(row.number(), columns.heading("sector"), "employerImport.badSector",
                            new Object[] {columns.cell(row, "sector")}));
                }
                Integer headCount = null;
                if (columns.has("headCount") && !columns.cell(row, "headCount").isEmpty()) {
                    try {
                        headCount = Integer.valueOf(columns.cell(row, "headCount").replace(",", ""));
                    } catch (NumberFormatException notANumber) {
                        rowProblems.add(new Problem(row.number(), columns.heading("headCount"), "reference.problem.notWholeNumber",
                                new Object[] {columns.cell(row, "headCount")}));
                    }
                }
                if (!name.isEmpty() && !namesInFile.add(name.toLowerCase(Locale.ROOT)) && !allowSameNames) {
                    rowProblems.add(new Problem(row.number(), columns.heading("name"), "employerImport.repeatedInFile", new Object[] {name}));
                }
                if (!rowProblems.isEmpty()) {
                    problems.addAll(rowProblems);
                    continue;
                }
                String foreign = columns.has("foreign") ? columns.cell(row, "foreign").toLowerCase(Locale.ROOT) : "";
                employers.create(new Employers.EmployerInput(name, sector, List.of("yes", "y", "true", "si", "sí", "x").contains(foreign),
                        columns.cell(row, "industryDescription"), columns.cell(row, "naicsCode"), columns.cell(row, "enterpriseName"),
                        columns.cell(row, "website"), headCount, columns.cell(row, "notes")), allowSameNames);
                imported++;
            } catch (InvalidInput invalid) {
                columns.addProblems(invalid, row, problems);
            }
        }
        return ImportColumns.finish(rows, imported, problems);
    }

    /** The sector's code or its name in either language ("Private, nonprofit", "Gobierno"). */
    static Sector sector(String text) {
        String value = normalize(text);
        for (Sector sector : Sector.values()) {
            if (normalize(sector.name()).equals(value)) {
                return sector;
            }
        }
        return switch (value) {
            case "private for profit", "for profit", "privado con fines de lucro", "business" -> Sector.PRIVATE_FOR_PROFIT;
            case "private nonprofit", "nonprofit", "non profit", "privado sin fines de lucro", "sin fines de lucro" -> Sector.PRIVATE_NONPROFIT;
            case "government", "public", "military", "gobierno" -> Sector.GOVERNMENT;
            case "education", "educacion" -> Sector.EDUCATION;
            case "community based", "community", "comunitario" -> Sector.COMMUNITY_BASED;
            default -> null;
        };
    }

    static String normalize(String text) {
        return org.pathways.shared.Text.folded(text);
    }
}
