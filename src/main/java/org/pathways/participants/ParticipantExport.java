package org.pathways.participants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.pathways.participants.Circumstances.CircumstancesView;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.reference.ReferenceSearch;
import org.pathways.shared.Csv;
import org.pathways.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPSO's own participants as CSV, with the import's headings (English or Spanish) so a file can go out and come back.
 * The confidential circumstances stay out unless an organization administrator asks for them, with a reason: then each
 * person's populations and barriers (kinds and statuses; the notes never leave Pathways) are read one by one, every read in
 * that person's access log, and the export itself audited with its reason and count. Erased people are not exported.
 */
@Service
public class ParticipantExport {

    /** What to export: the confidential columns only when asked, by an administrator, with a reason. */
    public record ExportRequest(boolean confidential, @Size(max = 500) String reason) {
    }

    private static final List<String> ENGLISH = List.of("Given name", "Family name", "Preferred name", "Language", "Email", "Phone",
            "County FIPS", "County name", "Birth date", "Program entry", "Program exit", "Strengths", "Skills", "Credentials",
            "Goals", "Staff member", "Latest referral", "Latest stage");
    private static final List<String> SPANISH = List.of("Nombre", "Apellidos", "Nombre preferido", "Idioma", "Correo", "Teléfono",
            "Condado", "Nombre del condado", "Fecha de nacimiento", "Fecha de entrada", "Fecha de salida", "Fortalezas", "Habilidades",
            "Credenciales", "Metas", "Persona del equipo", "Última referencia", "Última etapa");

    private final JdbcClient jdbc;
    private final ReferenceSearch reference;
    private final Circumstances circumstances;
    private final InputValidation validation;
    private final AuditLog audit;

    ParticipantExport(JdbcClient jdbc, ReferenceSearch reference, Circumstances circumstances, InputValidation validation,
                      AuditLog audit) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.circumstances = circumstances;
        this.validation = validation;
        this.audit = audit;
    }

    /** Checks a request before anything is written: a page can then refuse it with a message instead of half a file. */
    public void check(ExportRequest request) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff export its participants");
        validation.check(request);
        if (request.confidential() && !user.has(Role.ORG_ADMIN)) {
            throw new InvalidInput("confidential", "participantExport.adminOnly");
        }
        if (request.confidential() && (request.reason() == null || request.reason().strip().length() < 10)) {
            throw new InvalidInput("reason", "participantExport.reasonRequired");
        }
    }

    /** Writes the file and answers how many people it holds. */
    @Transactional
    public int write(ExportRequest request, Locale language, Writer out) {
        check(request);
        PathwaysUser user = PathwaysUser.current();
        boolean spanish = "es".equals(language.getLanguage());
        List<String> headings = new java.util.ArrayList<>(spanish ? SPANISH : ENGLISH);
        if (request.confidential()) {
            headings.addAll(spanish ? List.of("Poblaciones", "Barreras") : List.of("Populations", "Barriers"));
        }
        List<ExportRow> rows = rows(user.organizationId());
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(headings.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n");
            for (ExportRow row : rows) {
                List<String> cells = new java.util.ArrayList<>(row.cells());
                if (request.confidential()) {
                    CircumstancesView situation = circumstances.readFor(row.id(), Circumstances.Read.EXPORT);
                    cells.add(situation.populations().stream().map(Enum::name).collect(Collectors.joining("; ")));
                    cells.add(situation.barriers().stream()
                            .map(b -> b.kind().name() + (b.status() == null ? "" : " (" + b.status().name() + ")"))
                            .collect(Collectors.joining("; ")));
                }
                out.write(cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the audit names the act, how many and why; never what the file holds
        audit.record("participant.exported", null, null, rows.size() + " participants"
                + (request.confidential() ? ", with the confidential columns: " + request.reason().strip() : ""));
        return rows.size();
    }

    private record ExportRow(long id, List<String> cells) {
    }

    private List<ExportRow> rows(long organizationId) {
        java.util.Map<String, String> countyNames = new java.util.HashMap<>();
        return jdbc.sql("""
                        select p.id, p.given_name, p.family_name, p.preferred_name, p.preferred_language, p.email, p.phone, p.county_fips,
                               null as county_name, p.birth_date, p.program_entry, p.program_exit, p.strengths,
                               (select string_agg(s.name, '; ' order by s.position) from participant_skill s
                                 where s.participant_id = p.id),
                               (select string_agg(k.kind || coalesce(': ' || k.name, ''), '; ' order by k.position)
                                  from participant_credential k where k.participant_id = p.id),
                               (select string_agg(g.soc_code, '; ' order by g.position) from participant_goal g
                                 where g.participant_id = p.id),
                               u.display_name,
                               (select j.employer_title || ', ' || e.name from referral r
                                  join critical_job_directory j on j.id = r.critical_job_id
                                  join employer_directory e on e.id = r.employer_id
                                 where r.participant_id = p.id order by r.stage_on desc, r.id desc limit 1),
                               (select r.stage from referral r where r.participant_id = p.id order by r.stage_on desc, r.id desc limit 1)
                        from participant p left join person_directory u on u.id = p.staff_user_id
                        where p.organization_id = ? and p.erased_at is null
                        order by lower(p.family_name), lower(p.given_name), p.id""").param(organizationId)
                .query((rs, n) -> {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int i = 2; i <= 19; i++) {
                        Object value = rs.getObject(i);
                        cells.add(value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value.toString());
                    }
                    // the county's name as the pages write it ("Franklin County, OH"), looked up once a county
                    String fips = cells.get(6);
                    cells.set(7, fips == null ? null : countyNames.computeIfAbsent(fips,
                            f -> reference.county(f).map(ReferenceSearch.CountyMatch::title).orElse(f)));
                    return new ExportRow(rs.getLong(1), cells);
                }).list();
    }
}
