package org.pathways.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The job-title evaluation set (src/test/resources/reference/job-title-evaluation.txt) and the accuracy of
 * a suggester on it: top-1 when the first suggestion is an accepted code, top-5 when any of the five is.
 */
record JobTitleEvaluation(List<Case> cases) {

    record Case(String title, List<String> accepted) {
    }

    /** {@code strictTop1} counts only the first listed code, for the titles where coders could differ. */
    record Result(int cases, int top1, int top5, int strictTop1, List<String> misses) {
        double top1Rate() {
            return (double) top1 / cases;
        }

        double top5Rate() {
            return (double) top5 / cases;
        }
    }

    static JobTitleEvaluation load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = JobTitleEvaluation.class.getResourceAsStream("/reference/job-title-evaluation.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf('|');
                cases.add(new Case(line.substring(0, bar).strip(), Arrays.asList(line.substring(bar + 1).strip().split("\\s+"))));
            }
        }
        return new JobTitleEvaluation(cases);
    }

    Result evaluate(Function<String, List<JobTitleSuggester.Suggestion>> suggester) {
        int top1 = 0;
        int top5 = 0;
        int strict = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<JobTitleSuggester.Suggestion> suggestions = suggester.apply(c.title());
            boolean first = !suggestions.isEmpty() && c.accepted().contains(suggestions.get(0).soc());
            boolean any = suggestions.stream().limit(5).anyMatch(s -> c.accepted().contains(s.soc()));
            top1 += first ? 1 : 0;
            strict += !suggestions.isEmpty() && c.accepted().get(0).equals(suggestions.get(0).soc()) ? 1 : 0;
            top5 += any ? 1 : 0;
            if (!first) {
                misses.add((any ? "top-5 " : "MISS  ") + c.title() + " → " + suggestions.stream().limit(3)
                        .map(s -> s.soc() + " " + s.title() + " (" + s.score() + ")").toList() + " wanted " + c.accepted());
            }
        }
        return new Result(cases.size(), top1, top5, strict, misses);
    }
}
