package org.pathways.demand;

import org.junit.jupiter.api.Test;
import org.pathways.demand.DemandSurveys.Status;
import org.pathways.shared.Conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A survey's life, draft → open → closed, with every step its state does not allow refused. */
class SurveyStatusTests {

    @Test
    void aDraftOpensAndAnOpenSurveyCloses() {
        assertThat(Status.DRAFT.opened()).isEqualTo(Status.OPEN);
        assertThat(Status.OPEN.opened()).as("opened again to invite members who joined since").isEqualTo(Status.OPEN);
        assertThat(Status.OPEN.closed()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aClosedSurveyDoesNotReopenAndOnlyAnOpenOneCloses() {
        assertThatThrownBy(Status.CLOSED::opened).isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).messageKey()).isEqualTo("survey.alreadyClosed"));
        assertThatThrownBy(Status.DRAFT::closed).isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).messageKey()).isEqualTo("survey.notOpen"));
        assertThatThrownBy(Status.CLOSED::closed).isInstanceOf(Conflict.class);
    }

    @Test
    void remindersAndAnswersOnlyWhileOpen() {
        Status.OPEN.requireOpen();
        assertThatThrownBy(Status.DRAFT::requireOpen).isInstanceOf(Conflict.class).hasMessageContaining("draft");
        assertThatThrownBy(Status.CLOSED::requireOpen).isInstanceOf(Conflict.class).hasMessageContaining("closed");
    }
}
