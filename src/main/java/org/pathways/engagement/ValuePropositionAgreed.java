package org.pathways.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.pathways.employers.PainPointKind;

/**
 * An employer agreed to a value proposition: its success measures are now the targets the outcomes are compared with
 * (decision 0006). Published once per agreed version; a later agreed version replaces the targets of an earlier one.
 */
public record ValuePropositionAgreed(long employerId, long organizationId, int version, Instant agreedAt, List<AgreedMeasure> measures) {

    public ValuePropositionAgreed {
        measures = List.copyOf(measures);
    }

    /** One agreed target: "80 % retained at 90 days for the critical job 12". */
    public record AgreedMeasure(ValuePropositions.MeasureKind kind, ValuePropositions.Unit unit, BigDecimal target, int periodDays,
                                Long criticalJobId, PainPointKind painPoint) {
    }
}
