package org.pathways.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an employer spends today to fill one critical job, and what the partnership cost (C14): the employer's figures,
 * recorded by the organization that keeps its profile, from which the KPIs work out the saving and the return. Only the
 * keeper records them; the employer itself reads them on its KPIs.
 */
@Service
@Transactional
public class Costs {

    /** Baseline cost per hire (recruiting, onboarding and the share of replacing those who leave) and a partnership hire's cost. */
    public record Baseline(long criticalJobId, BigDecimal baselinePerHire, BigDecimal partnershipPerHire, String note, String recordedBy,
                           Instant recordedAt) {
    }

    public record Investment(long id, LocalDate startsOn, LocalDate endsOn, BigDecimal amount, String note, String recordedBy) {
    }

    public record BaselineInput(Long criticalJobId, @DecimalMax("100000000") BigDecimal baselinePerHire,
                                @DecimalMax("100000000") BigDecimal partnershipPerHire, @Size(max = 500) String note) {
    }

    public record InvestmentInput(LocalDate startsOn, LocalDate endsOn, @DecimalMax("1000000000") BigDecimal amount,
                                  @Size(max = 500) String note) {
    }

    /** An employer profile's costs as recorded: a baseline per job, the partnership's cost by period. */
    public record CostsView(long employerId, Map<Long, Baseline> baselines, List<Investment> investments) {
    }

    private final OutcomeRows rows;
    private final InputValidation validation;
    private final AuditLog audit;

    Costs(OutcomeRows rows, InputValidation validation, AuditLog audit) {
        this.rows = rows;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CostsView of(long employerId) {
        OutcomeRows.Employer employer = readable(employerId);
        return new CostsView(employer.id(), rows.baselines(employerId), rows.investments(employerId));
    }

    public void saveBaseline(long employerId, BaselineInput input) {
        PathwaysUser me = PathwaysUser.currentEditor();
        kept(employerId, me);
        validation.check(input);
        List<InvalidInput> problems = new ArrayList<>();
        if (input.criticalJobId() == null || rows.jobs(List.of(input.criticalJobId())).values().stream()
                .noneMatch(j -> j.employerId() == employerId)) {
            problems.add(new InvalidInput("criticalJobId", "outcomes.jobOfEmployer"));
        }
        amount(problems, "baselinePerHire", input.baselinePerHire());
        amount(problems, "partnershipPerHire", input.partnershipPerHire());
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        rows.saveBaseline(me.organizationId(), employerId, input.criticalJobId(), input.baselinePerHire(), input.partnershipPerHire(),
                Text.blankToNull(input.note()), me.username());
        audit.record("outcomes.baselineSaved", "employer", employerId, "critical job " + input.criticalJobId());
    }

    public long addInvestment(long employerId, InvestmentInput input) {
        PathwaysUser me = PathwaysUser.currentEditor();
        kept(employerId, me);
        validation.check(input);
        List<InvalidInput> problems = new ArrayList<>();
        if (input.startsOn() == null) {
            problems.add(new InvalidInput("startsOn", "outcomes.startRequired"));
        }
        if (input.endsOn() == null) {
            problems.add(new InvalidInput("endsOn", "outcomes.endRequired"));
        } else if (input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            problems.add(new InvalidInput("endsOn", "outcomes.toBeforeFrom"));
        }
        amount(problems, "amount", input.amount());
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = rows.addInvestment(me.organizationId(), employerId, input.startsOn(), input.endsOn(), input.amount(),
                Text.blankToNull(input.note()), me.username());
        audit.record("outcomes.investmentAdded", "employer", employerId, input.amount() + " from " + input.startsOn() + " to "
                + input.endsOn());
        return id;
    }

    private static void amount(List<InvalidInput> problems, String field, BigDecimal amount) {
        if (amount == null) {
            problems.add(new InvalidInput(field, "outcomes.amountRequired"));
        } else if (amount.signum() < 0) {
            problems.add(new InvalidInput(field, "outcomes.amountNegative"));
        }
    }

    private OutcomeRows.Employer readable(long employerId) {
        long mine = PathwaysUser.current().organizationId();
        return rows.employer(employerId).filter(e -> e.organizationId() == mine || Long.valueOf(mine).equals(e.ownOrganizationId()))
                .orElseThrow(() -> new NotFound("employer", employerId));
    }

    private void kept(long employerId, PathwaysUser me) {
        if (rows.employer(employerId).filter(e -> e.organizationId() == me.organizationId()).isEmpty()) {
            throw new NotFound("employer", employerId);
        }
    }

    /** What the partnership cost within a period: each entry's amount spread evenly over its days, those inside the period. */
    static BigDecimal investedIn(List<Investment> investments, LocalDate from, LocalDate to) {
        if (investments.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Investment investment : investments) {
            LocalDate start = investment.startsOn().isAfter(from) ? investment.startsOn() : from;
            LocalDate end = investment.endsOn().isBefore(to) ? investment.endsOn() : to;
            if (end.isBefore(start)) {
                continue;
            }
            long inside = ChronoUnit.DAYS.between(start, end) + 1;
            long all = ChronoUnit.DAYS.between(investment.startsOn(), investment.endsOn()) + 1;
            total = total.add(investment.amount().multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(all), 2,
                    RoundingMode.HALF_UP));
        }
        return total;
    }
}
