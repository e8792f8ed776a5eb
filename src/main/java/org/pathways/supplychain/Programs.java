package org.pathways.supplychain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ReferenceSearch;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's programs (C13): what each prepares people for and leads to, its seats and cohorts, when and how it runs,
 * what it costs and who pays, what it asks at entry and what support it gives, and how many complete it and are placed.
 * Everyone reads them; the provider keeps its own when it is on Pathways, else the organization that recorded it does.
 */
@Service
@Transactional
public class Programs {

    public enum Schedule { DAY, EVENING, WEEKEND, ONLINE }

    public enum Funding { FREE, WIOA_ELIGIBLE, EMPLOYER_PAID, TUITION, SCHOLARSHIPS }

    /** What a person enters for a program; occupations and competencies may be typed in one box, separated by commas or semicolons. */
    public record ProgramInput(@Size(max = 200) String name, @Size(max = 500) String targetSocs, CredentialKind credentialKind,
                               @Size(max = 200) String credentialName, @Size(max = 2000) String competencies, Integer seatsPerCohort,
                               LocalDate nextStart, LocalDate nextEnd, List<Schedule> schedule,
                               @DecimalMax("1000000") BigDecimal cost, List<Funding> funding, @Size(max = 2000) String entryRequirements,
                               @Size(max = 2000) String supports, Integer completionPercent, Integer placementPercent) {

        public ProgramInput {
            schedule = schedule == null ? List.of() : schedule.stream().filter(Objects::nonNull).distinct().toList();
            funding = funding == null ? List.of() : funding.stream().filter(Objects::nonNull).distinct().toList();
        }

        public static ProgramInput blank() {
            return new ProgramInput(null, null, null, null, null, null, null, null, List.of(), null, List.of(), null, null, null, null);
        }
    }

    public record ProgramView(long id, long providerId, String name, List<String> targetSocs, CredentialKind credentialKind,
                              String credentialName, List<String> competencies, Integer seatsPerCohort, LocalDate nextStart,
                              LocalDate nextEnd, List<Schedule> schedule, BigDecimal cost, List<Funding> funding, String entryRequirements,
                              String supports, Integer completionPercent, Integer placementPercent) {
    }

    private final ProgramRows rows;
    private final Providers providers;
    private final ReferenceSearch reference;
    private final InputValidation validation;
    private final AuditLog audit;

    Programs(ProgramRows rows, Providers providers, ReferenceSearch reference, InputValidation validation, AuditLog audit) {
        this.rows = rows;
        this.providers = providers;
        this.reference = reference;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ProgramView> of(long providerId) {
        providers.get(providerId);
        return rows.ofProvider(providerId);
    }

    /** Each program's occupations as a page names them: SOC code and the current release's title, by program id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> occupationNames(List<ProgramView> programs) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (ProgramView program : programs) {
            names.put(program.id(), String.join(", ", program.targetSocs().stream()
                    .map(soc -> reference.socCode(soc).map(m -> soc + " " + m.title()).orElse(soc)).toList()));
        }
        return names;
    }

    /** Whether the person's organization keeps this provider's programs: the provider itself, or whoever recorded it. */
    @Transactional(readOnly = true)
    public boolean mayKeep(long providerId) {
        PathwaysUser user = PathwaysUser.current();
        return user.canEdit() && rows.keeper(providerId).map(keeper -> keeper == user.organizationId()).orElse(false);
    }

    /** Records a program; every problem named at once, nothing saved with any. */
    public ProgramView create(long providerId, ProgramInput input) {
        providers.get(providerId);
        if (!mayKeep(providerId)) {
            throw new AccessDeniedException("Only the provider, or whoever recorded it, keeps its programs");
        }
        List<InvalidInput> problems = problemsOf(input);
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = rows.insert(providerId, normalized(input), PathwaysUser.current().username());
        audit.record("program.created", "provider", providerId, input.name().strip());
        return rows.ofProvider(providerId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The record's limits and the rules that need data or several fields, for a form to show at once. */
    @Transactional(readOnly = true)
    public List<InvalidInput> problemsOf(ProgramInput input) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        if (Text.blankToNull(input.name()) == null) {
            problems.add(new InvalidInput("name", "providerPrograms.nameRequired"));
        }
        for (String soc : list(input.targetSocs(), "[,;\\s]+")) {
            if (reference.socCode(soc).isEmpty()) {
                problems.add(new InvalidInput("targetSocs", "providerPrograms.unknownSoc", soc));
            }
        }
        if (input.seatsPerCohort() != null && (input.seatsPerCohort() < 0 || input.seatsPerCohort() > 10_000)) {
            problems.add(new InvalidInput("seatsPerCohort", "providerPrograms.badSeats", input.seatsPerCohort()));
        }
        percent(problems, "completionPercent", input.completionPercent());
        percent(problems, "placementPercent", input.placementPercent());
        if (input.nextStart() != null && input.nextEnd() != null && input.nextEnd().isBefore(input.nextStart())) {
            problems.add(new InvalidInput("nextEnd", "providerPrograms.endBeforeStart", input.nextEnd(), input.nextStart()));
        }
        if (input.cost() != null && input.cost().signum() < 0) {
            problems.add(new InvalidInput("cost", "providerPrograms.negativeCost"));
        }
        if (input.credentialKind() == null && Text.blankToNull(input.credentialName()) != null) {
            problems.add(new InvalidInput("credentialKind", "programs.credentialKindRequired"));
        }
        return problems;
    }

    private static void percent(List<InvalidInput> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 100)) {
            problems.add(new InvalidInput(field, "providerPrograms.badPercent", value));
        }
    }

    static List<String> list(String text, String separators) {
        return text == null ? List.of()
                : Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static ProgramInput normalized(ProgramInput in) {
        return new ProgramInput(in.name().strip(), String.join(",", list(in.targetSocs(), "[,;\\s]+")), in.credentialKind(),
                Text.blankToNull(in.credentialName()), String.join(";", list(in.competencies(), ";")), in.seatsPerCohort(), in.nextStart(),
                in.nextEnd(), in.schedule(), in.cost(), in.funding(), Text.blankToNull(in.entryRequirements()),
                Text.blankToNull(in.supports()), in.completionPercent(), in.placementPercent());
    }
}
