package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training programs an OPSO records (a welding boot camp, a nursing-assistant course): what each leads to, a credential
 * or competencies, and when the next cohort starts. A participant's matches name them beside the gaps they would close,
 * until the supply-chain module keeps the providers' own programs.
 */
@Service
@Transactional
public class TrainingPrograms {

    public record Program(long id, String name, String provider, CredentialKind credentialKind, String credentialName,
                          List<String> competencies, LocalDate nextStart) {

        /** Whether the program leads to what a gap asks for: the credential (of the kind, by name when one is asked), the competency. */
        boolean closes(Matches.Line gap) {
            if (gap.closer() != Matches.Closer.TRAINING_PROGRAM) {
                return false;
            }
            if (gap.credentialKind() != null && gap.credentialKind() == credentialKind) {
                return gap.requirement() == null || credentialName == null || credentialName.equalsIgnoreCase(gap.requirement().strip());
            }
            return gap.requirement() != null && competencies.stream().anyMatch(c -> c.equalsIgnoreCase(gap.requirement().strip()));
        }
    }

    /** What the page and the API send; competencies separated by semicolons. */
    public record ProgramInput(@Size(max = 200) String name, @Size(max = 200) String provider, CredentialKind credentialKind,
                               @Size(max = 200) String credentialName, @Size(max = 1000) String competencies, LocalDate nextStart) {

        public static ProgramInput blank() {
            return new ProgramInput(null, null, null, null, null, null);
        }
    }

    /** The organization's programs, for the matches page to name beside each gap. */
    public record Finder(List<Program> programs) {

        public List<Program> forGap(Matches.Line gap) {
            return programs.stream().filter(p -> p.closes(gap)).toList();
        }
    }

    private final JdbcClient jdbc;
    private final InputValidation validation;
    private final AuditLog audit;

    TrainingPrograms(JdbcClient jdbc, InputValidation validation, AuditLog audit) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Program> list() {
        return jdbc.sql("select * from training_program where organization_id = ? order by lower(name), id")
                .param(PathwaysUser.current().organizationId())
                .query((rs, n) -> new Program(rs.getLong("id"), rs.getString("name"), rs.getString("provider"),
                        rs.getString("credential_kind") == null ? null : CredentialKind.valueOf(rs.getString("credential_kind")),
                        rs.getString("credential_name"), Arrays.asList((String[]) rs.getArray("competencies").getArray()),
                        rs.getObject("next_start", LocalDate.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public Finder finder() {
        return new Finder(list());
    }

    /** Records a program; it must lead somewhere (a credential or a competency), every problem named at once. */
    public Program create(ProgramInput input) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff record its programs");
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        if (Text.blankToNull(input.name()) == null) {
            problems.add(new InvalidInput("name", "programs.nameRequired"));
        }
        List<String> competencies = input.competencies() == null ? List.of() : Arrays.stream(input.competencies().split(";"))
                .map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (input.credentialKind() == null && competencies.isEmpty()) {
            problems.add(new InvalidInput("credentialKind", "programs.leadsNowhere"));
        }
        if (input.credentialKind() == null && Text.blankToNull(input.credentialName()) != null) {
            problems.add(new InvalidInput("credentialKind", "programs.credentialKindRequired"));
        }
        if (competencies.size() > 20) {
            problems.add(new InvalidInput("competencies", "programs.tooManyCompetencies", 20));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long id = jdbc.sql("""
                        insert into training_program (organization_id, name, provider, credential_kind, credential_name, competencies,
                            next_start, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organizationId(), input.name().strip(), Text.blankToNull(input.provider()),
                        input.credentialKind() == null ? null : input.credentialKind().name(), Text.blankToNull(input.credentialName()),
                        competencies.toArray(String[]::new), input.nextStart(), user.username())
                .query(Long.class).single();
        audit.record("program.created", "program", id, input.name().strip());
        return list().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    public void remove(long programId) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff record its programs");
        if (jdbc.sql("delete from training_program where id = ? and organization_id = ?").params(programId, user.organizationId())
                .update() == 0) {
            throw new NotFound("program", programId);
        }
        audit.record("program.removed", "program", programId, null);
    }
}
