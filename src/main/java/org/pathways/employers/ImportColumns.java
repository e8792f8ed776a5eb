package org.pathways.employers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.EmployerImport.Problem;
import org.pathways.employers.EmployerImport.Report;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.shared.InvalidInput;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The columns of an import file, found by their headings (any of the names, in English or Spanish, that
 * {@code known} maps to a field), with the headings as the file wrote them, for naming problems by column.
 */
record ImportColumns(Map<String, Integer> index, Map<String, String> headings) {

    static ImportColumns of(List<String> header, Map<String, String> known) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = known.get(EmployerImport.normalize(header.get(i)));
            if (field != null && !index.containsKey(field)) {
                index.put(field, i);
                headings.put(field, header.get(i).strip());
            }
        }
        return new ImportColumns(index, headings);
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    String heading(String field) {
        return headings.getOrDefault(field, field);
    }

    /** The row's value in the field's column, or null when the file has no such column. */
    String cell(Row row, String field) {
        Integer i = index.get(field);
        return i == null ? null : row.cell(i);
    }

    /** A service's refusal of one row, as problems at that row, each under the column it concerns. */
    void addProblems(InvalidInput invalid, Row row, List<Problem> problems) {
        for (InvalidInput problem : invalid.problems()) {
            problems.add(new Problem(row.number(), heading(problem.field()), problem.messageKey(), problem.arguments()));
        }
    }

    /** All or nothing: with any problem, the rows that passed are not kept either. */
    static Report finish(List<Row> rows, int imported, List<Problem> problems) {
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Report(rows.size() - 1, 0, problems);
        }
        return new Report(rows.size() - 1, imported, List.of());
    }
}
