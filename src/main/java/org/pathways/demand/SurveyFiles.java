package org.pathways.demand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.SpreadsheetReader;
import org.pathways.reference.SpreadsheetReader.Row;
import org.pathways.shared.Csv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's answers as a file, one row per employer, occupation and period: exported for the managing
 * organization, and imported from answers it collected another way (a call, a paper form). The same columns both
 * ways, so an export can be corrected and imported again. An import is all or nothing.
 */
@Service
public class SurveyFiles {

    static final int MAX_ROWS = 50_000;

    static final List<String> COLUMNS = List.of("employer", "soc", "period", "head_count", "growth", "replacement", "hard_to_fill", "comment");

    /** The columns as the import page lists them. */
    public static final String COLUMN_LIST = String.join(", ", COLUMNS);

    /** A problem at a row (0 for the file) and column, with its message key and arguments. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    public record Report(int rows, int employers, List<Problem> problems) {
        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final DemandSurveys surveys;
    private final SurveyAnswers answers;
    private final AuditLog audit;

    SurveyFiles(JdbcClient jdbc, DemandSurveys surveys, SurveyAnswers answers, AuditLog audit) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.answers = answers;
        this.audit = audit;
    }

    /** Writes every saved answer, drafts included (with their status); the export itself is audited. */
    @Transactional
    public void export(long surveyId, PrintWriter out) {
        DemandSurveys.SurveyView survey = surveys.managed(surveyId);
        Map<Integer, String> labels = new HashMap<>();
        survey.periods().forEach(p -> labels.put(p.number(), p.label()));
        out.print(Csv.BYTE_ORDER_MARK);
        out.println(String.join(",", COLUMNS) + ",status");
        jdbc.sql("""
                        select i.employer_name, o.soc_code, o.period_no, a.head_count, o.growth, o.replacement, a.hard_to_fill, a.comment, i.status
                        from demand_opening o join demand_invitation i on i.id = o.invitation_id
                        left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
                        where i.survey_id = ? order by lower(i.employer_name), o.soc_code, o.period_no""")
                .param(surveyId)
                .query((rs, n) -> {
                    Object hard = rs.getObject(7);
                    out.println(String.join(",", Csv.cell(rs.getString(1)), Csv.cell(rs.getString(2)), Csv.cell(labels.get(rs.getInt(3))),
                            rs.getObject(4) == null ? "" : rs.getString(4), rs.getString(5), rs.getString(6),
                            hard == null ? "" : ((Boolean) hard ? "yes" : "no"), Csv.cell(rs.getString(8)), rs.getString(9)));
                    return null;
                }).list();
        out.flush();
        audit.record("survey.exported", "survey", surveyId, survey.title());
    }

    /**
     * Imports answers for invited employers and marks them submitted by the importing person. Every row is
     * checked; with any problem nothing changes and each problem is named by row and column.
     */
    @Transactional
    public Report importFile(long surveyId, Path file) {
        DemandSurveys.SurveyView survey = surveys.managed(surveyId);
        if (survey.status() == DemandSurveys.Status.DRAFT) {
            return new Report(0, 0, List.of(new Problem(0, "", "surveyImport.notOpened", new Object[0])));
        }
        // members have seen a closed survey's totals: a late answer would show by difference, so the totals stay as they were
        if (survey.status() == DemandSurveys.Status.CLOSED) {
            return new Report(0, 0, List.of(new Problem(0, "", "surveyImport.closed", new Object[0])));
        }
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.readForImport(file, 20, MAX_ROWS + 1);
        if (sheet.refused()) {
            return new Report(0, 0, List.of(new Problem(0, "", sheet.refusalKey(), sheet.refusalArguments())));
        }
        List<Row> rows = sheet.rows();
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("employer", "soc", "period", "growth", "replacement")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(0, "", "employerImport.missingColumn", new Object[] {required}));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(0, "", "spreadsheet.tooManyRows", new Object[] {MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() - 1, 0, problems);
        }
        Map<String, Long> invitations = new HashMap<>();
        jdbc.sql("select id, employer_name from demand_invitation where survey_id = ?").param(surveyId)
                .query((rs, n) -> invitations.put(rs.getString(2).strip().toLowerCase(Locale.ROOT), rs.getLong(1))).list();
        Map<String, Integer> periods = new HashMap<>();
        survey.periods().forEach(p -> {
            periods.put(p.label().strip().toLowerCase(Locale.ROOT), p.number());
            periods.put(Integer.toString(p.number()), p.number());
        });
        java.util.Set<String> socs = new java.util.HashSet<>();
        survey.jobs().forEach(j -> socs.add(j.socCode()));
        Map<Long, Map<String, SurveyAnswers.JobAnswer>> byInvitation = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row row : rows.subList(1, rows.size())) {
            int before = problems.size();
            Long invitation = invitations.get(row.cell(columns.get("employer")).strip().toLowerCase(Locale.ROOT));
            if (invitation == null) {
                problems.add(new Problem(row.number(), "employer", "surveyImport.notInvited", new Object[] {row.cell(columns.get("employer"))}));
            }
            String soc = row.cell(columns.get("soc")).strip();
            if (!socs.contains(soc)) {
                problems.add(new Problem(row.number(), "soc", "surveyImport.socNotAsked", new Object[] {soc}));
            }
            Integer period = periods.get(row.cell(columns.get("period")).strip().toLowerCase(Locale.ROOT));
            if (period == null) {
                problems.add(new Problem(row.number(), "period", "surveyImport.unknownPeriod", new Object[] {row.cell(columns.get("period"))}));
            }
            Integer headCount = number(row, columns, "head_count", problems);
            Integer growth = number(row, columns, "growth", problems);
            Integer replacement = number(row, columns, "replacement", problems);
            Boolean hardToFill = null;
            if (columns.containsKey("hard_to_fill")) {
                String value = row.cell(columns.get("hard_to_fill")).strip().toLowerCase(Locale.ROOT);
                if (List.of("yes", "y", "true", "si", "sí", "1").contains(value)) {
                    hardToFill = true;
                } else if (List.of("no", "n", "false", "0").contains(value)) {
                    hardToFill = false;
                } else if (!value.isEmpty()) {
                    problems.add(new Problem(row.number(), "hard_to_fill", "surveyImport.yesNo", new Object[] {value}));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            if (!seen.add(invitation + "|" + soc + "|" + period)) {
                problems.add(new Problem(row.number(), "period", "surveyImport.repeated", new Object[] {soc, row.cell(columns.get("period"))}));
                continue;
            }
            Map<String, SurveyAnswers.JobAnswer> jobs = byInvitation.computeIfAbsent(invitation, k -> new LinkedHashMap<>());
            SurveyAnswers.JobAnswer existing = jobs.get(soc);
            if (existing != null && !java.util.Objects.equals(existing.headCount(), headCount)) {
                problems.add(new Problem(row.number(), "head_count", "surveyImport.headCountDiffers", new Object[] {soc}));
                continue;
            }
            String comment = columns.containsKey("comment") ? row.cell(columns.get("comment")).strip() : "";
            if (comment.length() > 2000) {
                problems.add(new Problem(row.number(), "comment", "surveyAnswer.commentTooLong", new Object[] {2000}));
                continue;
            }
            SurveyAnswers.JobAnswer answer = existing != null ? existing
                    : new SurveyAnswers.JobAnswer(headCount, hardToFill, comment, new HashMap<>(), new HashMap<>());
            answer.growth().put(period, growth == null ? 0 : growth);
            answer.replacement().put(period, replacement == null ? 0 : replacement);
            jobs.put(soc, answer);
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() - 1, 0, problems);
        }
        String by = "import by " + PathwaysUser.current().username();
        for (Map.Entry<Long, Map<String, SurveyAnswers.JobAnswer>> entry : byInvitation.entrySet()) {
            answers.write(entry.getKey(), entry.getValue());
            jdbc.sql("""
                            update demand_invitation set status = 'SUBMITTED', saved_at = now(), submitted_at = now(), submitted_by = ?,
                                   version = version + 1 where id = ?""").params(by, entry.getKey()).update();
        }
        audit.record("survey.imported", "survey", surveyId, (rows.size() - 1) + " rows for " + byInvitation.size() + " employers");
        return new Report(rows.size() - 1, byInvitation.size(), List.of());
    }

    private static Integer number(Row row, Map<String, Integer> columns, String column, List<Problem> problems) {
        if (!columns.containsKey(column)) {
            return null;
        }
        String text = row.cell(columns.get(column)).strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0 || value > SurveyAnswers.MAX_NUMBER) {
                problems.add(new Problem(row.number(), column, "surveyAnswer.numberRange", new Object[] {SurveyAnswers.MAX_NUMBER}));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), column, "reference.problem.notWholeNumber", new Object[] {text}));
            return null;
        }
    }
}
