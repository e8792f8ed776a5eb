package org.pathways.employers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathways.employers.CriticalJobs.CriticalJobView;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranks missing below the highest one an employer gave its critical jobs. */
class RankGapsTests {

    private static CriticalJobView ranked(Integer rank) {
        return new CriticalJobView(1, 1, "Job " + rank, null, null, false, null, null, null, null, null, null, null, null, rank,
                List.of(), null, null, 0);
    }

    @Test
    void ranksMissingBelowTheHighestAreGaps() {
        assertThat(CriticalJobs.rankGaps(List.of(ranked(1), ranked(3), ranked(4)))).containsExactly(2);
        assertThat(CriticalJobs.rankGaps(List.of(ranked(5), ranked(null)))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void noRanksOrRanksInOrderHaveNoGaps() {
        assertThat(CriticalJobs.rankGaps(List.of())).isEmpty();
        assertThat(CriticalJobs.rankGaps(List.of(ranked(null), ranked(null)))).isEmpty();
        assertThat(CriticalJobs.rankGaps(List.of(ranked(2), ranked(1), ranked(2)))).as("a rank given twice is not a gap").isEmpty();
    }
}
