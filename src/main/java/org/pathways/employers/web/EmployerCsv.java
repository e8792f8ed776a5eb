package org.pathways.employers.web;

import java.io.PrintWriter;

import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerSummary;

/** Writes the employer list as CSV a page at a time, so a large list streams instead of filling memory. */
final class EmployerCsv {

    private static final int PAGE = 200;

    private EmployerCsv() {
    }

    static void write(Employers employers, EmployerQuery query, PrintWriter out) {
        out.print('\uFEFF'); // spreadsheets open UTF-8 correctly only with the byte-order mark
        out.println("id,name,sector,naics_code,naics_title,establishments,places,head_count,critical_jobs,archived");
        employers.forEachPage(query, PAGE, items -> {
            for (EmployerSummary e : items) {
                out.println(String.join(",", Long.toString(e.id()), cell(e.name()), e.sector().name(), cell(e.naicsCode()),
                        cell(e.naicsTitle()), Integer.toString(e.establishments()), cell(e.places()),
                        e.headCount() == null ? "" : e.headCount().toString(), Integer.toString(e.criticalJobs()),
                        Boolean.toString(e.archived())));
            }
            out.flush();
        });
        out.flush();
    }

    /** Quotes every value and neutralises formulas, so a name like "=HYPERLINK(…)" cannot run in a spreadsheet. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
