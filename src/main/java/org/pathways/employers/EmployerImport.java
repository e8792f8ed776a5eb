package org.pathways.employers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.transaction.interceptor.TransactionAspectSupport;

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
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADINGS.get(normalize(header.get(i)));
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, i);
                headings.put(field, header.get(i).strip());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("name", "sector")) {
            if (!columns.containsKey(required)) {
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
            String name = row.cell(columns.get("name"));
            try {
                // the problems a row has before it reaches the profile's own rules, all named at once
                List<Problem> rowProblems = new ArrayList<>();
                if (name.isEmpty()) {
                    rowProblems.add(new Problem(row.number(), headings.get("name"), "reference.problem.required", new Object[0]));
                }
                Sector sector = sector(row.cell(columns.get("sector")));
                if (sector == null) {
                    rowProblems.add(new Problem(row.number(), headings.get("sector"), "employerImport.badSector",
                            new Object[] {row.cell(columns.get("sector"))}));
                }
                Integer headCount = null;
                if (columns.containsKey("headCount") && !row.cell(columns.get("headCount")).isEmpty()) {
                    try {
                        headCount = Integer.valueOf(row.cell(columns.get("headCount")).replace(",", ""));
                    } catch (NumberFormatException notANumber) {
                        rowProblems.add(new Problem(row.number(), headings.get("headCount"), "reference.problem.notWholeNumber",
                                new Object[] {row.cell(columns.get("headCount"))}));
                    }
                }
                if (!name.isEmpty() && !namesInFile.add(name.toLowerCase(Locale.ROOT)) && !allowSameNames) {
                    rowProblems.add(new Problem(row.number(), headings.get("name"), "employerImport.repeatedInFile", new Object[] {name}));
                }
                if (!rowProblems.isEmpty()) {
                    problems.addAll(rowProblems);
                    continue;
                }
                String foreign = columns.containsKey("foreign") ? row.cell(columns.get("foreign")).toLowerCase(Locale.ROOT) : "";
                employers.create(new Employers.EmployerInput(name, sector, List.of("yes", "y", "true", "si", "sí", "x").contains(foreign),
                        cell(row, columns, "industryDescription"), cell(row, columns, "naicsCode"), cell(row, columns, "enterpriseName"),
                        cell(row, columns, "website"), headCount, cell(row, columns, "notes")), allowSameNames);
                imported++;
            } catch (InvalidInput invalid) {
                for (InvalidInput problem : invalid.problems()) {
                    problems.add(new Problem(row.number(), headings.getOrDefault(problem.field(), problem.field()), problem.messageKey(),
                            problem.arguments()));
                }
            }
        }
        if (!problems.isEmpty()) {
            // all or nothing: the rows that passed are not kept either
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Report(rows.size() - 1, 0, problems);
        }
        return new Report(rows.size() - 1, imported, List.of());
    }

    private static String cell(Row row, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null ? null : row.cell(index);
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
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
