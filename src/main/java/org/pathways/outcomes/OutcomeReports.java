package org.pathways.outcomes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.pathways.outcomes.Kpis.KpiQuery;
import org.pathways.outcomes.Kpis.KpiRow;
import org.pathways.engagement.ValuePropositions;
import org.pathways.outcomes.Kpis.KpiTable;
import org.pathways.platform.AuditLog;
import org.pathways.platform.Documents;
import org.pathways.platform.PrintedDocument;
import org.pathways.platform.Workbooks;
import org.pathways.shared.Csv;
import org.pathways.shared.InvalidInput;
import org.pathways.talentflow.Hires;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Reports of outcomes (C14): the partnership report of a scope and period as a print page, a tagged PDF or a Word file
 * (the KPIs, the targets and their improvement logs, every formula written out), the KPI table and the targets as CSV,
 * and one line per hire with its outcome as CSV, streamed from the database as it is read. Who may have a report is who
 * may see its KPIs; a line per hire is for those who see every figure of the scope.
 */
@Service
public class OutcomeReports {

    public enum Kind {
        PARTNERSHIP, KPIS, TARGETS, HIRES;

        /** The report an address ends with: {@code …/reports/kpis}. */
        public static Kind named(String path) {
            return valueOf(path.substring(path.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT));
        }
    }

    public enum Format { CSV, XLSX, PDF, DOCX, HTML }

    private final Kpis kpis;
    private final Targets targets;
    private final Documents documents;
    private final MessageSource messages;
    private final AuditLog audit;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    OutcomeReports(Kpis kpis, Targets targets, Documents documents, MessageSource messages, AuditLog audit, DataSource dataSource,
                   PlatformTransactionManager transactions) {
        this.kpis = kpis;
        this.targets = targets;
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
        // PostgreSQL sends rows in batches only with a fetch size inside a transaction: an export never holds all its lines
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The report in the format asked for: a partnership report as PDF unless asked otherwise (or Word, or a print page), the
     * KPI table and the targets as CSV or Excel, the line per hire as CSV only (it can be 100,000 lines, streamed).
     */
    public ResponseEntity<StreamingResponseBody> respond(Kind kind, KpiQuery query, Format asked, Locale locale) {
        Format format = asked != null ? asked : kind == Kind.PARTNERSHIP ? Format.PDF : Format.CSV;
        boolean document = format == Format.PDF || format == Format.DOCX || format == Format.HTML;
        if (kind == Kind.PARTNERSHIP != document || kind == Kind.HIRES && format == Format.XLSX) {
            throw new InvalidInput("format", kind == Kind.PARTNERSHIP ? "outcomes.report.documentFormats"
                    : kind == Kind.HIRES ? "outcomes.report.csvOnly" : "outcomes.report.sheetFormats");
        }
        // every check runs here, before the first byte: a refusal is a clear 4xx, never half a file
        KpiTable table = kpis.table(query);
        audit.record("outcomes.reported", query.scope().name().toLowerCase(Locale.ROOT), query.id(), kind + " " + format + " "
                + table.from() + ".." + table.to());
        String name = "outcomes-" + kind.name().toLowerCase(Locale.ROOT) + "-" + table.from() + "-" + table.to();
        return switch (kind) {
            case PARTNERSHIP -> {
                ResponseEntity<byte[]> file = documents.respond(partnership(table, locale), Documents.Format.valueOf(format.name()), name);
                byte[] body = file.getBody();
                yield ResponseEntity.status(file.getStatusCode()).headers(file.getHeaders()).body(out -> out.write(body));
            }
            case KPIS -> sheet(name, kpiSheet(table, locale), format);
            case TARGETS -> {
                Long employer = query.scope() == Kpis.Scope.EMPLOYER ? query.id() : null;
                Long collaborative = query.scope() == Kpis.Scope.COLLABORATIVE ? query.id() : null;
                yield sheet(name, targetSheet(targets.list(employer, collaborative), locale), format);
            }
            case HIRES -> {
                if (!table.full()) {
                    throw new InvalidInput("kind", "outcomes.report.hiresFullOnly");
                }
                Kpis.Reach reach = kpis.reach(query.scope(), query.id());
                yield csv(name, writer -> hireCsv(reach, table.from(), table.to(), query.criticalJobId(), writer, locale));
            }
        };
    }

    /**
     * A funder's file of program exits: the participant record layout's identifier, entry and exit dates and employment in
     * the second and fourth quarters after exit, as far as Pathways holds them (1 yes, 0 no, empty while the quarter runs).
     */
    public ResponseEntity<StreamingResponseBody> exits(List<ProgramExits.ExitLine> lines, Locale locale) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(List.of("outcomes.exits.col.id", "outcomes.exits.col.entry", "outcomes.exits.col.exit",
                "outcomes.exits.col.second", "outcomes.exits.col.fourth", "outcomes.exits.col.same").stream()
                .map(k -> (Object) text(k, locale)).toList()));
        for (ProgramExits.ExitLine line : lines) {
            List<Object> cells = new ArrayList<>();
            cells.add(line.participantId());
            cells.add(line.entry() == null ? null : line.entry().toString());
            cells.add(line.exit().toString());
            for (Boolean value : java.util.Arrays.asList(line.employedSecondQuarter(), line.employedFourthQuarter(), line.sameEmployer())) {
                cells.add(value == null ? null : value ? 1 : 0);
            }
            sheet.add(cells);
        }
        return sheet("program-exits-" + LocalDate.now(), sheet, Format.CSV);
    }

    interface CsvBody {
        void write(Writer writer) throws IOException;
    }

    private static ResponseEntity<StreamingResponseBody> csv(String name, CsvBody body) {
        StreamingResponseBody stream = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.BYTE_ORDER_MARK);
            body.write(writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(stream);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String number(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(String.join(",", cells));
        writer.write("\r\n");
    }

    private List<String> kpiHeadings(Locale locale) {
        List<String> headings = new ArrayList<>(List.of("outcomes.col.line", "outcomes.col.hires", "outcomes.col.viaReferral",
                "outcomes.col.partnershipHires", "outcomes.col.referred", "outcomes.col.applied", "outcomes.col.interviewed",
                "outcomes.col.offered", "outcomes.col.hiredFromReferrals", "outcomes.col.daysToHire"));
        List<String> named = new ArrayList<>(headings.stream().map(k -> text(k, locale)).toList());
        for (int days : Hires.CHECKPOINTS) {
            named.add(text("outcomes.col.reached", locale, days));
            named.add(text("outcomes.col.retained", locale, days));
        }
        for (String key : List.of("outcomes.col.medianWage", "outcomes.col.opportunityHires", "outcomes.col.advanced",
                "outcomes.col.credentialed", "outcomes.col.saving", "outcomes.col.withheld")) {
            named.add(text(key, locale));
        }
        return named;
    }

    /** The KPI table as a sheet: the headings, a line per job or occupation, the total; numbers stay numbers. */
    private List<List<Object>> kpiSheet(KpiTable table, Locale locale) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(kpiHeadings(locale)));
        List<KpiRow> all = new ArrayList<>(table.rows());
        all.add(table.total());
        for (KpiRow row : all) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.label() == null ? text("outcomes.total", locale) : row.label());
            boolean shown = row.withheld() == null;
            cells.add(row.hires());
            cells.add(row.viaReferral());
            cells.add(row.partnershipHires());
            for (int i = 0; i < 5; i++) {
                cells.add(shown ? row.funnel().steps().get(i) : null);
            }
            cells.add(row.medianDaysReferralToHire());
            for (int days : Hires.CHECKPOINTS) {
                Kpis.Retention retention = row.retentionAt(days);
                cells.add(retention == null ? null : retention.reached());
                cells.add(retention == null ? null : retention.retained());
            }
            cells.add(row.medianHourlyWage());
            cells.add(row.opportunityHires());
            cells.add(row.advanced());
            cells.add(row.credentialed());
            cells.add(row.cost() == null ? null : row.cost().saving());
            cells.add(shown ? null : text("outcomes.withheld." + row.withheld().name(), locale));
            sheet.add(cells);
        }
        return sheet;
    }

    private List<List<Object>> targetSheet(List<Targets.TargetView> list, Locale locale) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(List.of("outcomes.col.employer", "outcomes.col.job", "outcomes.col.measure", "outcomes.col.target",
                "outcomes.col.periodDays", "outcomes.col.since", "outcomes.col.actual", "outcomes.col.numerator",
                "outcomes.col.denominator", "outcomes.col.status").stream().map(k -> (Object) text(k, locale)).toList()));
        for (Targets.TargetView t : list) {
            List<Object> cells = new ArrayList<>();
            cells.add(t.name());
            cells.add(t.jobTitle());
            cells.add(text("measure.kind." + t.kind().name(), locale));
            cells.add(t.target());
            cells.add(t.periodDays());
            cells.add(t.since().toString());
            Double actual = t.actual().value();
            cells.add(actual == null ? null : BigDecimal.valueOf(actual).setScale(1, java.math.RoundingMode.HALF_UP));
            cells.add(t.actual().numerator());
            cells.add(t.actual().denominator());
            cells.add(text("outcomes.status." + t.status().name(), locale));
            sheet.add(cells);
        }
        return sheet;
    }

    /** A sheet as CSV (numbers as they are, text quoted and kept from running as a formula) or as an Excel workbook. */
    private static ResponseEntity<StreamingResponseBody> sheet(String name, List<List<Object>> sheet, Format format) {
        if (format == Format.XLSX) {
            byte[] workbook = Workbooks.xlsx(name, sheet);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").body(out -> out.write(workbook));
        }
        return csv(name, writer -> {
            for (List<Object> row : sheet) {
                line(writer, row.stream().map(cell -> cell instanceof Number ? number(cell) : Csv.cell((String) cell)).toList());
            }
        });
    }

    private void hireCsv(Kpis.Reach reach, LocalDate from, LocalDate to, Long criticalJobId, Writer writer,
            Locale locale) throws IOException {
        List<String> headings = new ArrayList<>(List.of("outcomes.col.hire", "outcomes.col.employer", "outcomes.col.job",
                "outcomes.col.soc",
                "outcomes.col.hiredOn", "outcomes.col.separatedOn", "outcomes.col.provider", "outcomes.col.viaReferral",
                "outcomes.col.hourlyWage", "outcomes.col.opportunity", "outcomes.col.credentialed").stream()
                .map(k -> text(k, locale)).toList());
        Hires.CHECKPOINTS.forEach(days -> headings.add(text("outcomes.col.retainedAt", locale, days)));
        line(writer, headings.stream().map(Csv::cell).toList());
        String yes = Csv.cell(text("outcomes.yes", locale));
        String no = Csv.cell(text("outcomes.no", locale));
        LocalDate today = LocalDate.now();
        StringBuilder sql = new StringBuilder("""
                select h.hire_id, e.name, j.employer_title, j.soc_code, h.hired_on, h.separated_on, p.name as provider, h.referral_id,
                       h.hourly_wage, h.opportunity, h.credentialed
                from outcome_hire h
                join employer_directory e on e.id = h.employer_id
                join critical_job_directory j on j.id = h.critical_job_id
                left join provider_directory p on p.id = h.provider_id
                where h.%s = any(?) and h.hired_on between ? and ?""".formatted(reach.filter().hireColumn()));
        List<Object> arguments = new ArrayList<>(List.of(reach.filter().keys().toArray(Long[]::new), from, to));
        if (criticalJobId != null) {
            sql.append(" and h.critical_job_id = ?");
            arguments.add(criticalJobId);
        }
        sql.append(" order by h.hired_on, h.hire_id");
        readOnly.executeWithoutResult(status -> streaming.query(sql.toString(), (ResultSet rs) -> {
            try {
                LocalDate hired = rs.getObject(5, LocalDate.class);
                LocalDate left = rs.getObject(6, LocalDate.class);
                List<String> cells = new ArrayList<>(List.of(rs.getString(1), Csv.cell(rs.getString(2)), Csv.cell(rs.getString(3)),
                        Csv.cell(rs.getString(4)), hired.toString(), left == null ? "" : left.toString(), Csv.cell(rs.getString(7)),
                        rs.getObject(8) == null ? no : yes, number(rs.getBigDecimal(9)), rs.getBoolean(10) ? yes : no, rs.getBoolean(11)
                                ? yes : no));
                for (int days : Hires.CHECKPOINTS) {
                    LocalDate checkpoint = hired.plusDays(days);
                    cells.add(checkpoint.isAfter(today) ? "" : left == null || !left.isBefore(checkpoint) ? yes : no);
                }
                line(writer, cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, arguments.toArray()));
    }

    /** The partnership report: headline figures, the KPI table, the targets with their logs, and what each figure means. */
    PrintedDocument partnership(KpiTable table, Locale locale) {
        List<PrintedDocument.Block> blocks = new ArrayList<>();
        KpiRow total = table.total();
        blocks.add(new PrintedDocument.Heading(1, text("outcomes.report.headline", locale)));
        if (total.withheld() != null) {
            blocks.add(new PrintedDocument.Alert(text("outcomes.withheld." + total.withheld().name(), locale)));
        } else {
            Kpis.Retention ninety = total.retentionAt(90);
            blocks.add(new PrintedDocument.Items(List.of(
                    text("outcomes.report.hires", locale, total.hires(), total.partnershipHires()),
                    text("outcomes.report.funnel", locale, total.funnel().referred(), total.funnel().hired()),
                    ninety.reached() == 0 ? text("outcomes.report.retentionNone", locale, 90)
                            : text("outcomes.report.retention", locale, 90, ninety.retained(), ninety.reached(), percent(ninety.rate())),
                    total.medianHourlyWage() == null ? text("outcomes.report.wageNone", locale)
                            : text("outcomes.report.wage", locale, String.format(locale, "%.2f", total.medianHourlyWage())))));
        }
        if (!table.rows().isEmpty()) {
            blocks.add(new PrintedDocument.Heading(1, text("outcomes.report.byJob", locale)));
            List<List<String>> rows = new ArrayList<>();
            List<KpiRow> all = new ArrayList<>(table.rows());
            all.add(total);
            for (KpiRow row : all) {
                Kpis.Retention ninety = row.retentionAt(90);
                rows.add(List.of(row.label() == null ? text("outcomes.total", locale) : row.label(), number(row.hires()),
                        row.funnel() == null ? "" : row.funnel().referred() + " → " + row.funnel().hired(),
                        ninety == null || ninety.reached() == 0 ? "–" : ninety.retained() + " / " + ninety.reached() + " ("
                                + percent(ninety.rate()) + ")",
                        row.medianHourlyWage() == null ? "–" : "$" + row.medianHourlyWage().toPlainString()));
            }
            blocks.add(new PrintedDocument.Table(List.of(text("outcomes.col.line", locale), text("outcomes.col.hires", locale),
                    text("outcomes.report.referredToHired", locale), text("outcomes.report.retained90", locale),
                    text("outcomes.col.medianWage", locale)), rows));
        }
        if (total.cost() != null && total.cost().saving() != null) {
            blocks.add(new PrintedDocument.Heading(1, text("outcomes.report.cost", locale)));
            Kpis.Cost cost = total.cost();
            blocks.add(new PrintedDocument.Paragraph(cost.returnOnInvestment() == null
                    ? text("outcomes.report.saving", locale, money(cost.saving(), locale), cost.partnershipHires())
                    : text("outcomes.report.roi", locale, money(cost.saving(), locale), money(cost.invested(), locale),
                            money(cost.net(), locale), cost.returnOnInvestment().toPlainString())));
        }
        if (table.scope() == Kpis.Scope.EMPLOYER || table.scope() == Kpis.Scope.COLLABORATIVE && table.full()) {
            List<Targets.TargetView> tracked = table.scope() == Kpis.Scope.EMPLOYER ? targets.list(table.id())
                    : targets.list(null, table.id());
            if (!tracked.isEmpty()) {
                blocks.add(new PrintedDocument.Heading(1, text("outcomes.report.targets", locale)));
                blocks.add(new PrintedDocument.Table(List.of(text("outcomes.col.measure", locale), text("outcomes.col.target", locale),
                        text("outcomes.col.actual", locale), text("outcomes.col.status", locale)),
                        tracked.stream().map(t -> List.of(text("measure.kind." + t.kind().name(), locale)
                                        + (t.jobTitle() == null ? "" : " · " + t.jobTitle()),
                                text("outcomes.targetText." + t.kind().name(), locale, t.target().stripTrailingZeros().toPlainString(),
                                        t.periodDays()),
                                figure(t, t.actual(), locale), text("outcomes.status." + t.status().name(), locale))).toList()));
                for (Targets.TargetView t : tracked) {
                    for (Targets.Improvement i : t.improvements()) {
                        blocks.add(new PrintedDocument.Note(text("measure.kind." + t.kind().name(), locale) + " · " + i.changedOn(),
                                text("outcomes.report.improvement", locale, i.foundWhere(), i.rootCause(), i.change(),
                                        figure(t, i.before(), locale), figure(t, i.after(), locale))));
                    }
                }
            }
        }
        blocks.add(new PrintedDocument.Heading(1, text("outcomes.report.definitions", locale)));
        blocks.add(new PrintedDocument.Items(List.of("outcomes.formula.funnel", "outcomes.formula.retention", "outcomes.formula.daysToHire",
                "outcomes.formula.wage", "outcomes.formula.opportunity", "outcomes.formula.saving", "outcomes.formula.roi").stream()
                .map(k -> text(k, locale)).collect(Collectors.toList())));
        if (!table.full()) {
            blocks.add(new PrintedDocument.Paragraph(text("outcomes.report.rule", locale, table.rule().minContributors(),
                    table.rule().maxSharePercent())));
        }
        return new PrintedDocument(locale.getLanguage(), table.name(), text("outcomes.report.title", locale),
                table.name() + " · " + table.from() + " – " + table.to(), blocks, text("outcomes.report.footer", locale, LocalDate.now()));
    }

    /** A target's figure as a person reads it: "84 % (16 of 19)", "7 hires", or a dash when there is nothing to count. */
    private String figure(Targets.TargetView t, Targets.Figure figure, Locale locale) {
        if (figure.value() == null) {
            return "–";
        }
        String value = String.format(locale, "%,.0f", figure.value());
        return t.unit() == ValuePropositions.Unit.PERCENT
                ? text("outcomes.report.figurePercent", locale, value, figure.numerator(), figure.denominator()) : value;
    }

    /** An amount in dollars with the reader's grouping, without cents: "$48,600". */
    private static String money(BigDecimal amount, Locale locale) {
        return "$" + String.format(locale, "%,.0f", amount);
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : BigDecimal.valueOf(rate).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }
}
