package org.pathways.participants;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.participants.Circumstances.Barrier;
import org.pathways.participants.Circumstances.BarrierKind;
import org.pathways.participants.Circumstances.BarrierStatus;
import org.pathways.participants.Circumstances.CircumstancesInput;
import org.pathways.participants.Participants.ParticipantInput;
import org.pathways.participants.Participants.Skill;
import org.pathways.reference.SpreadsheetReader;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports participants from CSV or .xlsx, one row a person, with the form's rules: columns by their headings in English or
 * Spanish, lists in a cell separated by semicolons (skills, goals as SOC codes, populations, barriers as kinds), every row
 * checked, and all or nothing: every row is checked first, with any problem nothing is written and the report names each
 * row and column; then all of them are written at once with COPY. The confidential columns (populations, barriers) go
 * straight into the sealed store, open barriers each.
 */
@Service
public class ParticipantImport {

    static final int MAX_ROWS = 100_000;
    static final int MAX_FILE_MEGABYTES = 60;

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("given name", "givenName"), Map.entry("first name", "givenName"), Map.entry("nombre", "givenName"),
            Map.entry("family name", "familyName"), Map.entry("last name", "familyName"), Map.entry("apellidos", "familyName"),
            Map.entry("apellido", "familyName"),
            Map.entry("preferred name", "preferredName"), Map.entry("nombre preferido", "preferredName"),
            Map.entry("language", "preferredLanguage"), Map.entry("preferred language", "preferredLanguage"),
            Map.entry("idioma", "preferredLanguage"),
            Map.entry("email", "email"), Map.entry("correo", "email"), Map.entry("correo electronico", "email"),
            Map.entry("phone", "phone"), Map.entry("telefono", "phone"),
            Map.entry("county", "countyFips"), Map.entry("county fips", "countyFips"), Map.entry("condado", "countyFips"),
            Map.entry("birth date", "birthDate"), Map.entry("date of birth", "birthDate"), Map.entry("fecha de nacimiento", "birthDate"),
            Map.entry("program entry", "programEntry"), Map.entry("entry date", "programEntry"),
            Map.entry("fecha de entrada", "programEntry"),
            Map.entry("strengths", "strengths"), Map.entry("fortalezas", "strengths"),
            Map.entry("skills", "skills"), Map.entry("habilidades", "skills"),
            Map.entry("goals", "goals"), Map.entry("goal soc", "goals"), Map.entry("metas", "goals"),
            Map.entry("populations", "populations"), Map.entry("poblaciones", "populations"),
            Map.entry("barriers", "barriers"), Map.entry("barreras", "barriers"));

    /** A problem at a row (0 for the file) and column, with its message key and arguments. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    public record Report(int rows, int imported, List<Problem> problems) {
        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    private final Participants participants;

    ParticipantImport(Participants participants) {
        this.participants = participants;
    }

    @Transactional
    public Report importFile(Path file) {
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.readForImport(file, MAX_FILE_MEGABYTES, MAX_ROWS + 1);
        if (sheet.refused()) {
            return new Report(0, 0, List.of(new Problem(0, "", sheet.refusalKey(), sheet.refusalArguments())));
        }
        List<Row> rows = sheet.rows();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADINGS.get(normalize(header.get(i)));
            if (field != null && !index.containsKey(field)) {
                index.put(field, i);
                headings.put(field, header.get(i).strip());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("givenName", "familyName")) {
            if (!index.containsKey(required)) {
                problems.add(new Problem(0, "", "participantImport.missingColumn", new Object[] {required}));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(0, "", "spreadsheet.tooManyRows", new Object[] {MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() - 1, 0, problems);
        }
        Participants.Lookups lookups = participants.lookups();
        List<Participants.ImportRow> ready = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Cells cells = new Cells(row, index, headings);
            List<Problem> rowProblems = new ArrayList<>();
            LocalDate born = cells.date("birthDate", rowProblems);
            LocalDate entry = cells.date("programEntry", rowProblems);
            List<Population> populations = cells.list("populations").stream().map(p -> population(p, cells, rowProblems)).toList();
            List<Barrier> barriers = cells.list("barriers").stream()
                    .map(b -> new Barrier(barrierKind(b, cells, rowProblems), BarrierStatus.OPEN, null, List.of())).toList();
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                continue;
            }
            boolean confidential = !populations.isEmpty() || !barriers.isEmpty();
            ParticipantInput input = new ParticipantInput(cells.get("givenName"), cells.get("familyName"), cells.get("preferredName"), null,
                    language(cells.get("preferredLanguage")), cells.get("email"), cells.get("phone"), null, cells.get("countyFips"), born,
                    entry, null, cells.get("strengths"), null, null, null, null, null, null, null, null, null, null, null,
                    cells.list("skills").stream().map(s -> new Skill(null, s)).toList(), List.of(), List.of(), cells.list("goals"), null,
                    confidential ? new CircumstancesInput(populations, barriers) : null);
            try {
                ready.add(participants.checkForImport(input, lookups));
            } catch (InvalidInput invalid) {
                for (InvalidInput problem : invalid.problems()) {
                    problems.add(new Problem(row.number(), cells.heading(problem.field()), problem.messageKey(), problem.arguments()));
                }
            }
        }
        if (!problems.isEmpty()) {
            // all or nothing: every row is checked before any is written, so nothing was
            return new Report(rows.size() - 1, 0, problems);
        }
        return new Report(rows.size() - 1, participants.createAll(ready), List.of());
    }

    /** One row's cells by field, with the file's own heading for each problem. */
    private record Cells(Row row, Map<String, Integer> index, Map<String, String> headings) {

        String get(String field) {
            Integer i = index.get(field);
            String value = i == null ? null : row.cell(i);
            return value == null || value.isBlank() ? null : value.strip();
        }

        List<String> list(String field) {
            String value = get(field);
            return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        LocalDate date(String field, List<Problem> problems) {
            String value = get(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                problems.add(new Problem(row.number(), heading(field), "participantImport.badDate", new Object[] {value}));
                return null;
            }
        }

        /** The column a field's problem belongs to: "goals[1]" to the goals column, "circumstances.barriers[0].kind" to barriers. */
        String heading(String field) {
            String base = field.startsWith("circumstances.") ? field.substring("circumstances.".length()) : field;
            base = base.replaceAll("[\\[.].*", "");
            return headings.getOrDefault(base, base);
        }
    }

    private static String language(String text) {
        String value = normalize(text);
        return switch (value) {
            case "", "en", "english", "ingles" -> "en";
            case "es", "spanish", "espanol" -> "es";
            default -> text;
        };
    }

    private static Population population(String text, Cells cells, List<Problem> problems) {
        String value = normalize(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        try {
            return Population.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(cells.row().number(), cells.heading("populations"), "participantImport.badPopulation",
                    new Object[] {text}));
            return null;
        }
    }

    private static BarrierKind barrierKind(String text, Cells cells, List<Problem> problems) {
        String value = normalize(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        try {
            return BarrierKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(cells.row().number(), cells.heading("barriers"), "participantImport.badBarrier", new Object[] {text}));
            return null;
        }
    }

    static String normalize(String text) {
        return Text.folded(text);
    }
}
