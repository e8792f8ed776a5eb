package org.pathways.engagement;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathways.engagement.ValuePropositions.Draft;
import org.pathways.engagement.ValuePropositions.Stage;
import org.pathways.engagement.ValuePropositions.Step;
import org.pathways.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;

/** What each stage of a value proposition asks of the version saved at it, without a database. */
class PropositionStageTests {

    @Test
    void aDraftMayBeUnfinishedWhatTheEmployerSeesMayNot() {
        assertThat(Stage.DRAFT.needsEverySection()).isFalse();
        assertThat(Stage.SHARED.needsEverySection()).isTrue();
        assertThat(Stage.AGREED.needsEverySection()).isTrue();
        assertThat(Arrays.stream(Stage.values()).filter(Stage::needsMeasures)).containsExactly(Stage.AGREED);
        assertThat(Arrays.stream(Stage.values()).filter(Stage::announcesAgreement)).containsExactly(Stage.AGREED);
    }

    @Test
    void anEmptyVersionIsADraftButNeitherSharedNorAgreed() {
        Map<Step, String> nothing = new EnumMap<>(Step.class);
        assertThat(ValuePropositions.problemsOf(new Draft(Stage.DRAFT, nothing, List.of()), List.of())).isEmpty();
        assertThat(ValuePropositions.problemsOf(new Draft(Stage.SHARED, nothing, List.of()), List.of()))
                .extracting(InvalidInput::messageKey).containsOnly("valueProposition.stepRequired").hasSize(Step.values().length);
        assertThat(ValuePropositions.problemsOf(new Draft(Stage.AGREED, nothing, List.of()), List.of()))
                .extracting(InvalidInput::messageKey).contains("valueProposition.stepRequired", "measure.requiredToAgree");
    }
}
