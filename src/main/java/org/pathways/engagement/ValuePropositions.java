package org.pathways.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pathways.employers.CriticalJobs;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.Employers;
import org.pathways.employers.PainPointKind;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The value proposition an organization writes to one employer (C8): the six steps of the guide's template, drafted
 * from what is recorded (pain points, initiatives, engagements, the point of contact) and then the team's own text.
 * Each save is a new numbered version, never changed afterwards. Success measures are structured targets (a kind,
 * a number, a period in days) that the outcomes capability reads once the employer has agreed to them.
 */
@Service
@Transactional
public class ValuePropositions {

    /** The template's six steps, in the order they are read. */
    public enum Step {
        PAIN_POINTS("painPoints", "pain_points"), ACKNOWLEDGE("acknowledge", "acknowledge"), PROPOSAL("proposal", "proposal"),
        SUCCESS("success", "success"), BENEFITS("benefits", "benefits"), FIRST_MEETING("firstMeeting", "first_meeting");

        private final String field;
        private final String column;

        Step(String field, String column) {
            this.field = field;
            this.column = column;
        }

        /** The name of the step's form field and JSON property. */
        public String field() {
            return field;
        }

        public String messageKey() {
            return "valueProposition.step." + field;
        }
    }

    /**
     * Where a version stands with the employer: being written, shared with the employer, agreed by the employer. Any
     * stage may follow any other: a revision after agreement is a new version, and the agreed measures stand (the
     * latest agreed version's) until another is agreed. What a stage asks of the version is here.
     */
    public enum Stage {
        DRAFT, SHARED, AGREED;

        /** A draft may leave sections unwritten; what the employer sees has every one. */
        public boolean needsEverySection() {
            return this != DRAFT;
        }

        /** An agreement is to measures: a version is agreed with at least one. */
        public boolean needsMeasures() {
            return this == AGREED;
        }

        /** Agreeing announces the measures, for those who follow the outcomes. */
        public boolean announcesAgreement() {
            return this == AGREED;
        }
    }

    public enum Unit { PERCENT, COUNT, DAYS }

    /** What a success measure counts, and the unit its target is in. */
    public enum MeasureKind {
        RETENTION(Unit.PERCENT), HIRES(Unit.COUNT), TIME_TO_FILL(Unit.DAYS), COMPLETION(Unit.PERCENT), CREDENTIALS(Unit.COUNT),
        ADVANCEMENT(Unit.PERCENT);

        private final Unit unit;

        MeasureKind(Unit unit) {
            this.unit = unit;
        }

        public Unit unit() {
            return unit;
        }
    }

    public static final int MAX_MEASURES = 12;
    public static final int MAX_STEP_LENGTH = 5_000;
    /** Three years: the longest period the outcomes capability follows people for. */
    public static final int MAX_PERIOD_DAYS = 1_095;

    /** A success measure as written: the target and period may be missing, and are then refused with the row named. */
    public record Measure(MeasureKind kind, BigDecimal target, Integer periodDays, Long criticalJobId, PainPointKind painPoint, String note) {
    }

    public record MeasureView(MeasureKind kind, Unit unit, BigDecimal target, int periodDays, Long criticalJobId, String jobTitle,
                              PainPointKind painPoint, String note) {

        /** The target as people write it: 80, not 80.00. */
        public String targetText() {
            return target.stripTrailingZeros().toPlainString();
        }
    }

    public record Draft(Stage stage, Map<Step, String> steps, List<Measure> measures) {
    }

    public record Version(long employerId, int number, Stage stage, Map<Step, String> steps, List<MeasureView> measures, Instant savedAt,
                          String savedBy) {

        public String step(Step step) {
            return steps.get(step);
        }

        /** This version as a draft to edit or check: what the next version starts from. */
        public Draft draft() {
            return new Draft(stage, steps, measures.stream().map(m -> new Measure(m.kind(), m.target(), m.periodDays(), m.criticalJobId(),
                    m.painPoint(), m.note())).toList());
        }
    }

    public record VersionSummary(int number, Stage stage, Instant savedAt, String savedBy) {
    }

    /**
     * Everything the builder page shows: what to collect before a first draft makes sense (message keys), the latest
     * version, a draft from the recorded facts, the history, and the employer's critical jobs for measures.
     */
    public record Builder(Employers.EmployerView employer, List<String> toCollect, Version latest, Draft suggestion,
                          List<VersionSummary> history, List<CriticalJobs.CriticalJobView> jobs) {

        public boolean ready() {
            return toCollect.isEmpty() || latest != null;
        }
    }

    private final JdbcClient jdbc;
    private final EmployerProfiles profiles;
    private final CriticalJobs criticalJobs;
    private final Engagements engagements;
    private final MessageSource messages;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    ValuePropositions(JdbcClient jdbc, EmployerProfiles profiles, CriticalJobs criticalJobs, Engagements engagements, MessageSource messages,
                      AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.criticalJobs = criticalJobs;
        this.engagements = engagements;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Builder builder(long employerId) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        List<String> toCollect = toCollect(profile);
        Optional<Version> latest = latest(employerId, profile.criticalJobs());
        Draft suggestion = toCollect.isEmpty() ? suggest(profile, engagements.of(employerId), LocaleContextHolder.getLocale()) : null;
        return new Builder(profile.employer(), toCollect, latest.orElse(null), suggestion, history(employerId), profile.criticalJobs());
    }

    /** What must be recorded before a first draft can speak to the employer's problems, as message keys; empty when ready. */
    static List<String> toCollect(EmployerProfiles.Profile profile) {
        if (profile.criticalJobs().isEmpty()) {
            return List.of("valueProposition.collect.criticalJobs", "valueProposition.collect.painPoints");
        }
        if (profile.criticalJobs().stream().allMatch(j -> j.painPoints().isEmpty())) {
            return List.of("valueProposition.collect.painPoints");
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Version> latest(long employerId) {
        profiles.of(employerId);
        return latest(employerId, criticalJobs.of(employerId));
    }

    private Optional<Version> latest(long employerId, List<CriticalJobs.CriticalJobView> jobs) {
        return jdbc.sql("select latest_version from value_proposition where employer_id = ?").param(employerId).query(Integer.class).optional()
                .filter(n -> n > 0).map(n -> read(employerId, n, jobs));
    }

    /** One saved version, as it was saved. */
    @Transactional(readOnly = true)
    public Version version(long employerId, int number) {
        profiles.of(employerId);
        return read(employerId, number, criticalJobs.of(employerId));
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> history(long employerId) {
        return jdbc.sql("select version, stage, saved_at, saved_by from value_proposition_version where employer_id = ? order by version desc")
                .param(employerId).query((rs, n) -> new VersionSummary(rs.getInt("version"), Stage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by"))).list();
    }

    /**
     * The success measures the employer agreed to, from the latest agreed version: what the outcomes capability
     * compares hires and retention with. A newer draft does not replace them until the employer agrees to it too.
     */
    @Transactional(readOnly = true)
    public List<MeasureView> agreedTargets(long employerId) {
        profiles.of(employerId);
        return jdbc.sql("select max(version) from value_proposition_version where employer_id = ? and stage = 'AGREED'").param(employerId)
                .query(Integer.class).optional().map(n -> read(employerId, n, criticalJobs.of(employerId)).measures()).orElse(List.of());
    }

    private Version read(long employerId, int number, List<CriticalJobs.CriticalJobView> jobs) {
        Map<Long, String> titles = jobs.stream().collect(Collectors.toMap(CriticalJobs.CriticalJobView::id, CriticalJobs.CriticalJobView::employerTitle));
        List<MeasureView> measures = jdbc.sql("select * from success_measure where employer_id = ? and version = ? order by position")
                .params(employerId, number).query((rs, n) -> {
                    Long job = rs.getObject("critical_job_id", Long.class);
                    String pain = rs.getString("pain_point");
                    // 80, not 80.00 (the column keeps two decimals), and never 1E+2.
                    BigDecimal target = new BigDecimal(rs.getBigDecimal("target").stripTrailingZeros().toPlainString());
                    return new MeasureView(MeasureKind.valueOf(rs.getString("kind")), Unit.valueOf(rs.getString("unit")), target,
                            rs.getInt("period_days"), job, job == null ? null : titles.get(job), pain == null ? null : PainPointKind.valueOf(pain),
                            rs.getString("note"));
                }).list();
        return jdbc.sql("select * from value_proposition_version where employer_id = ? and version = ?").params(employerId, number)
                .query((rs, n) -> {
                    Map<Step, String> steps = new EnumMap<>(Step.class);
                    for (Step step : Step.values()) {
                        steps.put(step, rs.getString(step.column));
                    }
                    return new Version(employerId, number, Stage.valueOf(rs.getString("stage")), steps, measures, rs.getTimestamp("saved_at").toInstant(),
                            rs.getString("saved_by"));
                }).optional().orElseThrow(() -> new NotFound("value_proposition_version", employerId + "/" + number));
    }

    /** Every problem the draft has, without saving it: the page names them all at once, beside its own format errors. */
    @Transactional(readOnly = true)
    public List<InvalidInput> problems(long employerId, Draft draft) {
        return problemsOf(draft, profiles.of(employerId).criticalJobs());
    }

    /**
     * Saves the draft as the next version. {@code basedOn} is the version the writer opened (0 for none): if someone
     * saved another since, nothing is saved and {@link Conflict} says so, so that neither text is lost.
     */
    public Version save(long employerId, Draft draft, int basedOn) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        Integer latest = jdbc.sql("select latest_version from value_proposition where employer_id = ? for update").param(employerId)
                .query(Integer.class).optional().orElse(null);
        List<InvalidInput> problems = new ArrayList<>();
        if (latest == null && !toCollect(profile).isEmpty()) {
            problems.add(new InvalidInput("painPoints", "valueProposition.collectFirst"));
        }
        problems.addAll(problemsOf(draft, profile.criticalJobs()));
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        if (latest == null) {
            jdbc.sql("insert into value_proposition (employer_id, organization_id, created_by) values (?, ?, ?) on conflict do nothing")
                    .params(employerId, PathwaysUser.current().organizationId(), PathwaysUser.current().username()).update();
            latest = jdbc.sql("select latest_version from value_proposition where employer_id = ? for update").param(employerId)
                    .query(Integer.class).single();
        }
        if (latest != basedOn) {
            throw new Conflict("valueProposition.changedByOther", "value proposition " + employerId + " is at version " + latest + ", not " + basedOn);
        }
        int number = latest + 1;
        jdbc.sql("""
                        insert into value_proposition_version (employer_id, version, stage, pain_points, acknowledge, proposal, success, benefits,
                                                               first_meeting, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employerId, number, draft.stage().name(), text(draft, Step.PAIN_POINTS), text(draft, Step.ACKNOWLEDGE),
                        text(draft, Step.PROPOSAL), text(draft, Step.SUCCESS), text(draft, Step.BENEFITS), text(draft, Step.FIRST_MEETING),
                        PathwaysUser.current().username()).update();
        int position = 0;
        for (Measure m : measures(draft)) {
            jdbc.sql("""
                            insert into success_measure (employer_id, version, position, kind, unit, target, period_days, critical_job_id, pain_point, note)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(employerId, number, ++position, m.kind().name(), m.kind().unit().name(), m.target(), m.periodDays(), m.criticalJobId(),
                            m.painPoint() == null ? null : m.painPoint().name(), Text.blankToNull(m.note())).update();
        }
        jdbc.sql("update value_proposition set latest_version = ? where employer_id = ?").params(number, employerId).update();
        audit.record("valueProposition.saved", "employer", employerId, "version " + number + " " + draft.stage());
        Version saved = read(employerId, number, profile.criticalJobs());
        if (draft.stage().announcesAgreement()) {
            events.publishEvent(new ValuePropositionAgreed(employerId, PathwaysUser.current().organizationId(), number, saved.savedAt(),
                    saved.measures().stream().map(m -> new ValuePropositionAgreed.AgreedMeasure(m.kind(), m.unit(), m.target(), m.periodDays(),
                            m.criticalJobId(), m.painPoint())).toList()));
        }
        return saved;
    }

    private static String text(Draft draft, Step step) {
        return Text.blankToNull(draft.steps().get(step));
    }

    /** The measures the writer filled in: a row left wholly empty on the page is not a measure. */
    private static List<Measure> measures(Draft draft) {
        return draft.measures() == null ? List.of() : draft.measures().stream().filter(m -> m != null && !(m.kind() == null && m.target() == null
                && m.periodDays() == null && m.criticalJobId() == null && m.painPoint() == null && Text.blankToNull(m.note()) == null)).toList();
    }

    /** Every problem of a draft at once, each on its field (measures by row: measures[0].target). */
    static List<InvalidInput> problemsOf(Draft draft, List<CriticalJobs.CriticalJobView> jobs) {
        List<InvalidInput> problems = new ArrayList<>();
        if (draft.stage() == null) {
            problems.add(new InvalidInput("stage", "validation.required"));
        }
        for (Step step : Step.values()) {
            String text = Text.blankToNull(draft.steps().get(step));
            if (text != null && text.length() > MAX_STEP_LENGTH) {
                problems.add(new InvalidInput(step.field(), "valueProposition.stepTooLong", MAX_STEP_LENGTH));
            }
            if (text == null && draft.stage() != null && draft.stage().needsEverySection()) {
                problems.add(new InvalidInput(step.field(), "valueProposition.stepRequired"));
            }
        }
        List<Measure> measures = measures(draft);
        if (measures.size() > MAX_MEASURES) {
            problems.add(new InvalidInput("measures", "measure.tooMany", MAX_MEASURES));
        }
        if (measures.isEmpty() && draft.stage() != null && draft.stage().needsMeasures()) {
            problems.add(new InvalidInput("measures", "measure.requiredToAgree"));
        }
        Set<Long> jobIds = jobs.stream().map(CriticalJobs.CriticalJobView::id).collect(Collectors.toSet());
        List<Measure> all = draft.measures() == null ? List.of() : draft.measures();
        for (int i = 0; i < all.size(); i++) {
            Measure m = all.get(i);
            if (m == null || !measures.contains(m)) {
                continue;
            }
            String row = "measures[" + i + "].";
            int shown = i + 1;
            if (m.kind() == null) {
                problems.add(new InvalidInput(row + "kind", "measure.kindRequired", shown));
            }
            if (m.target() == null) {
                problems.add(new InvalidInput(row + "target", "measure.targetRequired", shown));
            } else if (m.target().signum() <= 0) {
                problems.add(new InvalidInput(row + "target", "measure.targetPositive", shown));
            } else if (m.kind() != null && m.kind().unit() == Unit.PERCENT && m.target().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new InvalidInput(row + "target", "measure.percentOver100", shown));
            } else if (m.kind() != null && m.kind().unit() != Unit.PERCENT && m.target().stripTrailingZeros().scale() > 0) {
                problems.add(new InvalidInput(row + "target", "measure.wholeNumber", shown));
            } else if (m.target().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                problems.add(new InvalidInput(row + "target", "measure.targetTooLarge", shown));
            }
            if (m.periodDays() == null) {
                problems.add(new InvalidInput(row + "periodDays", "measure.periodRequired", shown));
            } else if (m.periodDays() < 1 || m.periodDays() > MAX_PERIOD_DAYS) {
                problems.add(new InvalidInput(row + "periodDays", "measure.periodRange", shown, MAX_PERIOD_DAYS));
            }
            if (m.criticalJobId() != null && !jobIds.contains(m.criticalJobId())) {
                problems.add(new InvalidInput(row + "criticalJobId", "measure.jobOfAnotherEmployer", shown));
            }
            if (m.note() != null && m.note().length() > 500) {
                problems.add(new InvalidInput(row + "note", "measure.noteTooLong", shown));
            }
        }
        return problems;
    }

    /** The six steps and the measures' notes, written out for the language check. */
    public static List<LanguageCheck.Labelled> textsOf(Draft draft) {
        List<LanguageCheck.Labelled> texts = new ArrayList<>();
        for (Step step : Step.values()) {
            texts.add(new LanguageCheck.Labelled(step.messageKey(), draft.steps().get(step)));
        }
        for (Measure measure : draft.measures()) {
            if (measure != null && measure.note() != null) {
                texts.add(new LanguageCheck.Labelled("valueProposition.measures", measure.note()));
            }
        }
        return texts;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The first draft, from what is recorded. Every sentence is a message in both languages; the team edits freely.

    /** Pain points of the most critical jobs first: the order in which the employer ranked them. */
    private static List<CriticalJobs.CriticalJobView> jobsWithPain(EmployerProfiles.Profile profile) {
        return profile.criticalJobs().stream().filter(j -> !j.painPoints().isEmpty())
                .sorted(Comparator.comparing(j -> j.criticalityRank() == null ? Integer.MAX_VALUE : j.criticalityRank())).limit(3).toList();
    }

    private static List<CriticalJobs.PainPoint> ranked(CriticalJobs.CriticalJobView job) {
        return job.painPoints().stream().sorted(Comparator.comparingInt(CriticalJobs.PainPoint::rank)).toList();
    }

    Draft suggest(EmployerProfiles.Profile profile, List<Engagements.EngagementView> timeline, Locale locale) {
        Function<String, String> painName = kind -> messages.getMessage("painPoint.kind." + kind, null, locale).toLowerCase(locale);
        List<CriticalJobs.CriticalJobView> jobs = jobsWithPain(profile);
        Map<Step, String> steps = new EnumMap<>(Step.class);

        // One line per job: pain point names hold "and" themselves, so a sentence joining them would not read.
        StringBuilder painPoints = new StringBuilder(message(locale, "valueProposition.draft.painPoints.opening"));
        for (CriticalJobs.CriticalJobView job : jobs) {
            List<String> pains = ranked(job).stream().limit(2).map(p -> painName.apply(p.kind().name())
                    + (Text.blankToNull(p.note()) == null ? "" : " (" + p.note().trim() + ")")).toList();
            painPoints.append("\n\u2013 ").append(message(locale, "valueProposition.draft.painPoints.job", job.employerTitle(), String.join("; ", pains)));
        }
        steps.put(Step.PAIN_POINTS, painPoints.append("\n").append(message(locale, "valueProposition.draft.painPoints.closing")).toString());

        List<String> thanks = new ArrayList<>();
        if (timeline.isEmpty()) {
            thanks.add(message(locale, "valueProposition.draft.acknowledge.noEngagements"));
        } else {
            Engagements.EngagementView first = timeline.stream().min(Comparator.comparing(Engagements.EngagementView::occurredOn)).orElseThrow();
            Engagements.EngagementView last = timeline.stream().max(Comparator.comparing(Engagements.EngagementView::occurredOn)).orElseThrow();
            thanks.add(timeline.size() == 1
                    ? message(locale, "valueProposition.draft.acknowledge.engagement", last.occurredOn().toString(), last.subject())
                    : message(locale, "valueProposition.draft.acknowledge.engagements", timeline.size(), first.occurredOn().toString(), last.subject()));
        }
        List<String> initiatives = profile.memberships().initiatives().stream().map(i -> i.name()).toList();
        List<String> associations = profile.memberships().intermediaries().stream().map(i -> i.name()).toList();
        if (!initiatives.isEmpty()) {
            thanks.add(message(locale, "valueProposition.draft.acknowledge.initiatives", and(initiatives, locale)));
        }
        if (!associations.isEmpty()) {
            thanks.add(message(locale, "valueProposition.draft.acknowledge.associations", and(associations, locale)));
        }
        if (initiatives.isEmpty() && associations.isEmpty()) {
            thanks.add(message(locale, "valueProposition.draft.acknowledge.unknown"));
        }
        steps.put(Step.ACKNOWLEDGE, String.join(" ", thanks));

        String jobTitles = and(jobs.stream().limit(2).map(CriticalJobs.CriticalJobView::employerTitle).toList(), locale);
        steps.put(Step.PROPOSAL, initiatives.isEmpty()
                ? message(locale, "valueProposition.draft.proposal.new", jobTitles)
                : message(locale, "valueProposition.draft.proposal.strengthen", jobTitles, initiatives.get(0)));

        CriticalJobs.CriticalJobView top = jobs.get(0);
        steps.put(Step.SUCCESS, message(locale, "valueProposition.draft.success", painName.apply(ranked(top).get(0).kind().name()), top.employerTitle()));

        Set<PainPointKind> kinds = new LinkedHashSet<>();
        jobs.forEach(j -> ranked(j).forEach(p -> kinds.add(p.kind())));
        List<String> benefits = new ArrayList<>();
        benefits.add(message(locale, "valueProposition.draft.benefits.opening"));
        kinds.forEach(kind -> benefits.add(message(locale, "valueProposition.draft.benefits." + kind.name())));
        benefits.add(message(locale, "valueProposition.draft.benefits.measures"));
        steps.put(Step.BENEFITS, String.join(" ", benefits));

        String contact = profile.contacts().stream().filter(c -> c.pointOfContact()).map(c -> c.name()).findFirst().orElse(null);
        steps.put(Step.FIRST_MEETING, message(locale, "valueProposition.draft.firstMeeting")
                + (contact == null ? "" : " " + message(locale, "valueProposition.draft.firstMeeting.contact", contact)));

        return new Draft(Stage.DRAFT, steps, suggestedMeasures(jobs));
    }

    /** One measure per pain point, for the most critical job that names it, with targets the team is expected to change. */
    static List<Measure> suggestedMeasures(List<CriticalJobs.CriticalJobView> jobs) {
        Map<PainPointKind, CriticalJobs.CriticalJobView> firstJobOf = new LinkedHashMap<>();
        jobs.forEach(j -> ranked(j).forEach(p -> firstJobOf.putIfAbsent(p.kind(), j)));
        List<Measure> measures = new ArrayList<>();
        firstJobOf.forEach((kind, job) -> {
            Measure measure = switch (kind) {
                case TURNOVER -> new Measure(MeasureKind.RETENTION, BigDecimal.valueOf(80), 90, job.id(), kind, null);
                case UNFILLED_OPENINGS -> new Measure(MeasureKind.HIRES, BigDecimal.valueOf(job.openings() == null || job.openings() < 1 ? 5
                        : Math.min(job.openings(), 50)), 180, job.id(), kind, null);
                case ONBOARDING_COST -> new Measure(MeasureKind.COMPLETION, BigDecimal.valueOf(85), 90, job.id(), kind, null);
                case UPSKILLING_COST -> new Measure(MeasureKind.CREDENTIALS, BigDecimal.valueOf(5), 365, job.id(), kind, null);
                case CAREER_ADVANCEMENT -> new Measure(MeasureKind.ADVANCEMENT, BigDecimal.valueOf(20), 365, job.id(), kind, null);
                case DIVERSITY, OTHER -> null;
            };
            if (measure != null && measures.size() < MAX_MEASURES) {
                measures.add(measure);
            }
        });
        return measures;
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** "a, b and c" in the reader's language. */
    private String and(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + message(locale, "valueProposition.and") + " " + items.get(items.size() - 1);
    }
}
