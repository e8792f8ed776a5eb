package org.pathways.employers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.EmployerImport.Problem;
import org.pathways.employers.EmployerImport.Report;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.SpreadsheetReader;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports critical jobs of employers the organization already keeps (one row a job), with the same rules as the
 * form: the employer by its name, the establishment by its name within it, SOC, pay and ranks checked. All or
 * nothing, with every problem named by row and column. Pain points stay on the form: a ranked list does not fit
 * a cell.
 */
@Service
public class CriticalJobImport {

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("employer", "employer"), Map.entry("employer name", "employer"), Map.entry("empleador", "employer"),
            Map.entry("title", "employerTitle"), Map.entry("job title", "employerTitle"), Map.entry("job", "employerTitle"),
            Map.entry("puesto", "employerTitle"), Map.entry("titulo", "employerTitle"),
            Map.entry("soc", "socCode"), Map.entry("soc code", "socCode"), Map.entry("codigo soc", "socCode"),
            Map.entry("establishment", "establishment"), Map.entry("site", "establishment"), Map.entry("establecimiento", "establishment"),
            Map.entry("function", "businessFunction"), Map.entry("business function", "businessFunction"), Map.entry("funcion", "businessFunction"),
            Map.entry("positions", "positions"), Map.entry("puestos", "positions"), Map.entry("openings", "openings"),
            Map.entry("vacantes", "openings"), Map.entry("pay min", "payMin"), Map.entry("pay from", "payMin"), Map.entry("pago minimo", "payMin"),
            Map.entry("pay max", "payMax"), Map.entry("pay to", "payMax"), Map.entry("pago maximo", "payMax"),
            Map.entry("pay unit", "payUnit"), Map.entry("unidad de pago", "payUnit"), Map.entry("rank", "criticalityRank"),
            Map.entry("criticality rank", "criticalityRank"), Map.entry("prioridad", "criticalityRank"));

    private final CriticalJobs criticalJobs;
    private final JdbcClient jdbc;

    CriticalJobImport(CriticalJobs criticalJobs, JdbcClient jdbc) {
        this.criticalJobs = criticalJobs;
        this.jdbc = jdbc;
    }

    @Transactional
    public Report importFile(Path file) {
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.readForImport(file, 20, EmployerImport.MAX_ROWS + 1);
        if (sheet.refused()) {
            return new Report(0, 0, List.of(new Problem(0, "", sheet.refusalKey(), sheet.refusalArguments())));
        }
        List<Row> rows = sheet.rows();
        ImportColumns columns = ImportColumns.of(rows.get(0).cells(), HEADINGS);
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("employer", "employerTitle")) {
            if (!columns.has(required)) {
                problems.add(new Problem(0, "", "employerImport.missingColumn", new Object[] {required.equals("employer") ? "employer" : "title"}));
            }
        }
        if (rows.size() - 1 > EmployerImport.MAX_ROWS) {
            problems.add(new Problem(0, "", "spreadsheet.tooManyRows", new Object[] {EmployerImport.MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() - 1, 0, problems);
        }
        Map<String, List<Long>> employersByName = new HashMap<>();
        jdbc.sql("select id, name from employer where organization_id = ? and archived_at is null")
                .param(PathwaysUser.current().organizationId())
                .query((rs, n) -> employersByName.computeIfAbsent(EmployerImport.normalize(rs.getString(2)), k -> new ArrayList<>()).add(rs.getLong(1)))
                .list();
        int imported = 0;
        for (Row row : rows.subList(1, rows.size())) {
            List<Problem> rowProblems = new ArrayList<>();
            String employerName = cell(row, columns, "employer");
            List<Long> matches = employersByName.getOrDefault(EmployerImport.normalize(employerName), List.of());
            if (matches.isEmpty()) {
                rowProblems.add(new Problem(row.number(), columns.heading("employer"), "criticalJobImport.unknownEmployer", new Object[] {employerName}));
            } else if (matches.size() > 1) {
                rowProblems.add(new Problem(row.number(), columns.heading("employer"), "criticalJobImport.ambiguousEmployer", new Object[] {employerName}));
            }
            Integer positions = whole(row, columns, "positions", rowProblems);
            Integer openings = whole(row, columns, "openings", rowProblems);
            Integer rank = whole(row, columns, "criticalityRank", rowProblems);
            BigDecimal payMin = amount(row, columns, "payMin", rowProblems);
            BigDecimal payMax = amount(row, columns, "payMax", rowProblems);
            CriticalJobs.PayUnit payUnit = null;
            String unit = EmployerImport.normalize(cell(row, columns, "payUnit"));
            switch (unit) {
                case "" -> { }
                case "hour", "hourly", "hora", "por hora" -> payUnit = CriticalJobs.PayUnit.HOUR;
                case "year", "yearly", "annual", "ano", "anual", "salary" -> payUnit = CriticalJobs.PayUnit.YEAR;
                default -> rowProblems.add(new Problem(row.number(), columns.heading("payUnit"), "criticalJobImport.badPayUnit",
                        new Object[] {cell(row, columns, "payUnit")}));
            }
            Long establishmentId = null;
            String establishment = cell(row, columns, "establishment");
            if (matches.size() == 1 && !establishment.isEmpty()) {
                establishmentId = jdbc.sql("select min(id) from establishment where employer_id = ? and lower(name) = lower(?)")
                        .params(matches.get(0), establishment.strip()).query(Long.class).optional().orElse(null);
                if (establishmentId == null) {
                    rowProblems.add(new Problem(row.number(), columns.heading("establishment"), "criticalJobImport.unknownEstablishment",
                            new Object[] {establishment, employerName}));
                }
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                continue;
            }
            try {
                String soc = cell(row, columns, "socCode");
                criticalJobs.add(matches.get(0), new CriticalJobs.CriticalJobInput(cell(row, columns, "employerTitle"), soc.isEmpty() ? null : soc,
                        !soc.isEmpty(), establishmentId, cell(row, columns, "businessFunction"), positions, openings, payMin, payMax, payUnit, rank,
                        List.of()));
                imported++;
            } catch (InvalidInput invalid) {
                columns.addProblems(invalid, row, problems);
            }
        }
        return ImportColumns.finish(rows, imported, problems);
    }

    /** The cell, trimmed; empty when the file has no such column. */
    private static String cell(Row row, ImportColumns columns, String field) {
        String value = columns.cell(row, field);
        return value == null ? "" : value.strip();
    }

    private static Integer whole(Row row, ImportColumns columns, String field, List<Problem> problems) {
        String text = cell(row, columns, field).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), columns.heading(field), "reference.problem.notWholeNumber", new Object[] {text}));
            return null;
        }
    }

    private static BigDecimal amount(Row row, ImportColumns columns, String field, List<Problem> problems) {
        String text = cell(row, columns, field).replace(",", "").replace("$", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), columns.heading(field), "criticalJobImport.badAmount", new Object[] {cell(row, columns, field)}));
            return null;
        }
    }
}
