package org.pathways.talentflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathways.collaboratives.Collaboratives.Confidentiality;
import org.pathways.talentflow.TalentFlow.Count;
import org.pathways.talentflow.TalentFlow.Rule;
import org.pathways.talentflow.TalentFlow.Tally;
import org.pathways.talentflow.TalentFlow.Withheld;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breakdown rule on its own: lines that fail the confidentiality rule are held back and added into "others", which
 * grows with the smallest lines shown until it passes, so the total less the lines shown never reveals a held-back line.
 */
class PartitionTests {

    private static final Rule PARTNER = new Rule(Confidentiality.FEDERAL, false);

    /** A line of hires: how many each employer (1, 2, 3…) contributes. */
    private static Tally line(long... perEmployer) {
        List<TalentFlowRows.FlowHire> hires = new ArrayList<>();
        for (int employer = 0; employer < perEmployer.length; employer++) {
            for (long i = 0; i < perEmployer[employer]; i++) {
                hires.add(new TalentFlowRows.FlowHire(employer + 1, null, LocalDate.of(2026, 1, 1), null, null, null, null, List.of(),
                        List.of()));
            }
        }
        return Tally.of(hires);
    }

    private static Map<String, Tally> lines(Object... keysAndTallies) {
        Map<String, Tally> lines = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTallies.length; i += 2) {
            lines.put((String) keysAndTallies[i], (Tally) keysAndTallies[i + 1]);
        }
        return lines;
    }

    private static Count find(List<Count> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aLineOfOneEmployerIsHeldBackWithTheSmallestLineShownSoThatOthersPasses() {
        List<Count> counts = PARTNER.partition(lines("a", line(4, 4, 4), "b", line(2, 2, 2), "c", line(0, 0, 3)), k -> k);
        assertThat(find(counts, "a").hires()).isEqualTo(12);
        assertThat(find(counts, "c").hires()).isNull();
        assertThat(find(counts, "c").withheld()).isEqualTo(Withheld.TOO_FEW_EMPLOYERS);
        assertThat(find(counts, "b").withheld()).as("b joins others: c alone in others would be c's figure")
                .isEqualTo(Withheld.COMBINED_WITH_OTHERS);
        assertThat(find(counts, "others").hires()).isEqualTo(9);
        long shown = counts.stream().filter(c -> c.hires() != null).mapToLong(Count::hires).sum();
        assertThat(shown).as("the lines shown and others add up to the total").isEqualTo(21);
    }

    @Test
    void aLineOneEmployerDominatesIsHeldBackAndOthersPassesOnItsOwn() {
        List<Count> counts = PARTNER.partition(lines("a", line(5, 5, 5), "b", line(9, 1, 1), "c", line(1, 1, 1), "d", line(1, 0, 0)),
                k -> k);
        assertThat(find(counts, "b").withheld()).isEqualTo(Withheld.ONE_EMPLOYER_DOMINATES);
        assertThat(find(counts, "d").withheld()).isEqualTo(Withheld.TOO_FEW_EMPLOYERS);
        // b + d: employer 1 has 10 of 12, still dominant, so c (the smallest line shown) joins them: 11 of 15
        assertThat(find(counts, "c").withheld()).isEqualTo(Withheld.COMBINED_WITH_OTHERS);
        assertThat(find(counts, "others").hires()).isEqualTo(15);
        assertThat(find(counts, "a").hires()).isEqualTo(15);
    }

    @Test
    void nothingIsHeldBackFromTheManagingOrganizationAndAPassingBreakdownHasNoOthers() {
        Map<String, Tally> lines = lines("a", line(4, 4, 4), "c", line(0, 0, 3));
        assertThat(new Rule(Confidentiality.FEDERAL, true).partition(lines, k -> k)).extracting(Count::withheld).containsOnlyNulls();
        assertThat(PARTNER.partition(lines("a", line(4, 4, 4), "b", line(2, 2, 2)), k -> k)).extracting(Count::key)
                .containsExactly("a", "b");
    }

    @Test
    void aStricterCollaborativeHoldsBackMore() {
        Rule strict = new Rule(new Confidentiality(4, 60), false);
        assertThat(strict.of(line(4, 4, 4))).isEqualTo(Withheld.TOO_FEW_EMPLOYERS);
        assertThat(strict.of(line(7, 1, 1, 1))).as("70% from one").isEqualTo(Withheld.ONE_EMPLOYER_DOMINATES);
        assertThat(strict.of(line(3, 3, 2, 2))).isNull();
    }

    /** The benchmark runs the very statement the roll-up runs, so its psql figure is the one to compare with. */
    @Test
    void theBenchmarkRunsTheRollUpsOwnStatement() throws java.io.IOException {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("bench/talentflow-hires.sql"));
        String statement = script.lines().filter(l -> !l.startsWith("--") && !l.startsWith("\\")).collect(java.util.stream.Collectors
                .joining("\n"));
        assertThat(statement.replaceAll("\\s+", " ").strip().replaceAll(";$", ""))
                .isEqualTo(TalentFlowRows.HIRES_SQL.replaceAll("\\s+", " ").strip());
    }
}
