package org.pathways;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries hold in SQL as they do in Java (decision 0006): a module's SQL names only its own tables, or a
 * read-only view another module publishes in its own migrations. The owner of each table and view is the module
 * whose {@code db/migration/<module>/} folder creates it; the SQL of a module is every string in its Java sources.
 * Modulith checks the Java dependencies; this checks the ones a join would hide.
 */
class SqlBoundaryTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/pathways");
    private static final Pattern CREATES = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** A text block or a string literal: where Java keeps its SQL. */
    private static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMES = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

    /** Modules that may write other modules' tables, and why; each says so in its own package-info too. */
    private static final Map<String, String> BULK_LOADERS = Map.of(
            "synthetic", "generates the benchmark network and loads every module's tables with COPY, as a bulk loader may");

    record Owned(String module, boolean view) {
    }

    static Map<String, Owned> owners() throws IOException {
        Map<String, Owned> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(file).getName(0).toString();
                Matcher m = CREATES.matcher(Files.readString(file));
                while (m.find()) {
                    owners.put(m.group(2).toLowerCase(), new Owned(module, m.group(1).equalsIgnoreCase("view")));
                }
            }
        }
        return owners;
    }

    /** Each module's Java files and the other modules' tables their strings name ("engagement → employer in Engagements.java"). */
    static List<String> crossings(Map<String, Owned> owners) throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (BULK_LOADERS.containsKey(module)) {
                    continue;
                }
                Set<String> named = new TreeSet<>();
                Matcher literal = STRINGS.matcher(Files.readString(file));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher name = NAMES.matcher(text);
                    while (name.find()) {
                        named.add(name.group(1).toLowerCase());
                    }
                }
                for (String table : named) {
                    Owned owner = owners.get(table);
                    if (owner != null && !owner.module().equals(module) && !owner.view()) {
                        crossings.add(module + " → " + owner.module() + "." + table + " in " + SOURCES.relativize(file));
                    }
                }
            }
        }
        return crossings;
    }

    @Test
    void everyTableHasAnOwnerAndTheFinderSeesThem() throws IOException {
        Map<String, Owned> owners = owners();
        assertThat(owners).as("tables found in the migrations").containsKeys("employer", "organization", "collaborative", "demand_survey",
                "engagement", "ref_release");
        assertThat(owners.get("employer").module()).isEqualTo("employers");
        // the finder reads SQL as the modules write it: a text block with a join, a literal with an insert
        Matcher name = NAMES.matcher("select e.id from employer e join collaborative_member m on m.employer_id = e.id");
        List<String> found = new ArrayList<>();
        while (name.find()) {
            found.add(name.group(1));
        }
        assertThat(found).containsExactly("employer", "collaborative_member");
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesOrPublishedViews() throws IOException {
        assertThat(crossings(owners())).as("SQL that names another module's table: read its published view or call its service").isEmpty();
    }
}
