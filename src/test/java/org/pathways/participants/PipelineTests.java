package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathways.participants.Referrals.DecidedBy;
import org.pathways.participants.Referrals.Stage;
import org.pathways.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The referral's state type: the steps to a hire in order, retention no sooner than due, nothing after a way out. */
class PipelineTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Pipeline walk(Object... stagesAndDaysAgo) {
        List<Pipeline.Step> steps = new ArrayList<>();
        for (int i = 0; i < stagesAndDaysAgo.length; i += 2) {
            steps.add(new Pipeline.Step((Stage) stagesAndDaysAgo[i], TODAY.minusDays((Integer) stagesAndDaysAgo[i + 1]), null, null));
        }
        return new Pipeline(steps);
    }

    private static String refusal(Pipeline pipeline, Stage stage, int daysAgo, String reason, DecidedBy by) {
        try {
            pipeline.check(stage, TODAY.minusDays(daysAgo), reason, by, TODAY);
            return null;
        } catch (InvalidInput refused) {
            return refused.field() + " " + refused.messageKey();
        }
    }

    @Test
    void theStepsToAHireComeInOrder() {
        Pipeline referred = walk(Stage.REFERRED, 20);
        assertThat(refusal(referred, Stage.APPLIED, 19, null, null)).isNull();
        assertThat(refusal(referred, Stage.HIRED, 10, null, null)).as("hired before offered")
                .isEqualTo("stage referrals.outOfOrder.HIRED");
        assertThat(refusal(referred, Stage.INTERVIEWED, 10, null, null)).isEqualTo("stage referrals.outOfOrder.INTERVIEWED");
        assertThat(refusal(walk(Stage.REFERRED, 20, Stage.APPLIED, 15), Stage.APPLIED, 14, null, null))
                .isEqualTo("stage referrals.alreadyRecorded");
        assertThat(refusal(referred, Stage.REFERRED, 10, null, null)).isEqualTo("stage referrals.alreadyReferred");
        assertThat(refusal(referred, Stage.APPLIED, 25, null, null)).as("before the last stage")
                .isEqualTo("occurredOn referrals.dateBeforeLast");
        assertThat(refusal(referred, Stage.APPLIED, -1, null, null)).as("tomorrow").isEqualTo("occurredOn referrals.dateInFuture");
        assertThat(refusal(referred, null, 1, null, null)).isEqualTo("stage referrals.stageRequired");
    }

    @Test
    void retentionIsCheckedNoSoonerThanItFallsDue() {
        Pipeline hired = walk(Stage.REFERRED, 200, Stage.APPLIED, 199, Stage.INTERVIEWED, 190, Stage.OFFERED, 185, Stage.HIRED, 180);
        assertThat(hired.nextRetention()).isEqualTo(Stage.RETAINED_30);
        assertThat(hired.dueOn(Stage.RETAINED_30)).isEqualTo(TODAY.minusDays(150));
        assertThat(refusal(hired, Stage.RETAINED_90, 100, null, null)).as("retained 90 before the hire date + 90")
                .isEqualTo("occurredOn referrals.retainedTooSoon");
        assertThat(refusal(hired, Stage.RETAINED_90, 90, null, null)).as("on the 90th day").isNull();
        assertThat(refusal(hired, Stage.RETAINED_365, 0, null, null)).as("a year has not passed")
                .isEqualTo("occurredOn referrals.retainedTooSoon");
        Pipeline at90 = walk(Stage.REFERRED, 200, Stage.APPLIED, 199, Stage.INTERVIEWED, 190, Stage.OFFERED, 185, Stage.HIRED, 180,
                Stage.RETAINED_90, 80);
        assertThat(at90.nextRetention()).as("a skipped 30-day check is not asked for after the 90-day one").isEqualTo(Stage.RETAINED_180);
        assertThat(refusal(at90, Stage.RETAINED_30, 10, null, null)).isEqualTo("stage referrals.alreadyRecorded");
        assertThat(refusal(walk(Stage.REFERRED, 3), Stage.RETAINED_30, 1, null, null)).isEqualTo("stage referrals.notHiredYet");
    }

    @Test
    void waysOutNeedAReasonAndNothingFollowsThem() {
        Pipeline offered = walk(Stage.REFERRED, 20, Stage.APPLIED, 19, Stage.INTERVIEWED, 15, Stage.OFFERED, 10);
        assertThat(refusal(offered, Stage.DECLINED, 5, null, DecidedBy.PARTICIPANT)).isEqualTo("reason referrals.exitNeedsReason");
        assertThat(refusal(offered, Stage.DECLINED, 5, "The hours", null)).isEqualTo("decidedBy referrals.exitNeedsReason");
        assertThat(refusal(offered, Stage.DECLINED, 5, "The hours", DecidedBy.PARTICIPANT)).isNull();
        assertThat(refusal(walk(Stage.REFERRED, 20), Stage.DECLINED, 5, "No", DecidedBy.PARTICIPANT)).as("no offer to decline")
                .isEqualTo("stage referrals.declineNeedsOffer");
        assertThat(refusal(offered, Stage.SEPARATED, 5, "Moved", DecidedBy.PARTICIPANT)).isEqualTo("stage referrals.notHiredYet");
        Pipeline withdrawn = walk(Stage.REFERRED, 20, Stage.WITHDRAWN, 10);
        assertThat(withdrawn.closed()).isTrue();
        assertThat(withdrawn.current()).isEqualTo(Stage.WITHDRAWN);
        assertThat(refusal(withdrawn, Stage.APPLIED, 5, null, null)).isEqualTo("stage referrals.closed");
        Pipeline hired = walk(Stage.REFERRED, 20, Stage.APPLIED, 19, Stage.INTERVIEWED, 15, Stage.OFFERED, 10, Stage.HIRED, 8);
        assertThat(refusal(hired, Stage.NOT_SELECTED, 5, "No", DecidedBy.EMPLOYER)).isEqualTo("stage referrals.alreadyHired");
    }

    @Test
    void advancementNeedsAHireAndLeavesTheRetentionWhereItWas() {
        Pipeline hired = walk(Stage.REFERRED, 100, Stage.APPLIED, 99, Stage.INTERVIEWED, 95, Stage.OFFERED, 92, Stage.HIRED, 90,
                Stage.RETAINED_30, 60);
        assertThat(refusal(hired, Stage.ADVANCED, 10, null, null)).isEqualTo("reason referrals.advancedNeedsReason");
        assertThat(refusal(hired, Stage.ADVANCED, 10, "A raise", null)).isNull();
        Pipeline advanced = walk(Stage.REFERRED, 100, Stage.APPLIED, 99, Stage.INTERVIEWED, 95, Stage.OFFERED, 92, Stage.HIRED, 90,
                Stage.RETAINED_30, 60, Stage.ADVANCED, 10);
        assertThat(advanced.current()).isEqualTo(Stage.RETAINED_30);
        assertThat(refusal(advanced, Stage.RETAINED_90, 0, null, null)).isNull();
        assertThat(refusal(walk(Stage.REFERRED, 5), Stage.ADVANCED, 1, "A raise", null)).isEqualTo("stage referrals.notHiredYet");
    }
}
