package org.pathways.participants;

import java.time.LocalDate;
import java.util.List;

import org.pathways.participants.Referrals.DecidedBy;
import org.pathways.participants.Referrals.Stage;
import org.pathways.shared.InvalidInput;

/**
 * A referral's stages as recorded, oldest first, and the rules for the next one (the state type of decision 0007): the
 * steps to a hire in order (referred, applied, interviewed, offered, hired), retention checked no sooner than 30, 90, 180
 * and 365 days after the hire, advancement (a raise, a promotion, a credential) any time after it, and four ways out, each
 * with a reason and who decided: withdrawn or not selected before a hire, declined once offered, separated after a hire.
 * Nothing follows a way out.
 */
public record Pipeline(List<Step> steps) {

    /** One recorded stage. */
    public record Step(Stage stage, LocalDate on, String reason, DecidedBy decidedBy) {
    }

    public Pipeline {
        steps = List.copyOf(steps);
    }

    /** The stage the referral is at: the latest one recorded, advancement aside (a person advanced is still retained). */
    public Stage current() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).stage() != Stage.ADVANCED) {
                return steps.get(i).stage();
            }
        }
        return Stage.REFERRED;
    }

    public LocalDate hiredOn() {
        return steps.stream().filter(s -> s.stage() == Stage.HIRED).map(Step::on).findFirst().orElse(null);
    }

    public boolean closed() {
        return current().exit();
    }

    public boolean reached(Stage stage) {
        return steps.stream().anyMatch(s -> s.stage() == stage);
    }

    /** The next retention check and the day it falls due, or null when none is left (or the person was not hired). */
    public Stage nextRetention() {
        if (hiredOn() == null || closed()) {
            return null;
        }
        for (Stage check : Stage.values()) {
            if (check.retentionDays() > 0 && !reached(check)
                    && steps.stream().noneMatch(s -> s.stage().retentionDays() > check.retentionDays())) {
                return check;
            }
        }
        return null;
    }

    public LocalDate dueOn(Stage retention) {
        return hiredOn().plusDays(retention.retentionDays());
    }

    /**
     * Checks a next stage against the ones recorded; refuses one out of order with the rule it breaks, at the field it is
     * about. {@code today} bounds the dates: a stage is recorded once it has happened.
     */
    public void check(Stage stage, LocalDate on, String reason, DecidedBy decidedBy, LocalDate today) {
        if (stage == null) {
            throw new InvalidInput("stage", "referrals.stageRequired");
        }
        if (on == null) {
            throw new InvalidInput("occurredOn", "referrals.dateRequired");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("occurredOn", "referrals.dateInFuture");
        }
        if (closed()) {
            throw new InvalidInput("stage", "referrals.closed");
        }
        LocalDate last = steps.isEmpty() ? null : steps.get(steps.size() - 1).on();
        if (last != null && on.isBefore(last)) {
            throw new InvalidInput("occurredOn", "referrals.dateBeforeLast", last);
        }
        if (stage.exit() && (Participants.isBlank(reason) || decidedBy == null)) {
            throw new InvalidInput(Participants.isBlank(reason) ? "reason" : "decidedBy", "referrals.exitNeedsReason");
        }
        if (stage == Stage.ADVANCED && Participants.isBlank(reason)) {
            throw new InvalidInput("reason", "referrals.advancedNeedsReason");
        }
        boolean hired = reached(Stage.HIRED);
        switch (stage) {
            case REFERRED -> throw new InvalidInput("stage", "referrals.alreadyReferred");
            case APPLIED, INTERVIEWED, OFFERED, HIRED -> {
                if (reached(stage)) {
                    throw new InvalidInput("stage", "referrals.alreadyRecorded");
                }
                if (!reached(stage.before())) {
                    // one message per stage, naming the step that must come first ("hired before offered")
                    String key = "referrals.outOfOrder." + stage.name();
                    throw new InvalidInput("stage", key);
                }
            }
            case RETAINED_30, RETAINED_90, RETAINED_180, RETAINED_365 -> {
                if (!hired) {
                    throw new InvalidInput("stage", "referrals.notHiredYet");
                }
                if (reached(stage) || steps.stream().anyMatch(s -> s.stage().retentionDays() > stage.retentionDays())) {
                    throw new InvalidInput("stage", "referrals.alreadyRecorded");
                }
                if (on.isBefore(hiredOn().plusDays(stage.retentionDays()))) {
                    throw new InvalidInput("occurredOn", "referrals.retainedTooSoon", stage.retentionDays(), dueOn(stage));
                }
            }
            case ADVANCED, SEPARATED -> {
                if (!hired) {
                    throw new InvalidInput("stage", "referrals.notHiredYet");
                }
            }
            case WITHDRAWN, NOT_SELECTED -> {
                if (hired) {
                    throw new InvalidInput("stage", "referrals.alreadyHired");
                }
            }
            case DECLINED -> {
                if (!reached(Stage.OFFERED) || hired) {
                    throw new InvalidInput("stage", "referrals.declineNeedsOffer");
                }
            }
        }
    }
}
