package org.pathways.requirements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.employers.Employers;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.Competencies;
import org.pathways.reference.OccupationProfile;
import org.pathways.reference.ReferenceData;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A critical job's hiring requirements and practices, read and saved as one, to the version the person opened. The
 * rules, the audit and the transaction are here; the SQL is {@link RequirementRows}' (decision 0007).
 */
@Service
@Transactional
public class HiringRequirements {

    public enum ItemKind { COMPETENCY, CREDENTIAL, EXPERIENCE }

    /** Where a competency comes from: one of O*NET's kinds, or the employer's own words for one O*NET lacks. */
    public enum CompetencyType { SKILL, KNOWLEDGE, TECHNOLOGY, OWN_WORDS }

    /** Credentials from the least to the most schooling; the order is what the check compares (rank). */
    public enum CredentialKind {
        HIGH_SCHOOL(1), CERTIFICATE(2), INDUSTRY_CERTIFICATION(2), LICENSE(2), APPRENTICESHIP(2), DIGITAL_BADGE(0), ASSOCIATE(4),
        BACHELOR(5), GRADUATE(6);

        private final int schooling;

        CredentialKind(int schooling) {
            this.schooling = schooling;
        }

        /** Years of schooling on BLS's typical-entry-education ladder (0 none … 6 beyond a bachelor's); 0 when not schooling. */
        public int schooling() {
            return schooling;
        }
    }

    public enum Necessity { REQUIRED, PREFERRED }

    public enum BackgroundCheck { NONE, AFTER_CONDITIONAL_OFFER, BEFORE_OFFER }

    /** What a background check looks at. */
    public enum RecordKind { FELONY_CONVICTIONS, MISDEMEANOR_CONVICTIONS, PENDING_CHARGES, ARRESTS_WITHOUT_CONVICTION, DRIVING, CREDIT }

    public static final int MAX_ITEMS = 40;
    public static final int MAX_MONTHS = 600;
    public static final int MAX_LOOKBACK_YEARS = 20;

    /**
     * One thing a hire needs. A competency names an O*NET element by id (or by its exact name) or, in the employer's
     * own words, anything else; a credential has a kind and may be replaced by months of experience; experience is in
     * months. Every item is required or preferred, needed at hire or taught on the job, and of importance 1 to 5 (the
     * distinctions of JobSchema+, so an export maps one to one).
     */
    public record Item(ItemKind kind, CompetencyType competencyType, @Size(max = 20) String elementId, @Size(max = 200) String name,
                       CredentialKind credentialKind, Boolean experienceMayReplace, @Min(1) @Max(MAX_MONTHS) Integer replaceMonths,
                       @Min(1) @Max(MAX_MONTHS) Integer months, Necessity necessity, Boolean neededAtHire,
                       @Min(1) @Max(5) Integer importance) {

        public static final Item EMPTY = new Item(null, null, null, null, null, null, null, null, null, null, null);

        public static Item competency(CompetencyType type, String elementId, String name, Necessity necessity, boolean atHire,
                                      int importance) {
            return new Item(ItemKind.COMPETENCY, type, elementId, name, null, null, null, null, necessity, atHire, importance);
        }

        public static Item credential(CredentialKind kind, String name, Integer replaceMonths, Necessity necessity, boolean atHire,
                                      int importance) {
            return new Item(ItemKind.CREDENTIAL, null, null, name, kind, replaceMonths != null, replaceMonths, null, necessity, atHire,
                    importance);
        }

        /** Experience cannot be taught on the job: required experience is needed at hire, preferred experience is not. */
        public static Item experience(int months, String name, Necessity necessity, int importance) {
            return new Item(ItemKind.EXPERIENCE, null, null, name, null, null, null, months, necessity, necessity == Necessity.REQUIRED,
                    importance);
        }

        /** A row of the page left wholly empty is not an item. */
        boolean isEmpty() {
            return kind == null && competencyType == null && blank(elementId) && blank(name) && credentialKind == null
                    && replaceMonths == null && months == null && necessity == null && importance == null;
        }

        public boolean required() {
            return necessity == Necessity.REQUIRED;
        }

        public boolean atHire() {
            return Boolean.TRUE.equals(neededAtHire);
        }
    }

    /** The hiring practices for the job; null is not recorded. */
    public record Practices(Boolean degreeRequired, BackgroundCheck backgroundCheck, List<RecordKind> recordsChecked,
                            @Min(1) @Max(MAX_LOOKBACK_YEARS) Integer lookbackYears, Boolean individualizedAssessment,
                            Boolean chanceToRespond, Boolean driversLicense, Boolean drugTest, Boolean shiftWork, Boolean weekendWork,
                            Boolean transitReachable, @Min(14) @Max(25) Integer minimumAge, Boolean workAuthorization) {

        public Practices {
            recordsChecked = recordsChecked == null ? List.of() : recordsChecked.stream().filter(Objects::nonNull).distinct().toList();
        }

        public static Practices notRecorded() {
            return new Practices(null, null, List.of(), null, null, null, null, null, null, null, null, null, null);
        }

        public boolean checksRecords() {
            return backgroundCheck == BackgroundCheck.AFTER_CONDITIONAL_OFFER || backgroundCheck == BackgroundCheck.BEFORE_OFFER;
        }
    }

    /**
     * What the page and the API send: the items in order and the practices. The page sends spare empty rows; they stay
     * in place (so a problem is named at its row, items[3].importance) and are not saved.
     */
    public record RequirementsInput(@Size(max = 100) List<@Valid Item> items, @Valid Practices practices) {

        public RequirementsInput {
            items = items == null ? List.of() : items.stream().map(i -> i == null ? Item.EMPTY : i).toList();
            practices = practices == null ? Practices.notRecorded() : practices;
        }

        /** The rows that say something. */
        public List<Item> filled() {
            return items.stream().filter(i -> !i.isEmpty()).toList();
        }
    }

    /** An item as saved, with the O*NET element's name when it is one. */
    public record ItemView(int position, Item item, String name) {
    }

    /** A job's requirements and practices; version 0 and nothing recorded until the first save. */
    public record RequirementsView(long criticalJobId, long employerId, String employerTitle, String socCode, String socTitle,
                                   List<ItemView> items, Practices practices, int version, Instant updatedAt, String updatedBy) {

        public RequirementsInput input() {
            return new RequirementsInput(items.stream().map(ItemView::item).toList(), practices);
        }

        /** The same requirements with other practices (the employer's, for a job that follows them). */
        RequirementsView withPractices(Practices other) {
            return new RequirementsView(criticalJobId, employerId, employerTitle, socCode, socTitle, items, other, version, updatedAt,
                    updatedBy);
        }
    }

    /**
     * The job's requirements with the check against its occupation and the practices explained; {@code attribution} is O*NET's licence
     * text when any of its content is in the answer (an element or the occupation's figures).
     */
    public record Review(RequirementsView requirements, OccupationProfile occupation, List<RequirementsCheck.Flag> flags,
                         List<RequirementsCheck.PracticeNote> notes, String attribution, boolean followsEmployer,
                         Practices effectivePractices) {
    }

    /** An employer's own hiring practices, which its critical jobs follow until one records its own. */
    public record EmployerPracticesView(long employerId, Practices practices, int version, Instant updatedAt, String updatedBy) {
    }

    /** What the employer page's practices form sends. */
    public record EmployerPracticesInput(@Valid Practices practices) {

        public EmployerPracticesInput {
            practices = practices == null ? Practices.notRecorded() : practices;
        }
    }

    private final RequirementRows rows;
    private final CriticalJobs criticalJobs;
    private final Competencies competencies;
    private final ReferenceData referenceData;
    private final InputValidation validation;
    private final AuditLog audit;
    private final Employers employers;

    HiringRequirements(RequirementRows rows, CriticalJobs criticalJobs, Competencies competencies, ReferenceData referenceData,
                       InputValidation validation, AuditLog audit, Employers employers) {
        this.rows = rows;
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.competencies = competencies;
        this.referenceData = referenceData;
        this.validation = validation;
        this.audit = audit;
    }

    /** The job's requirements; another organization's job answers as if it did not exist. */
    @Transactional(readOnly = true)
    public RequirementsView of(long criticalJobId) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        return rows.read(PathwaysUser.current().organizationId(), job);
    }

    /** The requirements with the check against the occupation (BLS and O*NET, where loaded) and the practices explained. */
    @Transactional(readOnly = true)
    public Review review(long criticalJobId) {
        RequirementsView requirements = of(criticalJobId);
        OccupationProfile occupation = occupation(requirements.socCode());
        List<Competencies.Rated> rated = requirements.socCode() == null ? List.of() : competencies.rated(requirements.socCode());
        boolean showsOnet = occupation != null && occupation.showsOnetData()
                || requirements.items().stream().anyMatch(view -> view.item().elementId() != null);
        boolean followsEmployer = requirements.practices().equals(Practices.notRecorded());
        Practices effective = practicesFor(requirements);
        return new Review(requirements, occupation, RequirementsCheck.flags(requirements.withPractices(effective), occupation, rated),
                RequirementsCheck.notes(effective),
                showsOnet ? OccupationProfile.ONET_ATTRIBUTION : null, followsEmployer, effective);
    }

    /** The practices that hold for the job: its own when any is recorded, else its employer's. */
    @Transactional(readOnly = true)
    public Practices practicesFor(RequirementsView requirements) {
        return requirements.practices().equals(Practices.notRecorded())
                ? rows.employerPractices(PathwaysUser.current().organizationId(), requirements.employerId()).practices()
                : requirements.practices();
    }

    /** The employer's own practices (of an employer the person's organization keeps; any other does not exist). */
    @Transactional(readOnly = true)
    public EmployerPracticesView employerPractices(long employerId) {
        employers.get(employerId);
        RequirementRows.SavedPractices saved = rows.employerPractices(PathwaysUser.current().organizationId(), employerId);
        return new EmployerPracticesView(employerId, saved.practices(), saved.version(), saved.at(), saved.by());
    }

    /** Saves the employer's practices to the version the person opened; someone else's save since is refused. */
    public EmployerPracticesView saveEmployerPractices(long employerId, int version, EmployerPracticesInput input) {
        employers.get(employerId);
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        checkPractices(input.practices(), problems);
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        PathwaysUser user = PathwaysUser.current();
        int changed = rows.saveEmployerPractices(user.organizationId(), employerId, version, input.practices(), user.username());
        OptimisticWrite.expectChanged(changed, "employerPractices.changedByOther", "hiring practices of employer " + employerId, version);
        audit.record("practices.saved", "employer", employerId, null);
        return employerPractices(employerId);
    }

    private OccupationProfile occupation(String soc) {
        if (soc == null) {
            return null;
        }
        try {
            return referenceData.occupation(soc);
        } catch (NotFound notLoaded) {
            return null;
        }
    }

    /**
     * Saves the items and practices to the version the person opened (0 for a job never recorded): someone else's save
     * since is refused with "changed by someone else", and nothing is lost. Every problem is named at once, at its row.
     */
    public RequirementsView save(long criticalJobId, int version, RequirementsInput input) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            if (!input.items().get(i).isEmpty()) {
                items.add(checked(input.items().get(i), i, problems));
            }
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new InvalidInput("items", "requirements.tooMany", MAX_ITEMS));
        }
        checkPractices(input.practices(), problems);
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        PathwaysUser user = PathwaysUser.current();
        int changed = version == 0
                ? rows.insert(user.organizationId(), job, input.practices(), user.username())
                : rows.update(criticalJobId, version, input.practices(), user.username());
        OptimisticWrite.expectChanged(changed, "requirements.changedByOther", "requirements of critical job " + criticalJobId, version);
        rows.replaceItems(criticalJobId, items);
        audit.record("requirements.saved", "criticalJob", criticalJobId, items.size() + " items");
        return rows.read(user.organizationId(), job);
    }

    /** The item with an O*NET element resolved (by id, or by its exact name), each problem named at its row. */
    private Item checked(Item item, int index, List<InvalidInput> problems) {
        String row = "items[" + index + "].";
        int shown = index + 1;
        if (item.kind() == null) {
            problems.add(new InvalidInput(row + "kind", "requirements.kindRequired", shown));
            return item;
        }
        if (item.necessity() == null) {
            problems.add(new InvalidInput(row + "necessity", "requirements.necessityRequired", shown));
        }
        if (item.importance() == null) {
            problems.add(new InvalidInput(row + "importance", "requirements.importanceRequired", shown));
        }
        if (item.necessity() == Necessity.PREFERRED && item.atHire()) {
            problems.add(new InvalidInput(row + "neededAtHire", "requirements.preferredAtHire", shown));
        }
        switch (item.kind()) {
            case COMPETENCY -> {
                return competency(item, row, shown, problems);
            }
            case CREDENTIAL -> {
                if (item.credentialKind() == null) {
                    problems.add(new InvalidInput(row + "credentialKind", "requirements.credentialKindRequired", shown));
                }
                if (Boolean.TRUE.equals(item.experienceMayReplace()) != (item.replaceMonths() != null)) {
                    problems.add(new InvalidInput(row + "replaceMonths", "requirements.replaceMonthsWithChoice", shown));
                }
            }
            case EXPERIENCE -> {
                if (item.months() == null) {
                    problems.add(new InvalidInput(row + "months", "requirements.monthsRequired", shown));
                }
            }
        }
        return item;
    }

    private Item competency(Item item, String row, int shown, List<InvalidInput> problems) {
        if (item.competencyType() == null) {
            problems.add(new InvalidInput(row + "competencyType", "requirements.competencyTypeRequired", shown));
            return item;
        }
        if (item.competencyType() == CompetencyType.OWN_WORDS) {
            if (blank(item.name())) {
                problems.add(new InvalidInput(row + "name", "requirements.ownWordsRequired", shown));
                return item;
            }
            return new Item(item.kind(), item.competencyType(), null, item.name().strip(), null, null, null, null, item.necessity(),
                    item.atHire(), item.importance());
        }
        Competencies.Kind kind = Competencies.Kind.valueOf(item.competencyType().name());
        var found = blank(item.elementId()) ? competencies.named(kind, item.name()) : competencies.byId(kind, item.elementId());
        if (found.isEmpty()) {
            problems.add(new InvalidInput(row + (blank(item.elementId()) ? "name" : "elementId"), "requirements.notInOnet", shown,
                    blank(item.elementId()) ? Objects.toString(item.name(), "") : item.elementId()));
            return item;
        }
        return new Item(item.kind(), item.competencyType(), found.get().elementId(), found.get().name(), null, null, null, null,
                item.necessity(), item.atHire(), item.importance());
    }

    private static void checkPractices(Practices practices, List<InvalidInput> problems) {
        if (!practices.checksRecords() && (!practices.recordsChecked().isEmpty() || practices.lookbackYears() != null)) {
            problems.add(new InvalidInput("practices.backgroundCheck", "requirements.recordsWithoutCheck"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
