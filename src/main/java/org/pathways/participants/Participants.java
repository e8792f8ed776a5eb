package org.pathways.participants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.BulkCopy;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.Competencies;
import org.pathways.reference.ReferenceSearch;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an OPSO serves (C15), written from their strengths: who they are and how to reach them, their skills,
 * credentials, work history and goals. A participant belongs to the OPSO that serves them; another organization never sees
 * them. Their confidential circumstances are {@link Circumstances}', kept apart and sealed. Rules, audit and transaction
 * here; SQL in {@link ParticipantRows} (decision 0007).
 */
@Service
@Transactional
public class Participants {

    public static final int MAX_ROWS = 40;

    public enum ContactWay { EMAIL, PHONE, TEXT }

    public enum PayUnit { HOURLY, YEARLY }

    /** A skill: an O*NET element (by id, or by its exact name), or the person's own words for one O*NET lacks. */
    public record Skill(@Size(max = 20) String elementId, @Size(max = 200) String name) {

        boolean isEmpty() {
            return isBlank(elementId) && isBlank(name);
        }
    }

    /** A credential the person holds, of the requirements' kinds, so a match compares like with like. */
    public record Credential(CredentialKind kind, @Size(max = 200) String name, @Size(max = 200) String issuer, LocalDate earnedOn) {

        boolean isEmpty() {
            return kind == null && isBlank(name) && isBlank(issuer) && earnedOn == null;
        }
    }

    /** A job the person held; the title's SOC code is suggested by the job-title suggester and may be left empty. */
    public record Work(@Size(max = 200) String employerName, @Size(max = 200) String title, @Size(max = 7) String socCode,
                       LocalDate startedOn, LocalDate endedOn) {

        boolean isEmpty() {
            return isBlank(employerName) && isBlank(title) && isBlank(socCode) && startedOn == null && endedOn == null;
        }

        /** Whole months worked, to today for a job held now; 0 when the start is not known. */
        public int months(LocalDate today) {
            if (startedOn == null) {
                return 0;
            }
            Period period = Period.between(startedOn, endedOn == null ? today : endedOn);
            return Math.max(0, period.getYears() * 12 + period.getMonths());
        }
    }

    /**
     * What the page and the API send for a profile. Lists may hold empty rows (the page's spare ones); they keep their place
     * so a problem is named at its row, and are not saved. {@code circumstances} is optional and only read on creation.
     */
    public record ParticipantInput(@NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
                                   @Size(max = 100) String preferredName, @Size(max = 40) String pronouns,
                                   @Size(max = 2) String preferredLanguage,
                                   @Email @Size(max = 200) String email, @Size(max = 40) String phone, ContactWay contactPreference,
                                   @Size(max = 5) String countyFips, LocalDate birthDate, LocalDate programEntry, LocalDate programExit,
                                   @Size(max = 4000) String strengths, @Size(max = 1000) String education,
                                           @Size(max = 300) String languages,
                                   @Size(max = 1000) String interests, Boolean shifts, Boolean weekends, Boolean hasCar,
                                   Boolean hasLicense, Boolean usesTransit,
                                   @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal desiredPay, PayUnit payUnit,
                                   @Min(1) @Max(120) Integer goalMonths,
                                   @Size(max = 100) List<@Valid Skill> skills, @Size(max = 100) List<@Valid Credential> credentials,
                                   @Size(max = 100) List<@Valid Work> workHistory, @Size(max = 20) List<@Size(max = 7) String> goals,
                                   Long staffUserId, @Valid Circumstances.CircumstancesInput circumstances) {

        public ParticipantInput {
            preferredLanguage = isBlank(preferredLanguage) ? "en" : preferredLanguage.strip();
            skills = skills == null ? List.of() : skills.stream().map(s -> s == null ? new Skill(null, null) : s).toList();
            credentials = credentials == null ? List.of()
                    : credentials.stream().map(c -> c == null ? new Credential(null, null, null, null) : c).toList();
            workHistory = workHistory == null ? List.of()
                    : workHistory.stream().map(w -> w == null ? new Work(null, null, null, null, null) : w).toList();
            goals = goals == null ? List.of() : goals.stream().map(g -> g == null ? "" : g.strip()).toList();
        }

        public static ParticipantInput blank() {
            return new ParticipantInput(null, null, null, null, "en", null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
        }

        /** The same profile with other rows (the page pads them with empty ones). */
        public ParticipantInput withRows(List<Skill> skills, List<Credential> credentials, List<Work> work, List<String> goals) {
            return new ParticipantInput(givenName, familyName, preferredName, pronouns, preferredLanguage, email, phone, contactPreference,
                    countyFips, birthDate, programEntry, programExit, strengths, education, languages, interests, shifts, weekends, hasCar,
                    hasLicense, usesTransit, desiredPay, payUnit, goalMonths, skills, credentials, work, goals, staffUserId, circumstances);
        }
    }

    /** A goal: a target occupation by SOC, with its title. */
    public record Goal(String socCode, String title) {
    }

    /** A participant's profile as the OPSO's people see it. An erased participant has no name and nothing else. */
    public record ParticipantView(long id, long organizationId, String givenName, String familyName, String preferredName,
                                  String pronouns, String preferredLanguage, String email, String phone, ContactWay contactPreference,
                                  String countyFips, String countyName, LocalDate birthDate, String ageRange, LocalDate programEntry,
                                  LocalDate programExit, String strengths, String education, String languages, String interests,
                                  Boolean shifts, Boolean weekends, Boolean hasCar, Boolean hasLicense, Boolean usesTransit,
                                  BigDecimal desiredPay, PayUnit payUnit, Integer goalMonths, List<Skill> skills,
                                  List<Credential> credentials, List<Work> workHistory, List<Goal> goals, Long staffUserId,
                                  String staffName, Instant erasedAt, int version, Instant updatedAt, String updatedBy) {

        /** The name the person goes by: the preferred name when there is one. */
        public String displayName() {
            if (erasedAt != null) {
                return null;
            }
            return (isBlank(preferredName) ? givenName : preferredName) + " " + familyName;
        }

        public ParticipantInput input() {
            return new ParticipantInput(givenName, familyName, preferredName, pronouns, preferredLanguage, email, phone, contactPreference,
                    countyFips, birthDate, programEntry, programExit, strengths, education, languages, interests, shifts, weekends, hasCar,
                    hasLicense, usesTransit, desiredPay, payUnit, goalMonths, skills, credentials, workHistory,
                    goals.stream().map(Goal::socCode).toList(), staffUserId, null);
        }
    }

    /** One line of the participant list. */
    public record ParticipantSummary(long id, String displayName, String countyName, String staffName, List<String> goalTitles,
                                     String latestStage, long referrals) {
    }

    /** The list's filters; every one optional. {@code stage} is a referral stage any of the person's referrals is at. */
    public record ParticipantQuery(@Size(max = 100) String q, @Size(max = 200) String skill, CredentialKind credential,
                                   @Size(max = 7) String soc, @Size(max = 5) String county, Referrals.Stage stage, Long staff) {

        public static ParticipantQuery none() {
            return new ParticipantQuery(null, null, null, null, null, null, null);
        }
    }

    private final ParticipantRows rows;
    private final Circumstances circumstances;
    private final ReferenceSearch reference;
    private final Competencies competencies;
    private final InputValidation validation;
    private final AuditLog audit;

    private final javax.sql.DataSource dataSource;

    Participants(ParticipantRows rows, Circumstances circumstances, ReferenceSearch reference, Competencies competencies,
                 InputValidation validation, AuditLog audit, javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
        this.rows = rows;
        this.circumstances = circumstances;
        this.reference = reference;
        this.competencies = competencies;
        this.validation = validation;
        this.audit = audit;
    }

    /** The participant, of the person's own organization; any other answers as if it did not exist. */
    @Transactional(readOnly = true)
    public ParticipantView get(long participantId) {
        return rows.read(PathwaysUser.current().organizationId(), participantId, LocalDate.now())
                .orElseThrow(() -> new NotFound("participant", participantId));
    }

    /** A participant of an organization, for readers who are not its staff: an employer's referral page, a private link. */
    ParticipantView readFor(long participantId, long organizationId) {
        return rows.read(organizationId, participantId, LocalDate.now()).orElseThrow(() -> new NotFound("participant", participantId));
    }

    /** The organization's participants matching the filters, by family name. */
    @Transactional(readOnly = true)
    public PageResult<ParticipantSummary> search(ParticipantQuery query, PageQuery page) {
        validation.check(query);
        return rows.search(PathwaysUser.current().organizationId(), query, page);
    }

    /** Records a participant (and, when sent, their circumstances, straight into the sealed store); every problem at once. */
    public ParticipantView create(ParticipantInput input) {
        PathwaysUser user = PathwaysUser.current();
        Checked checked = check(input, user);
        long id = rows.insert(user.organizationId(), checked.input(), checked.staff(), user.username());
        rows.replaceRows(id, checked.skills(), checked.credentials(), checked.work(), checked.goals());
        audit.record("participant.created", "participant", id, null);
        if (input.circumstances() != null) {
            circumstances.save(id, 0, input.circumstances());
        }
        return get(id);
    }

    /** One row of an import, checked by the form's rules: the profile and, when given, the circumstances to seal. */
    record ImportRow(Checked checked, Circumstances.CircumstancesInput circumstances) {
    }

    /**
     * Every problem the rules find in a profile, without saving anything: for a form whose binding already failed, so a
     * person learns of a missing name and an unknown occupation in one go rather than one submit after the other.
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidInput.class)
    public List<InvalidInput> problemsOf(ParticipantInput input) {
        try {
            check(input, PathwaysUser.current());
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    /** Lookups for one import, remembered across its rows. */
    Lookups lookups() {
        return new Lookups();
    }

    /** Checks one row of an import by the form's rules, with the import's remembered lookups; nothing is written. */
    // a refused row is reported with the others, it does not end the import's transaction
    @Transactional(readOnly = true, noRollbackFor = InvalidInput.class)
    ImportRow checkForImport(ParticipantInput input, Lookups lookups) {
        return new ImportRow(check(input, PathwaysUser.current(), lookups), input.circumstances());
    }

    /**
     * Writes an import's checked rows at once with COPY, in the caller's transaction (all or nothing): ids reserved first so each
     * sealed store is bound to its person, the circumstances sealed on the way, each person's access log noting the save. The
     * import is audited once, with its count, rather than once a row.
     */
    int createAll(List<ImportRow> imported) {
        PathwaysUser user = PathwaysUser.current();
        List<Long> ids = rows.reserveIds(imported.size());
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        int sealed = 0;
        try {
            BulkCopy copy = new BulkCopy(connection);
            StringBuilder people = copy.of("""
                    copy participant (id, organization_id, given_name, family_name, preferred_name, pronouns, preferred_language, email,
                        phone, contact_preference, county_fips, birth_date, program_entry, program_exit, strengths, shifts, weekends,
                        has_car, has_license, uses_transit, staff_user_id, created_by, updated_by) from stdin (format csv)""");
            StringBuilder skills = copy.of("copy participant_skill (participant_id, position, element_id, name) from stdin (format csv)");
            StringBuilder goals = copy.of("copy participant_goal (participant_id, position, soc_code) from stdin (format csv)");
            StringBuilder general = copy.of("""
                    copy participant_circumstances (participant_id, key_id, sealed, version, updated_by) from stdin (format csv)""");
            StringBuilder medical = copy.of("""
                    copy participant_medical (participant_id, key_id, sealed, updated_by) from stdin (format csv)""");
            StringBuilder reads = copy.of("""
                    copy participant_access (participant_id, organization_id, user_id, actor, what, remote_address)
                    from stdin (format csv)""");
            String address = AuditLog.remoteAddress();
            for (int i = 0; i < imported.size(); i++) {
                long id = ids.get(i);
                Checked checked = imported.get(i).checked();
                ParticipantInput in = checked.input();
                BulkCopy.line(people, id, user.organizationId(), in.givenName().strip(), in.familyName().strip(),
                        Text.blankToNull(in.preferredName()), Text.blankToNull(in.pronouns()), in.preferredLanguage(),
                        Text.blankToNull(in.email()), Text.blankToNull(in.phone()), EnumColumns.write(in.contactPreference()),
                        Text.blankToNull(in.countyFips()), in.birthDate(), in.programEntry(), in.programExit(),
                        Text.blankToNull(in.strengths()), in.shifts(), in.weekends(), in.hasCar(), in.hasLicense(), in.usesTransit(),
                        checked.staff(), user.username(), user.username());
                for (int s = 0; s < checked.skills().size(); s++) {
                    BulkCopy.line(skills, id, s, checked.skills().get(s).elementId(), checked.skills().get(s).name());
                }
                for (int g = 0; g < checked.goals().size(); g++) {
                    BulkCopy.line(goals, id, g, checked.goals().get(g));
                }
                Circumstances.CircumstancesInput situation = imported.get(i).circumstances();
                if (situation != null) {
                    Circumstances.SealedStores stores = circumstances.seal(id, situation);
                    BulkCopy.line(general, id, stores.general().keyId(), stores.general().bytes(), 1, user.username());
                    if (stores.medical() != null) {
                        BulkCopy.line(medical, id, stores.medical().keyId(), stores.medical().bytes(), user.username());
                    }
                    BulkCopy.line(reads, id, user.organizationId(), user.userId(), user.username(), Circumstances.Read.SAVE.name(),
                            address);
                    sealed++;
                }
                copy.flushWhenFull();
            }
            copy.flush();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the import could not reach the database: " + e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // the audit names the act and how many, never who
        audit.record("participant.imported", null, null, imported.size() + " participants, " + sealed + " with circumstances");
        return imported.size();
    }

    /** Saves the profile to the version the person opened; a save made since is refused and nothing is lost. */
    public ParticipantView update(long participantId, int version, ParticipantInput input) {
        PathwaysUser user = PathwaysUser.current();
        ParticipantView current = get(participantId);
        if (current.erasedAt() != null) {
            throw new InvalidInput("givenName", "participants.erased");
        }
        Checked checked = check(input, user);
        int changed = rows.update(participantId, version, checked.input(), checked.staff(), user.username());
        OptimisticWrite.expectChanged(changed, "participants.changedByOther", "participant " + participantId, version);
        rows.replaceRows(participantId, checked.skills(), checked.credentials(), checked.work(), checked.goals());
        audit.record("participant.updated", "participant", participantId, null);
        return get(participantId);
    }

    /**
     * Forgets a participant who asked to be forgotten: their personal data, profile rows, circumstances and consents' names go;
     * the referral stages stay, de-identified, so the outcomes count them; the audit keeps that an erasure happened, not what.
     */
    public void erase(long participantId) {
        PathwaysUser user = PathwaysUser.current();
        ParticipantView participant = get(participantId);
        if (participant.erasedAt() != null) {
            return;
        }
        rows.erase(participantId, user.username());
        circumstances.erase(participantId);
        audit.record("participant.erased", "participant", participantId, null);
    }

    private record Checked(ParticipantInput input, Long staff, List<Skill> skills, List<Credential> credentials, List<Work> work,
                           List<String> goals) {
    }

    private Checked check(ParticipantInput input, PathwaysUser user) {
        return check(input, user, new Lookups());
    }

    /**
     * What a check looks up (a county, an occupation, a skill's O*NET element, a colleague), remembered for as long as one
     * check or one import lasts: an import meets the same county and skill row after row.
     */
    final class Lookups {
        private final java.util.Map<String, Boolean> counties = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> occupations = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.Optional<Competencies.Competency>> skills = new java.util.HashMap<>();
        private final java.util.Map<Long, Boolean> colleagues = new java.util.HashMap<>();

        boolean county(String fips) {
            return counties.computeIfAbsent(fips, f -> reference.county(f).isPresent());
        }

        boolean soc(String code) {
            return occupations.computeIfAbsent(code, c -> reference.socCode(c).isPresent());
        }

        java.util.Optional<Competencies.Competency> named(String name) {
            return skills.computeIfAbsent(name, n -> competencies.named(null, n));
        }

        boolean colleague(long organizationId, Long userId) {
            return userId != null && colleagues.computeIfAbsent(userId, id -> rows.isColleague(organizationId, id));
        }
    }

    private Checked check(ParticipantInput input, PathwaysUser user, Lookups lookups) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        LocalDate today = LocalDate.now();
        if (!input.preferredLanguage().equals("en") && !input.preferredLanguage().equals("es")) {
            problems.add(new InvalidInput("preferredLanguage", "participants.languageUnknown"));
        }
        if (input.birthDate() != null && input.birthDate().isAfter(today)) {
            problems.add(new InvalidInput("birthDate", "participants.birthInFuture"));
        } else if (input.birthDate() != null && input.birthDate().isBefore(today.minusYears(110))) {
            problems.add(new InvalidInput("birthDate", "participants.birthTooLongAgo"));
        }
        if (input.programEntry() != null && input.programExit() != null && input.programExit().isBefore(input.programEntry())) {
            problems.add(new InvalidInput("programExit", "participants.exitBeforeEntry"));
        }
        if (!isBlank(input.countyFips()) && !lookups.county(input.countyFips().strip())) {
            problems.add(new InvalidInput("countyFips", "participants.unknownCounty", input.countyFips().strip()));
        }
        if ((input.desiredPay() == null) != (input.payUnit() == null)) {
            problems.add(new InvalidInput("payUnit", "participants.payWithUnit"));
        }
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < input.skills().size(); i++) {
            Skill skill = input.skills().get(i);
            if (!skill.isEmpty()) {
                skills.add(checkedSkill(skill, i, problems, lookups));
            }
        }
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < input.credentials().size(); i++) {
            Credential credential = input.credentials().get(i);
            if (credential.isEmpty()) {
                continue;
            }
            if (credential.kind() == null) {
                problems.add(new InvalidInput("credentials[" + i + "].kind", "participants.credentialKindRequired", i + 1));
            }
            if (credential.earnedOn() != null && credential.earnedOn().isAfter(today)) {
                problems.add(new InvalidInput("credentials[" + i + "].earnedOn", "participants.earnedInFuture", i + 1));
            }
            credentials.add(credential);
        }
        List<Work> work = new ArrayList<>();
        for (int i = 0; i < input.workHistory().size(); i++) {
            Work job = input.workHistory().get(i);
            if (!job.isEmpty()) {
                work.add(checkedWork(job, i, today, problems, lookups));
            }
        }
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            String soc = input.goals().get(i);
            if (soc.isEmpty()) {
                continue;
            }
            if (!lookups.soc(soc)) {
                problems.add(new InvalidInput("goals[" + i + "]", "participants.unknownSoc", soc));
            } else if (!goals.contains(soc)) {
                goals.add(soc);
            }
        }
        if (skills.size() > MAX_ROWS || credentials.size() > MAX_ROWS || work.size() > MAX_ROWS) {
            problems.add(new InvalidInput("skills", "participants.tooManyRows", MAX_ROWS));
        }
        Long staff = input.staffUserId() == null ? user.userId() : input.staffUserId();
        if (!lookups.colleague(user.organizationId(), staff)) {
            problems.add(new InvalidInput("staffUserId", "participants.unknownStaff"));
        }
        if (input.circumstances() != null) {
            problems.addAll(Circumstances.problems(input.circumstances(), "circumstances."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return new Checked(input, staff, skills, credentials, work, goals);
    }

    private Skill checkedSkill(Skill skill, int index, List<InvalidInput> problems, Lookups lookups) {
        if (!isBlank(skill.elementId())) {
            var found = competencies.all().stream().filter(c -> c.elementId().equals(skill.elementId().strip())).findFirst();
            if (found.isEmpty()) {
                problems.add(new InvalidInput("skills[" + index + "].elementId", "participants.unknownSkill", index + 1,
                        skill.elementId().strip()));
                return skill;
            }
            return new Skill(found.get().elementId(), found.get().name());
        }
        // a name that is an O*NET element's is that element; any other is the person's own words
        var named = lookups.named(skill.name());
        return named.map(c -> new Skill(c.elementId(), c.name())).orElse(new Skill(null, skill.name().strip()));
    }

    private Work checkedWork(Work job, int index, LocalDate today, List<InvalidInput> problems, Lookups lookups) {
        String row = "workHistory[" + index + "].";
        if (isBlank(job.employerName())) {
            problems.add(new InvalidInput(row + "employerName", "participants.workEmployerRequired", index + 1));
        }
        if (isBlank(job.title())) {
            problems.add(new InvalidInput(row + "title", "participants.workTitleRequired", index + 1));
        }
        if (!isBlank(job.socCode()) && !lookups.soc(job.socCode().strip())) {
            problems.add(new InvalidInput(row + "socCode", "participants.unknownSoc", job.socCode().strip()));
        }
        if (job.startedOn() != null && job.startedOn().isAfter(today)) {
            problems.add(new InvalidInput(row + "startedOn", "participants.workStartInFuture", index + 1));
        }
        if (job.startedOn() != null && job.endedOn() != null && job.endedOn().isBefore(job.startedOn())) {
            problems.add(new InvalidInput(row + "endedOn", "participants.workEndBeforeStart", index + 1));
        }
        return new Work(Objects.toString(job.employerName(), "").strip(), Objects.toString(job.title(), "").strip(),
                isBlank(job.socCode()) ? null : job.socCode().strip(), job.startedOn(), job.endedOn());
    }

    /** Whether a person changes the OPSO's participant records: its staff and administrators, never read-only people. */
    static boolean isStaff(PathwaysUser user) {
        return !user.isReadOnly() && (user.has(org.pathways.platform.Role.STAFF) || user.has(org.pathways.platform.Role.ORG_ADMIN));
    }

    /** The signed-in person, when one of the OPSO's staff; anyone else is refused with {@code why}. */
    static PathwaysUser requireStaff(String why) {
        PathwaysUser user = PathwaysUser.current();
        if (!isStaff(user)) {
            throw new org.springframework.security.access.AccessDeniedException(why);
        }
        return user;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
