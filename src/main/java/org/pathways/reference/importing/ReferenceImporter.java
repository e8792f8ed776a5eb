package org.pathways.reference.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.pathways.reference.ImportReport;
import org.pathways.reference.ImportReport.FileResult;
import org.pathways.reference.ImportReport.Outcome;
import org.pathways.reference.ImportReport.Problem;
import org.pathways.reference.ReferenceDataset;
import org.pathways.reference.importing.FileKind.Target;
import org.pathways.reference.importing.Header.FileProblem;
import org.pathways.reference.importing.Header.ValueProblem;
import org.pathways.reference.importing.TableSource.UnreadableFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Loads official files into the reference tables. The whole import is one transaction: every file is
 * read and checked, rows stream into PostgreSQL with {@code COPY}, and if any file has a problem the
 * transaction is rolled back, so the data is exactly as it was. Each dataset release sits behind a
 * savepoint, so a release identical to one already loaded (the same rows, whatever the file and order) is
 * rolled back to nothing, and a corrected file of the same vintage replaces its predecessor whole.
 */
public class ReferenceImporter {

    /** Only one import at a time; a second one is told so rather than queued behind a long load. */
    private static final long IMPORT_LOCK = 0x5041_5448_5245_4621L;
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final int PROBLEMS_KEPT = 20;

    private final DataSource dataSource;
    private final ImportLimits limits;

    public ReferenceImporter(DataSource dataSource, long maxFileMegabytes) {
        this.dataSource = dataSource;
        this.limits = ImportLimits.standard(maxFileMegabytes);
    }

    /** A file to import and the name the report gives it (a path relative to the folder, or the upload's name). */
    public record SourceFile(Path path, String displayName) {
    }

    /**
     * Imports the files. {@code wanted} limits which datasets are written (the starter set only fills
     * datasets that have no release yet); {@code starter} marks the releases as Pathways' own extract.
     */
    public ImportReport importFiles(List<SourceFile> files, String loadedBy, boolean starter, Predicate<ReferenceDataset> wanted) {
        long started = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    results.add(fileProblem("", null, "reference.problem.importRunning"));
                    connection.rollback();
                    return new ImportReport(results, false, millisSince(started));
                }
                Map<String, String> loadedThisRun = new HashMap<>();
                for (SourceFile file : files) {
                    results.addAll(importFile(connection, file, loadedBy, starter, wanted, loadedThisRun));
                }
                boolean failed = results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED);
                boolean changed = results.stream().anyMatch(r -> r.outcome() == Outcome.LOADED || r.outcome() == Outcome.REPLACED);
                if (failed || !changed) {
                    connection.rollback();
                    return new ImportReport(results, false, millisSince(started));
                }
                connection.commit();
                return new ImportReport(results, true, millisSince(started));
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw new IllegalStateException("reference import failed and was rolled back", e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reference import could not reach the database", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, IMPORT_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<FileResult> importFile(Connection connection, SourceFile file, String loadedBy, boolean starter,
                                        Predicate<ReferenceDataset> wanted, Map<String, String> loadedThisRun)
            throws SQLException, IOException {
        Header header;
        FileKind kind;
        try (TableSource table = TableSource.open(file.path(), limits)) {
            header = findHeader(table, file);
            kind = header == null ? null : FileKinds.recognize(header);
        } catch (UnreadableFile unreadable) {
            return List.of(fileProblem(file.displayName(), null, unreadable.messageKey(), unreadable.arguments()));
        }
        if (kind == null) {
            return List.of(new FileResult(file.displayName(), null, null, null, Outcome.IGNORED, 0, List.of(), 0,
                    new DefaultMessageSourceResolvable(new String[] {"reference.note.notRecognized"}, new Object[] {
                            header == null ? "" : String.join(", ", header.originalNames())})));
        }
        List<Target> targets;
        try {
            targets = kind.targets(header);
        } catch (FileProblem problem) {
            return List.of(fileProblem(file.displayName(), kind.messageKey(), problem.messageKey(), problem.arguments()));
        }
        if (targets.isEmpty()) {
            return List.of(new FileResult(file.displayName(), kind.messageKey(), null, null, Outcome.IGNORED, 0, List.of(), 0,
                    note("reference.note.noRowsUsed")));
        }
        List<FileResult> results = new ArrayList<>();
        for (Target target : targets) {
            if (!wanted.test(target.dataset())) {
                continue;
            }
            results.add(load(connection, file, kind, header, target, loadedBy, starter, loadedThisRun));
        }
        // A file that feeds several datasets (O*NET ratings) reports the ones it fed; one with none is reported once.
        List<FileResult> used = results.stream().filter(r -> r.outcome() != Outcome.IGNORED || r.rows() > 0).toList();
        if (used.isEmpty() && !results.isEmpty()) {
            return List.of(new FileResult(file.displayName(), kind.messageKey(), null, null, Outcome.IGNORED, 0, List.of(), 0,
                    note("reference.note.noRowsUsed")));
        }
        return used;
    }

    /** The header is the first row (of the first twenty) that a known kind recognizes; title lines may sit above it. */
    private static Header findHeader(TableSource table, SourceFile file) throws IOException, UnreadableFile {
        StringBuilder above = new StringBuilder();
        Header first = null;
        for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
            List<String> cells = table.next();
            if (cells == null) {
                break;
            }
            if (nonBlank(cells) == 0) {
                continue;
            }
            Header candidate = new Header(file.path(), file.displayName(), cells, table.rowNumber(), above.toString());
            if (FileKinds.recognize(candidate) != null) {
                List<String> row;
                while ((row = table.next()) != null) {
                    if (nonBlank(row) > 0) {
                        candidate.sample(row);
                        break;
                    }
                }
                return candidate;
            }
            if (first == null) {
                first = candidate;
            }
            above.append(String.join(" ", cells)).append('\n');
        }
        if (first == null) {
            throw new UnreadableFile("reference.problem.empty");
        }
        return first;
    }

    private FileResult load(Connection connection, SourceFile file, FileKind kind, Header header, Target target,
                            String loadedBy, boolean starter, Map<String, String> loadedThisRun)
            throws SQLException, IOException {
        ReferenceDataset dataset = target.dataset();
        Savepoint savepoint = connection.setSavepoint();
        long releaseId = insertRelease(connection, target, file, loadedBy, starter);
        Copied copied;
        try (TableSource table = TableSource.open(file.path(), limits)) {
            table.onlyColumns(header.usedColumns());
            copied = copy(connection, table, header, target, releaseId);
        } catch (UnreadableFile unreadable) {
            connection.rollback(savepoint);
            return fileProblem(file.displayName(), kind.messageKey(), unreadable.messageKey(), unreadable.arguments());
        }
        String releaseKey = dataset.key() + " " + target.vintage();
        if (!copied.problems().isEmpty()) {
            connection.rollback(savepoint);
            List<Problem> kept = copied.problems().subList(0, Math.min(PROBLEMS_KEPT, copied.problems().size()));
            return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), Outcome.FAILED, 0,
                    List.copyOf(kept), copied.problemCount() - kept.size(), null);
        }
        if (copied.rows() == 0) {
            connection.rollback(savepoint);
            return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), Outcome.IGNORED, 0,
                    List.of(), 0, note("reference.note.noRowsUsed"));
        }
        Existing existing = existing(connection, dataset, target.vintage(), releaseId);
        Outcome outcome = Outcome.LOADED;
        MessageSourceResolvable note = null;
        if (existing != null && existing.fingerprint().equals(copied.fingerprint()) && existing.starter() && !starter) {
            // the official file holds exactly the starter extract's rows (all states, say): record where they come from
            connection.rollback(savepoint);
            try (PreparedStatement confirm = connection.prepareStatement(
                    "update ref_release set starter = false, source_file = ?, loaded_by = ?, loaded_at = now() where id = ?")) {
                confirm.setString(1, file.displayName());
                confirm.setString(2, loadedBy);
                confirm.setLong(3, existing.id());
                confirm.executeUpdate();
            }
            loadedThisRun.put(releaseKey, file.displayName());
            return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), Outcome.REPLACED,
                    copied.rows(), List.of(), 0, note("reference.note.confirmsStarter"));
        }
        if (existing != null && existing.fingerprint().equals(copied.fingerprint())) {
            connection.rollback(savepoint);
            String sameAs = loadedThisRun.get(releaseKey);
            return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), Outcome.UNCHANGED,
                    copied.rows(), List.of(), 0, sameAs == null ? note("reference.note.alreadyLoaded")
                    : note("reference.note.sameAsOtherFile", sameAs));
        }
        if (existing != null && loadedThisRun.containsKey(releaseKey)) {
            connection.rollback(savepoint);
            return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), Outcome.IGNORED,
                    copied.rows(), List.of(), 0, note("reference.note.differsFromOtherFile", loadedThisRun.get(releaseKey)));
        }
        if (existing != null) {
            deleteRelease(connection, dataset, existing.id());
            outcome = Outcome.REPLACED;
            note = note("reference.note.replaced", existing.sourceFile());
        }
        try (PreparedStatement finish = connection.prepareStatement(
                "update ref_release set fingerprint = ?, row_count = ? where id = ?")) {
            finish.setString(1, copied.fingerprint());
            finish.setLong(2, copied.rows());
            finish.setLong(3, releaseId);
            finish.executeUpdate();
        }
        makeNewestCurrent(connection, dataset);
        connection.releaseSavepoint(savepoint);
        loadedThisRun.put(releaseKey, file.displayName());
        return new FileResult(file.displayName(), kind.messageKey(), dataset.key(), target.vintage(), outcome, copied.rows(),
                List.of(), 0, note);
    }

    /** A release and its rows go together (the data tables keep no foreign key, see the migration). */
    private static void deleteRelease(Connection connection, ReferenceDataset dataset, long releaseId) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement("delete from " + dataset.table() + " where release_id = ?");
             PreparedStatement release = connection.prepareStatement("delete from ref_release where id = ?")) {
            rows.setLong(1, releaseId);
            rows.executeUpdate();
            release.setLong(1, releaseId);
            release.executeUpdate();
        }
    }

    private static long insertRelease(Connection connection, Target target, SourceFile file, String loadedBy, boolean starter)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into ref_release (dataset, vintage, vintage_order, source_file, fingerprint, row_count, starter, loaded_by)
                values (?, ?, ?, ?, '', 0, ?, ?) returning id""")) {
            insert.setString(1, target.dataset().key());
            insert.setString(2, target.vintage());
            insert.setBigDecimal(3, target.vintageOrder());
            insert.setString(4, file.displayName());
            insert.setBoolean(5, starter);
            insert.setString(6, loadedBy);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private record Existing(long id, String fingerprint, String sourceFile, boolean starter) {
    }

    private static Existing existing(Connection connection, ReferenceDataset dataset, String vintage, long newId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, fingerprint, source_file, starter from ref_release where dataset = ? and vintage = ? and id <> ?")) {
            query.setString(1, dataset.key());
            query.setString(2, vintage);
            query.setLong(3, newId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)) : null;
            }
        }
    }

    /** The newest vintage of a dataset is the one every page and picker uses; older ones stay for comparison. */
    private static void makeNewestCurrent(Connection connection, ReferenceDataset dataset) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("update ref_release set current = false where dataset = ? and current");
             PreparedStatement set = connection.prepareStatement("""
                     update ref_release set current = true where id = (
                         select id from ref_release where dataset = ? order by vintage_order desc, id desc limit 1)""")) {
            clear.setString(1, dataset.key());
            clear.executeUpdate();
            set.setString(1, dataset.key());
            set.executeUpdate();
        }
    }

    private record Copied(long rows, String fingerprint, List<Problem> problems, int problemCount) {
    }

    private static Copied copy(Connection connection, TableSource table, Header header, Target target, long releaseId)
            throws SQLException, IOException, UnreadableFile {
        ReferenceDataset dataset = target.dataset();
        String sql = "copy " + dataset.table() + " (release_id, " + String.join(", ", dataset.columns())
                + ") from stdin (format csv)";
        PGConnection pg = connection.unwrap(PGConnection.class);
        // The fingerprint is the sum of the rows' hashes: the same rows in another order (BLS's export sorts
        // by title, the converted file by code) are the same release. Two independent 64-bit hashes per row
        // tell releases apart; nothing here needs a cryptographic hash.
        long sumA = 0;
        long sumB = 0;
        List<Problem> problems = new ArrayList<>();
        int problemCount = 0;
        long rows = 0;
        List<Integer> keyIndexes = dataset.uniqueColumns().stream().map(dataset.columns()::indexOf).toList();
        Map<String, Integer> seenKeys = new HashMap<>();
        String prefix = releaseId + ",";
        PGCopyOutputStream stream = new PGCopyOutputStream(pg, sql, 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        boolean finished = false;
        try {
            while (table.rowNumber() < header.rowNumber()) {
                if (table.next() == null) {
                    break;
                }
            }
            StringBuilder line = new StringBuilder(256);
            List<String> cells;
            while ((cells = table.next()) != null) {
                if (nonBlank(cells) == 0 || isNote(cells, header)) {
                    continue;
                }
                String[] values;
                try {
                    values = target.mapper().map(cells);
                } catch (ValueProblem problem) {
                    problemCount++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(new Problem(table.rowNumber(), problem.column(),
                                new DefaultMessageSourceResolvable(new String[] {problem.messageKey()}, problem.arguments())));
                    }
                    continue;
                }
                if (values == null) {
                    continue;
                }
                if (!keyIndexes.isEmpty()) {
                    StringBuilder key = new StringBuilder();
                    for (int index : keyIndexes) {
                        key.append(values[index]).append('\u0001');
                    }
                    Integer firstRow = seenKeys.putIfAbsent(key.toString(), table.rowNumber());
                    if (firstRow != null) {
                        if (dataset.repeatsAllowed()) {
                            continue;
                        }
                        problemCount++;
                        if (problems.size() < PROBLEMS_KEPT) {
                            problems.add(new Problem(table.rowNumber(), "",
                                    new DefaultMessageSourceResolvable(new String[] {"reference.problem.repeated"},
                                            new Object[] {key.toString().replace('\u0001', ' ').trim(), firstRow})));
                        }
                        continue;
                    }
                }
                if (problemCount > 0) {
                    continue; // keep reading to report more problems, but write nothing more
                }
                line.setLength(0);
                for (String value : values) {
                    if (!line.isEmpty()) {
                        line.append(',');
                    }
                    if (value != null) {
                        line.append('"').append(value.replace("\"", "\"\"")).append('"');
                    }
                }
                line.append('\n');
                String row = line.toString();
                sumA += mix(fnv1a(row));
                sumB += mix(polynomial(row));
                writer.write(prefix);
                writer.write(row);
                rows++;
            }
            if (problemCount == 0) {
                writer.flush();
                stream.endCopy();
                finished = true;
            }
        } finally {
            if (!finished && stream.isActive()) {
                stream.cancelCopy();
            }
        }
        return new Copied(rows, String.format("%016x%016x-%d", sumA, sumB, rows), problems, problemCount);
    }

    /** Footnotes under a table ("Note: …") fill only the first cell with prose; they are not data. */
    private static boolean isNote(List<String> cells, Header header) {
        if (header.originalNames().size() < 3 || nonBlank(cells) != 1) {
            return false;
        }
        String first = cells.get(0) == null ? "" : cells.get(0).trim();
        return first.length() >= 20 && first.matches(".*[A-Za-z]{3,}.*\\s.*");
    }

    private static int nonBlank(List<String> cells) {
        int n = 0;
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static FileResult fileProblem(String file, String kindKey, String messageKey, Object... arguments) {
        return new FileResult(file, kindKey, null, null, Outcome.FAILED, 0,
                List.of(new Problem(0, "", new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments))), 0, null);
    }

    private static MessageSourceResolvable note(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long polynomial(String text) {
        long hash = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < text.length(); i++) {
            hash = hash * 0x100000001B3L + text.charAt(i) + 0x632BE59BD9B4E019L;
        }
        return hash;
    }

    /** The SplitMix64 finalizer: spreads every input bit over the output, so sums of hashes do not cancel. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
