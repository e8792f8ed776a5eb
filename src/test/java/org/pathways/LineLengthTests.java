package org.pathways;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One line length, 140 characters (decision 0007, {@code .editorconfig}). Files written before the rule keep at most
 * the long lines they had, listed in {@code line-length-ceilings.txt}; a file that gains one fails, and a file that
 * loses some fails too until its ceiling is lowered, so the list only shrinks. A file not listed, every file of a new
 * module first, has none.
 */
class LineLengthTests {

    static final int MAX = 140;
    private static final Path CEILINGS = Path.of("src/test/resources/line-length-ceilings.txt");

    static Map<String, Integer> longLines() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long count = Files.readAllLines(file).stream().filter(line -> line.length() > MAX).count();
                    if (count > 0) {
                        counts.put(file.toString().replace('\\', '/'), (int) count);
                    }
                }
            }
        }
        return counts;
    }

    static Map<String, Integer> ceilings() throws IOException {
        Map<String, Integer> ceilings = new TreeMap<>();
        for (String line : Files.readAllLines(CEILINGS)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+", 2);
                ceilings.put(parts[1], Integer.valueOf(parts[0]));
            }
        }
        return ceilings;
    }

    static List<String> problems(Map<String, Integer> counts, Map<String, Integer> ceilings) {
        List<String> problems = new ArrayList<>();
        counts.forEach((file, count) -> {
            int ceiling = ceilings.getOrDefault(file, 0);
            if (count > ceiling) {
                problems.add(file + ": lines over " + MAX + " characters: " + count + ", at most " + ceiling);
            }
        });
        ceilings.forEach((file, ceiling) -> {
            int count = counts.getOrDefault(file, 0);
            if (count < ceiling) {
                problems.add(file + ": lines over " + MAX + " characters: " + count + "; lower its ceiling in " + CEILINGS
                        + " from " + ceiling + " to " + count);
            }
        });
        return problems;
    }

    @Test
    void noFileHasMoreLongLinesThanItsCeilingAndCeilingsFollowTheFixes() throws IOException {
        assertThat(problems(longLines(), ceilings())).as("line lengths").isEmpty();
    }

    @Test
    void aNewLongLineAnUnlistedFileAndAFixNotRecordedAreEachNamed() {
        Map<String, Integer> ceilings = Map.of("Old.java", 3, "Fixed.java", 2);
        assertThat(problems(Map.of("Old.java", 4, "New.java", 1, "Fixed.java", 1), ceilings)).containsExactlyInAnyOrder(
                "Old.java: lines over 140 characters: 4, at most 3",
                "New.java: lines over 140 characters: 1, at most 0",
                "Fixed.java: lines over 140 characters: 1; lower its ceiling in " + CEILINGS + " from 2 to 1");
        assertThat(problems(Map.of("Old.java", 3, "Fixed.java", 2), ceilings)).isEmpty();
    }
}
