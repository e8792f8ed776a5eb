package org.pathways.employers.web;

import java.io.PrintWriter;

import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerSummary;
import org.pathways.shared.Csv;

/** Writes the employer list as CSV a page at a time, so a large list streams instead of filling memory. */
final class EmployerCsv {

    private static final int PAGE = 200;

    private EmployerCsv() {
    }

    static void write(Employers employers, EmployerQuery query, PrintWriter out) {
        out.print(Csv.BYTE_ORDER_MARK);
        out.println("id,name,sector,naics_code,naics_title,establishments,places,head_count,critical_jobs,archived");
        employers.forEachPage(query, PAGE, items -> {
            for (EmployerSummary e : items) {
                out.println(String.join(",", Long.toString(e.id()), Csv.cell(e.name()), e.sector().name(), Csv.cell(e.naicsCode()),
                        Csv.cell(e.naicsTitle()), Integer.toString(e.establishments()), Csv.cell(e.places()),
                        e.headCount() == null ? "" : e.headCount().toString(), Integer.toString(e.criticalJobs()),
                        Boolean.toString(e.archived())));
            }
            out.flush();
        });
        out.flush();
    }
}
