package org.pathways.talentflow;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.SpreadsheetReader;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.JobChoice;
import org.pathways.talentflow.Hires.SeparationReason;
import org.pathways.talentflow.Hires.WageUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an employer's hires from an applicant-tracking or HR export (CSV or .xlsx): columns found by their headings,
 * in English or Spanish and as the common systems write them ("Candidate Name", "First Name"/"Last Name", "Hire Date" or
 * "Start Date", "Job Title" or "Requisition", "Source", "Termination Date", "Zip"…). Every row meets the form's rules,
 * and all or nothing: with any problem nothing is written and each is named by row and column. A source that no provider
 * goes by is never made a provider on its own: the file waits at a review step where the person places each such name
 * (a provider that exists, which then remembers the name, or a new one of a kind they choose). The same person in the same
 * job on the same day is one hire, so a file imported twice adds nothing; a later file with a termination date closes it.
 */
@Service
public class HireImport {

    static final int MAX_ROWS = 100_000;
    static final int MAX_FILE_MEGABYTES = 40;

    /** Headings as they come, folded (no case, accents or punctuation), to the field they fill. */
    private static final Map<String, String> HEADINGS = headings(
            "person", "candidate name|candidate|employee name|employee|name|full name|worker|nombre completo|nombre|candidato|empleado",
            "personId", "employee id|employee number|candidate id|applicant id|worker id|id|numero de empleado|id de empleado",
            "givenName", "first name|given name|legal first name|nombre de pila",
            "familyName", "last name|family name|surname|legal last name|apellido|apellidos",
            "job", "job title|job|title|position|position title|requisition|requisition title|job requisition|critical job|puesto"
                    + "|titulo del puesto|cargo|vacante",
            "soc", "soc|soc code|occupation code|codigo soc",
            "hiredOn", "hire date|start date|date hired|hired on|original hire date|fecha de contratacion|fecha de inicio|fecha de ingreso",
            "separatedOn",
                    "termination date|separation date|end date|term date|last day|fecha de baja|fecha de terminacion|fecha de salida",
            "reason", "termination reason|separation reason|reason for leaving|term reason|motivo de baja|motivo de salida",
            "source", "source|referral source|candidate source|recruiting source|applicant source|hire source|fuente|origen"
                    + "|fuente de reclutamiento",
            "sourceType", "source type|source category|tipo de fuente",
            "upstream", "upstream provider|upstream providers|prior program|previous provider|proveedor anterior",
            "program", "program|training program|programa",
            "credential", "credential|credential earned|credencial",
            "county", "county|county fips|county of residence|condado",
            "zip", "zip|zip code|zipcode|postal code|home zip|codigo postal",
            "wage", "wage|pay rate|rate|starting wage|starting pay|pay|salario|sueldo",
            "hourlyWage", "hourly rate|hourly wage|hourly pay|salario por hora",
            "yearlyWage", "salary|annual salary|base salary|yearly salary|salario anual",
            "wageUnit", "pay unit|pay frequency|pay basis|rate type|unidad de pago",
            "employer", "employer|employer name|company|company name|empresa",
            "populations", "populations|opportunity populations|poblaciones");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("M/d/uu"));

    /** A problem at a row (0 for the file) and column, with its message key and arguments. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    /** A source no provider goes by: how often the file names it, its first row, and the file's own source type for it. */
    public record UnknownSource(String name, int rows, int firstRow, String sourceType) {
    }

    /** What the person decided for a source name at the review step: an existing provider, or a new one of this kind. */
    public record Placement(String name, Long providerId, Providers.Kind newKind) {
    }

    /**
     * The outcome. With problems nothing was written. With unknown sources and no problem, nothing was written either: the
     * file waits under {@code pendingId} for the review step.
     */
    public record Report(int rows, int added, int updated, int unchanged, List<Problem> problems, List<UnknownSource> unknownSources,
                         List<String> unusedColumns, Long pendingId) {

        public boolean failed() {
            return !problems.isEmpty();
        }

        public boolean needsReview() {
            return problems.isEmpty() && !unknownSources.isEmpty();
        }
    }

    private final Hires hires;
    private final HireRows rows;
    private final ApplicationEventPublisher events;
    private final Providers providers;
    private final AuditLog audit;

    HireImport(Hires hires, HireRows rows, Providers providers, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.hires = hires;
        this.rows = rows;
        this.providers = providers;
        this.audit = audit;
    }

    /** Checks a file and, when nothing is wrong and every source is known, writes it; otherwise keeps it for the review. */
    @Transactional
    public Report importFile(long employerId, Path file, String fileName) throws IOException {
        PathwaysUser user = PathwaysUser.currentEditor();
        hires.employer(employerId);
        Report report = run(employerId, file, Map.of());
        if (report.needsReview()) {
            long pending = rows.keepPending(user.organizationId(), employerId, fileName, Files.readAllBytes(file), user.username());
            return new Report(report.rows(), 0, 0, 0, List.of(), report.unknownSources(), report.unusedColumns(), pending);
        }
        return report;
    }

    /**
     * The review step: the file kept under {@code pendingId} imported with each unknown source placed. A name left unplaced,
     * a provider that does not exist or a new provider without a kind comes back as a problem, and nothing is written.
     */
    @Transactional
    public Report placeAndImport(long employerId, long pendingId, List<Placement> placements) throws IOException {
        PathwaysUser user = PathwaysUser.currentEditor();
        hires.employer(employerId);
        HireRows.Pending pending = rows.pending(user.organizationId(), employerId, pendingId)
                .orElseThrow(() -> new NotFound("hireImport", pendingId));
        Map<String, Placement> byName = byName(placements);
        Path file = Files.createTempFile("pathways-hires", suffix(pending.fileName()));
        try {
            Files.write(file, pending.content());
            Report report = run(employerId, file, byName);
            if (!report.failed() && !report.needsReview()) {
                rows.dropPending(pendingId);
            }
            return report.needsReview() ? new Report(report.rows(), 0, 0, 0, report.problems(), report.unknownSources(),
                    report.unusedColumns(), pendingId) : report;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** For the API: the file with the sources the caller placed (no file is kept; the caller sends it again). */
    @Transactional
    public Report importWithPlacements(long employerId, Path file, List<Placement> placements) {
        PathwaysUser.currentEditor();
        hires.employer(employerId);
        return run(employerId, file, byName(placements));
    }

    private static Map<String, Placement> byName(List<Placement> placements) {
        Map<String, Placement> byName = new LinkedHashMap<>();
        for (Placement placement : placements) {
            if (placement != null && Text.blankToNull(placement.name()) != null) {
                byName.put(Text.folded(placement.name()), placement);
            }
        }
        return byName;
    }

    /** The file's name as kept for the review (for the page to say which file it is). */
    public String pendingFileName(long employerId, long pendingId) {
        return rows.pending(PathwaysUser.current().organizationId(), employerId, pendingId).map(HireRows.Pending::fileName)
                .orElseThrow(() -> new NotFound("hireImport", pendingId));
    }

    private Report run(long employerId, Path file, Map<String, Placement> placements) {
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.readForImport(file, MAX_FILE_MEGABYTES, MAX_ROWS + 1);
        if (sheet.refused()) {
            return failure(0, new Problem(0, "", sheet.refusalKey(), sheet.refusalArguments()));
        }
        List<Row> all = sheet.rows();
        Columns columns = Columns.of(all.get(0).cells());
        List<Problem> problems = new ArrayList<>();
        if (!columns.has("hiredOn")) {
            problems.add(new Problem(0, "", "hireImport.missingColumn", new Object[] {"Hire Date / Start Date"}));
        }
        if (!columns.has("job") && !columns.has("soc")) {
            problems.add(new Problem(0, "", "hireImport.missingColumn", new Object[] {"Job Title / Requisition"}));
        }
        if (all.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(0, "", "spreadsheet.tooManyRows", new Object[] {MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new Report(all.size() - 1, 0, 0, 0, problems, List.of(), columns.unused(), null);
        }
        List<Row> body = all.subList(1, all.size());
        String employerName = hires.employer(employerId).name();
        Hires.Lookups lookups = hires.lookups(employerId);
        JobIndex jobIndex = JobIndex.of(lookups.jobs());

        // the sources: known by name or another name, placed at the review step, or unknown
        Map<String, Long> known = new HashMap<>();
        Map<String, UnknownSource> unknown = new LinkedHashMap<>();
        Set<String> names = new TreeSet<>();
        for (Row row : body) {
            Cells cells = new Cells(row, columns);
            if (cells.get("source") != null) {
                names.add(cells.get("source"));
            }
            names.addAll(cells.list("upstream"));
        }
        providers.match(names).forEach((name, id) -> known.put(Text.folded(name), id));
        List<Problem> placementProblems = new ArrayList<>();
        for (String name : names) {
            String folded = Text.folded(name);
            Placement placement = placements.get(folded);
            if (known.containsKey(folded) || placement == null) {
                continue;
            }
            if (placement.providerId() != null && lookups.providerIds().contains(placement.providerId())) {
                known.put(folded, placement.providerId());
            } else if (placement.providerId() == null && placement.newKind() != null) {
                known.put(folded, -1L);
            } else {
                placementProblems.add(new Problem(0, columns.heading("source"), "hireImport.placementIncomplete", new Object[] {name}));
            }
        }

        Map<String, Integer> firstRowOfKey = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<Incoming> ready = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Row row : body) {
            Cells cells = new Cells(row, columns);
            if (cells.blank()) {
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            String employer = cells.get("employer");
            if (employer != null && !Text.folded(employer).equals(Text.folded(employerName))) {
                rowProblems.add(cells.problem("employer", "hireImport.otherEmployer", employer, employerName));
            }
            Long jobId = job(cells, jobIndex, rowProblems);
            LocalDate hiredOn = cells.date("hiredOn", rowProblems);
            LocalDate separatedOn = cells.date("separatedOn", rowProblems);
            SeparationReason reason = cells.choice("reason", SeparationReason.class, REASONS, rowProblems);
            CredentialKind credential = cells.choice("credential", CredentialKind.class, Map.of(), rowProblems);
            List<Population> populations = cells.list("populations").stream()
                    .map(p -> cells.choice("populations", p, Population.class, Map.of(), rowProblems)).toList();
            Long provider = source(cells.get("source"), known, unknown, cells, row.number());
            List<Long> upstream = cells.list("upstream").stream().map(name -> source(name, known, unknown, cells, row.number())).toList();
            Wage wage = wage(cells, rowProblems);
            String person = person(cells);
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                continue;
            }
            HireInput input = new HireInput(jobId, hiredOn, separatedOn, reason, person, provider == null || provider < 0 ? null : provider,
                    upstream.stream().filter(id -> id != null && id > 0).toList(), cells.get("program"), credential,
                            county(cells.get("county")),
                    cells.get("zip"), wage.amount(), wage.unit(), populations);
            for (InvalidInput problem : hires.problems(input, lookups, today)) {
                if (!problem.field().startsWith("providerId") && !problem.field().startsWith("upstream")) {
                    problems.add(new Problem(row.number(), columns.headingOfField(problem.field()), problem.messageKey(),
                            problem.arguments()));
                }
            }
            String key = person != null ? Hires.dedupeKey(input) : unlabelledKey(input, cells, occurrences);
            Integer earlier = firstRowOfKey.putIfAbsent(key, row.number());
            if (earlier != null && person != null) {
                problems.add(cells.problem("person", "hireImport.repeatedRow", earlier));
            }
            ready.add(new Incoming(input, cells.get("source"), cells.list("upstream"), key));
        }
        problems.addAll(placementProblems);
        List<UnknownSource> unplaced = List.copyOf(unknown.values());
        if (!problems.isEmpty() || !unplaced.isEmpty()) {
            // all or nothing: every row was checked and nothing was written
            return new Report(body.size(), 0, 0, 0, problems, unplaced, columns.unused(), null);
        }
        // the review's decisions are written with the hires, in the same transaction: a failure leaves no provider behind
        for (Placement placement : placements.values()) {
            String folded = Text.folded(placement.name());
            if (Long.valueOf(-1L).equals(known.get(folded))) {
                known.put(folded, providers.create(new Providers.ProviderInput(placement.name().strip(), placement.newKind(), null)).id());
            } else if (known.containsKey(folded) && placement.providerId() != null) {
                providers.addAlias(placement.providerId(), placement.name());
            }
        }
        List<HireRows.Incoming> incoming = ready.stream().map(r -> new HireRows.Incoming(withSources(r, known), r.key())).toList();
        PathwaysUser user = PathwaysUser.current();
        HireRows.Written written = rows.writeAll(user.organizationId(), employerId, incoming, user.username());
        events.publishEvent(new HiresChanged(user.organizationId(), employerId));
        audit.record("hire.imported", "employer", employerId, written.added() + " added, " + written.updated() + " updated, "
                + (incoming.size() - written.added() - written.updated()) + " unchanged");
        return new Report(body.size(), written.added(), written.updated(), incoming.size() - written.added() - written.updated(), List.of(),
                List.of(), columns.unused(), null);
    }

    private record Incoming(HireInput input, String source, List<String> upstream, String key) {
    }

    private static HireInput withSources(Incoming row, Map<String, Long> known) {
        HireInput in = row.input();
        Long provider = row.source() == null ? null : known.get(Text.folded(row.source()));
        List<Long> upstream = row.upstream().stream().map(name -> known.get(Text.folded(name))).distinct()
                .filter(id -> !id.equals(provider)).toList();
        return new HireInput(in.criticalJobId(), in.hiredOn(), in.separatedOn(), in.separationReason(), in.personLabel(), provider,
                upstream,
                in.program(), in.credentialKind(), in.countyFips(), in.zipCode(), in.wage(), in.wageUnit(), in.populations());
    }

    /** A known source's provider id (-1 for one the review makes new), or null for none; an unknown one is noted for the review. */
    private static Long source(String name, Map<String, Long> known, Map<String, UnknownSource> unknown, Cells cells, int rowNumber) {
        if (name == null) {
            return null;
        }
        String folded = Text.folded(name);
        Long id = known.get(folded);
        if (id == null) {
            UnknownSource seen = unknown.get(folded);
            unknown.put(folded, seen == null ? new UnknownSource(name, 1, rowNumber, cells.get("sourceType"))
                    : new UnknownSource(seen.name(), seen.rows() + 1, seen.firstRow(), seen.sourceType()));
        }
        return id;
    }

    /** The employer's critical jobs by folded title and by SOC code, folded once for a whole file. */
    private record JobIndex(List<JobChoice> all, Map<String, List<JobChoice>> byTitle, Map<String, List<JobChoice>> bySoc) {

        static JobIndex of(List<JobChoice> jobs) {
            Map<String, List<JobChoice>> byTitle = new HashMap<>();
            Map<String, List<JobChoice>> bySoc = new HashMap<>();
            for (JobChoice job : jobs) {
                byTitle.computeIfAbsent(Text.folded(job.title()), k -> new ArrayList<>()).add(job);
                if (job.socCode() != null) {
                    bySoc.computeIfAbsent(job.socCode(), k -> new ArrayList<>()).add(job);
                }
            }
            return new JobIndex(jobs, byTitle, bySoc);
        }
    }

    /** The critical job a row names: by SOC code when given (with the title to choose among several), else by its title. */
    private static Long job(Cells cells, JobIndex jobs, List<Problem> problems) {
        String soc = cells.get("soc");
        String title = cells.get("job");
        List<JobChoice> titled = title == null ? List.of() : jobs.byTitle().getOrDefault(Text.folded(title), List.of());
        List<JobChoice> found = soc == null ? titled : jobs.bySoc().getOrDefault(soc, List.of());
        if (found.size() > 1 && soc != null && titled.size() == 1 && found.contains(titled.get(0))) {
            found = titled;
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        String named = soc != null ? soc : title;
        if (named == null) {
            problems.add(cells.problem(cells.has("job") ? "job" : "soc", "hireImport.jobRequired"));
        } else if (found.size() > 1) {
            problems.add(cells.problem(soc != null ? "soc" : "job", "hireImport.jobAmbiguous", named));
        } else {
            problems.add(cells.problem(soc != null ? "soc" : "job", "hireImport.unknownJob", named,
                    String.join("; ", jobs.all().stream().map(JobChoice::title).toList())));
        }
        return null;
    }

    private record Wage(BigDecimal amount, WageUnit unit) {
    }

    /**
     * The wage and its unit: an hourly or a salary column says which it is; a plain "Wage" or "Pay Rate" takes a unit column
     * or, without one, reads under 200 as hourly and from 1,000 as yearly (nobody is paid 200 to 1,000 an hour or a year).
     */
    private static Wage wage(Cells cells, List<Problem> problems) {
        for (String field : List.of("hourlyWage", "yearlyWage", "wage")) {
            String text = cells.get(field);
            if (text == null) {
                continue;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(text.replace("$", "").replace(",", "").strip());
            } catch (NumberFormatException notANumber) {
                problems.add(cells.problem(field, "hireImport.badWage", text));
                return new Wage(null, null);
            }
            WageUnit unit = switch (field) {
                case "hourlyWage" -> WageUnit.HOURLY;
                case "yearlyWage" -> WageUnit.YEARLY;
                default -> cells.choice("wageUnit", WageUnit.class, UNITS, problems);
            };
            if (unit == null && !cells.has("wageUnit")) {
                unit = amount.compareTo(BigDecimal.valueOf(200)) < 0 ? WageUnit.HOURLY
                        : amount.compareTo(BigDecimal.valueOf(1000)) >= 0 ? WageUnit.YEARLY : null;
                if (unit == null) {
                    problems.add(cells.problem(field, "hireImport.wageUnitUnclear", text));
                }
            }
            return new Wage(amount, unit);
        }
        return new Wage(null, null);
    }

    /** The employer's reference to the person: an employee number first, else the name as the file writes it. */
    private static String person(Cells cells) {
        if (cells.get("personId") != null) {
            return cells.get("personId");
        }
        if (cells.get("person") != null) {
            return cells.get("person");
        }
        String given = cells.get("givenName");
        String family = cells.get("familyName");
        return given == null && family == null ? null : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    /**
     * A row without anyone named is the same hire when it says the same about it (job, date, provider, where the person
     * lives, program), counting repeats in the file: a second identical row is a second hire, in this import and the next.
     */
    private static String unlabelledKey(HireInput input, Cells cells, Map<String, Integer> occurrences) {
        String content = input.criticalJobId() + "|" + input.hiredOn() + "|" + Text.folded(cells.get("source")) + "|"
                + Text.folded(String.join(";", cells.list("upstream"))) + "|" + input.countyFips() + "|" + input.zipCode() + "|"
                + Text.folded(input.program());
        int seen = occurrences.merge(content, 1, Integer::sum);
        return "row:" + sha256(content) + "#" + seen;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A county as a FIPS code; a code written as a number loses its leading zero in spreadsheets ("1001" is 01001). */
    private static String county(String text) {
        return text != null && text.matches("\\d{4}") ? "0" + text : text;
    }

    private static final Map<String, String> REASONS = Map.ofEntries(Map.entry("resigned", "QUIT"), Map.entry("voluntary", "QUIT"),
            Map.entry("quit", "QUIT"), Map.entry("renuncia", "QUIT"), Map.entry("voluntaria", "QUIT"), Map.entry("terminated", "DISMISSED"),
            Map.entry("involuntary", "DISMISSED"), Map.entry("fired", "DISMISSED"), Map.entry("despido", "DISMISSED"),
            Map.entry("layoff", "LAID_OFF"), Map.entry("laid off", "LAID_OFF"), Map.entry("reduction in force", "LAID_OFF"),
            Map.entry("end of contract", "CONTRACT_ENDED"), Map.entry("contract ended", "CONTRACT_ENDED"), Map.entry("otro", "OTHER"),
            Map.entry("otra", "OTHER"));

    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("hour", "HOURLY"), Map.entry("hourly", "HOURLY"),
            Map.entry("per hour", "HOURLY"), Map.entry("hora", "HOURLY"), Map.entry("por hora", "HOURLY"), Map.entry("year", "YEARLY"),
            Map.entry("yearly", "YEARLY"), Map.entry("annual", "YEARLY"), Map.entry("salary", "YEARLY"), Map.entry("salaried", "YEARLY"),
            Map.entry("ano", "YEARLY"), Map.entry("anual", "YEARLY"));

    /** Which column holds which field, and the file's own heading for each problem. */
    private record Columns(Map<String, Integer> index, Map<String, String> headings, List<String> unused) {

        static Columns of(List<String> header) {
            Map<String, Integer> index = new HashMap<>();
            Map<String, String> headings = new HashMap<>();
            List<String> unused = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String field = HEADINGS.get(Text.folded(header.get(i)));
                if (field != null && !index.containsKey(field)) {
                    index.put(field, i);
                    headings.put(field, header.get(i).strip());
                } else if (!header.get(i).isBlank()) {
                    unused.add(header.get(i).strip());
                }
            }
            return new Columns(index, headings, unused);
        }

        boolean has(String field) {
            return index.containsKey(field);
        }

        String heading(String field) {
            return headings.getOrDefault(field, field);
        }

        /** The column of a hire's field named in a problem ("countyFips" to the county column). */
        String headingOfField(String field) {
            String base = field.replaceAll("[\\[.].*", "");
            String column = switch (base) {
                case "criticalJobId" -> has("soc") && !has("job") ? "soc" : "job";
                case "separationReason" -> "reason";
                case "personLabel" -> has("personId") ? "personId" : has("person") ? "person" : "familyName";
                case "credentialKind" -> "credential";
                case "countyFips" -> "county";
                case "zipCode" -> "zip";
                case "wageUnit" -> "wageUnit";
                default -> base;
            };
            return heading(column);
        }
    }

    private record Cells(Row row, Columns columns) {

        String get(String field) {
            Integer i = columns.index().get(field);
            String value = i == null ? null : row.cell(i);
            return value == null || value.isBlank() ? null : value.strip();
        }

        boolean has(String field) {
            return columns.has(field);
        }

        boolean blank() {
            return row.cells().stream().allMatch(c -> c == null || c.isBlank());
        }

        List<String> list(String field) {
            String value = get(field);
            return value == null ? List.of()
                    : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }

        Problem problem(String field, String key, Object... arguments) {
            return new Problem(row.number(), columns.heading(field), key, arguments);
        }

        LocalDate date(String field, List<Problem> problems) {
            String value = get(field);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value, format);
                } catch (DateTimeParseException notThisFormat) {
                    // the next format
                }
            }
            problems.add(problem(field, "hireImport.badDate", value));
            return null;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, Map<String, String> words, List<Problem> problems) {
            String value = get(field);
            return value == null ? null : choice(field, value, type, words, problems);
        }

        <E extends Enum<E>> E choice(String field, String value, Class<E> type, Map<String, String> words, List<Problem> problems) {
            String folded = Text.folded(value);
            String name = words.getOrDefault(folded, folded.replace(' ', '_').toUpperCase(Locale.ROOT));
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException unknown) {
                problems.add(problem(field, "hireImport.badChoice", value, String.join(", ",
                        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList())));
                return null;
            }
        }
    }

    private static Map<String, String> headings(String... fieldsAndNames) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < fieldsAndNames.length; i += 2) {
            for (String name : fieldsAndNames[i + 1].split("\\|")) {
                map.put(name, fieldsAndNames[i]);
            }
        }
        return Map.copyOf(map);
    }

    private static Report failure(int rows, Problem problem) {
        return new Report(rows, 0, 0, 0, List.of(problem), List.of(), List.of(), null);
    }

    private static String suffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? ".csv" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }
}
