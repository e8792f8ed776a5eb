package org.pathways.participants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pathways.participants.Circumstances.BarrierKind;
import org.pathways.participants.Circumstances.CircumstancesView;
import org.pathways.participants.Participants.Credential;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Participants.Work;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Role;
import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RequirementsView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's fit with the critical jobs of the employers their OPSO keeps, explained line by line (no black box): each
 * requirement met or missing and what would close the gap, and the employer's hiring practices against the person's
 * availability, transport and, for the OPSO's staff only, circumstances. The score is the share of requirement points met:
 * a required item weighs twice its importance, a preferred one its importance, and an item the employer teaches on the job
 * counts half when it is missing; each practice the person cannot meet today weighs as a required item of importance 3.
 */
@Service
@Transactional
public class Matches {

    public static final int PRACTICE_WEIGHT = 6;

    /** How a gap can close. */
    public enum Closer {
        EMPLOYER_TRAINS, TRAINING_PROGRAM, EXPERIENCE, TRANSPORT_SUPPORT, LICENSE_SUPPORT, CHILD_CARE_SUPPORT, CONVERSATION
    }

    /**
     * One line of a match: a requirement or a practice, met or not, with the evidence and, for a gap, what closes it. A
     * requirement is named in the employer's words ({@code requirement}), a practice by its key ({@code practice}); the evidence
     * is what the person holds (a skill's or credential's name) or the months of experience that count.
     */
    public record Line(String requirement, Integer requiredMonths, CredentialKind credentialKind, String practice, boolean required,
                       boolean atHire, int importance, boolean met, String evidence, Integer evidenceMonths, boolean byExperience,
                       Closer closer, double points, double outOf) {
    }

    /** What a requirement found in the profile: a name, or months of experience (in place of a credential or as asked). */
    private record Evidence(String name, Integer months, boolean instead) {
    }

    /** A note about a practice and the person's circumstances, shown to the OPSO's staff only, never to an employer. */
    public record ConfidentialNote(BarrierKind barrier, String messageKey) {
    }

    public record JobMatch(long criticalJobId, String jobTitle, long employerId, String employerName, String socCode,
                           boolean requirementsRecorded, Integer score, double points, double outOf, boolean matchesGoal,
                           List<Line> met, List<Line> gaps, List<ConfidentialNote> notes) {
    }

    /**
     * A participant who could fit a job, the match explained. The confidential notes are not part of it: they are read for one
     * person at a time, on that person's matches page, so a list of candidates reads no one's circumstances.
     */
    public record CandidateMatch(long participantId, String name, String staffName, JobMatch match, Referrals.Stage referredStage) {
    }

    /** The reverse view: the OPSO's current participants ranked by fit for one of its critical jobs. */
    public record JobCandidates(long criticalJobId, String jobTitle, String employerName, String socCode, boolean requirementsRecorded,
                                int considered, List<CandidateMatch> candidates) {
    }

    /** How many are scored (the likeliest, found in SQL) and how many are shown. */
    public static final int CANDIDATES_CONSIDERED = 400;
    public static final int CANDIDATES_SHOWN = 50;

    private final Participants participants;
    private final ParticipantRows participantRows;
    private final Circumstances circumstances;
    private final HiringRequirements requirements;
    private final ReferralRows referrals;
    private final MatchRows ranking;

    Matches(Participants participants, ParticipantRows participantRows, Circumstances circumstances, HiringRequirements requirements,
            ReferralRows referrals, MatchRows ranking) {
        this.ranking = ranking;
        this.participantRows = participantRows;
        this.participants = participants;
        this.circumstances = circumstances;
        this.requirements = requirements;
        this.referrals = referrals;
    }

    /** How many of a participant's best jobs are explained: an OPSO may keep tens of thousands of critical jobs. */
    public static final int MATCHES_SHOWN = 30;

    /**
     * The OPSO's critical jobs ranked by fit for the participant, the best {@value #MATCHES_SHOWN}: scored ones first, best
     * first; goals break ties. Every job is ranked in SQL by the same rules ({@link MatchRows}); only those shown are read in
     * full and explained.
     */
    public List<JobMatch> forParticipant(long participantId) {
        ParticipantView person = participants.get(participantId);
        PathwaysUser user = PathwaysUser.current();
        boolean staff = user.has(Role.STAFF) || user.has(Role.ORG_ADMIN);
        // the circumstances weigh in for the OPSO's staff, and that is a read of them like any other
        CircumstancesView situation = staff ? circumstances.readFor(participantId, Circumstances.Read.MATCHES) : null;
        List<JobMatch> matches = new ArrayList<>();
        for (MatchRows.Ranked ranked : ranking.rank(user.organizationId(), person, MATCHES_SHOWN)) {
            ReferralRows.Job job = referrals.jobKeptBy(user.organizationId(), ranked.criticalJobId()).orElseThrow();
            RequirementsView view = requirements.of(job.id());
            matches.add(match(person, situation, job, view, requirements.practicesFor(view)));
        }
        matches.sort(Comparator.comparing((JobMatch m) -> m.score() == null)
                .thenComparing(m -> m.score() == null ? 0 : -m.score())
                .thenComparing(m -> !m.matchesGoal())
                .thenComparing(JobMatch::employerName).thenComparing(JobMatch::jobTitle));
        return matches;
    }

    /**
     * The participants who could fit one of the OPSO's critical jobs, best first: those with a goal, a skill or experience the
     * job asks for are found in SQL, then each is scored by the same rules as their own matches. A person already referred to
     * the job is shown with the referral's stage.
     */
    @Transactional(readOnly = true)
    public JobCandidates forJob(long criticalJobId) {
        PathwaysUser user = PathwaysUser.current();
        ReferralRows.Job job = referrals.jobKeptBy(user.organizationId(), criticalJobId)
                .orElseThrow(() -> new org.pathways.shared.NotFound("critical job", criticalJobId));
        RequirementsView view = requirements.of(criticalJobId);
        Practices practices = requirements.practicesFor(view);
        List<Item> competencies = view.items().stream().map(HiringRequirements.ItemView::item)
                .filter(i -> i.kind() == HiringRequirements.ItemKind.COMPETENCY).toList();
        List<Long> ids = participantRows.candidatesFor(user.organizationId(), view.socCode(),
                competencies.stream().map(Item::elementId).filter(java.util.Objects::nonNull).toList(),
                view.items().stream().filter(i -> i.item().kind() == HiringRequirements.ItemKind.COMPETENCY && i.name() != null)
                        .map(HiringRequirements.ItemView::name).toList(), CANDIDATES_CONSIDERED);
        java.util.Map<Long, Referrals.Stage> referred = new java.util.HashMap<>();
        // newest first: a person referred again is shown at the latest referral's stage
        referrals.ofJob(user.organizationId(), criticalJobId).forEach(r -> referred.putIfAbsent(r.participantId(), r.stage()));
        List<CandidateMatch> candidates = participantRows.readMany(user.organizationId(), ids, java.time.LocalDate.now()).stream()
                .map(p -> new CandidateMatch(p.id(), p.displayName(), p.staffName(), match(p, null, job, view, practices),
                        referred.get(p.id())))
                .sorted(Comparator.comparing((CandidateMatch c) -> c.match().score() == null ? 1 : 0)
                        .thenComparing(c -> c.match().score() == null ? 0 : -c.match().score())
                        .thenComparing(c -> !c.match().matchesGoal())
                        .thenComparing(CandidateMatch::name, java.text.Collator.getInstance(java.util.Locale.ENGLISH)))
                .limit(CANDIDATES_SHOWN).toList();
        boolean recorded = !view.items().isEmpty() || !practices.equals(Practices.notRecorded());
        return new JobCandidates(criticalJobId, job.title(), job.employerName(), view.socCode(), recorded, ids.size(), candidates);
    }

    static JobMatch match(ParticipantView person, CircumstancesView situation, ReferralRows.Job job, RequirementsView view,
                          Practices practices) {
        List<Line> lines = new ArrayList<>();
        for (HiringRequirements.ItemView item : view.items()) {
            lines.add(line(person, item.item(), item.name(), view.socCode()));
        }
        lines.addAll(practiceLines(person, practices, situation));
        double points = lines.stream().mapToDouble(Line::points).sum();
        double outOf = lines.stream().mapToDouble(Line::outOf).sum();
        boolean recorded = !view.items().isEmpty() || !practices.equals(Practices.notRecorded());
        Integer score = !recorded || outOf == 0 ? null : (int) Math.round(100 * points / outOf);
        boolean goal = view.socCode() != null && person.goals().stream().anyMatch(g -> g.socCode().equals(view.socCode()));
        return new JobMatch(job.id(), job.title(), job.employerId(), job.employerName(), view.socCode(), recorded, score, points, outOf,
                goal,
                lines.stream().filter(Line::met).toList(), lines.stream().filter(l -> !l.met()).toList(),
                situation == null ? List.of() : notes(practices, situation));
    }

    private static Line line(ParticipantView person, Item item, String name, String jobSoc) {
        int importance = item.importance() == null ? 3 : item.importance();
        double weight = item.required() ? 2.0 * importance : importance;
        Evidence evidence = switch (item.kind()) {
            case COMPETENCY -> person.skills().stream()
                    .filter(s -> item.elementId() != null && item.elementId().equals(s.elementId())
                            || s.name() != null && name != null && s.name().equalsIgnoreCase(name))
                    .map(s -> new Evidence(s.name(), null, false)).findFirst().orElse(null);
            case CREDENTIAL -> credentialEvidence(person, item, jobSoc);
            case EXPERIENCE -> {
                int months = relevantMonths(person.workHistory(), jobSoc);
                yield item.months() != null && months >= item.months() ? new Evidence(null, months, false) : null;
            }
        };
        // the page names an experience item by its months and a credential without a name by its kind
        if (evidence != null) {
            return new Line(name, item.months(), item.credentialKind(), null, item.required(), item.atHire(), importance, true,
                    evidence.name(), evidence.months(), evidence.instead(), null, weight, weight);
        }
        Closer closer = !item.atHire() ? Closer.EMPLOYER_TRAINS
                : item.kind() == HiringRequirements.ItemKind.EXPERIENCE ? Closer.EXPERIENCE : Closer.TRAINING_PROGRAM;
        return new Line(name, item.months(), item.credentialKind(), null, item.required(), item.atHire(), importance, false, null, null,
                false, closer, closer == Closer.EMPLOYER_TRAINS ? weight / 2 : 0, weight);
    }

    /** A credential held of the kind (schooling at or above the level asked), or the months of experience that may replace it. */
    private static Evidence credentialEvidence(ParticipantView person, Item item, String jobSoc) {
        CredentialKind wanted = item.credentialKind();
        for (Credential held : person.credentials()) {
            boolean kind = wanted != null && (held.kind() == wanted
                    || isSchooling(wanted) && isSchooling(held.kind()) && held.kind().schooling() >= wanted.schooling());
            boolean named = Participants.isBlank(item.name()) || held.name() != null && held.name().equalsIgnoreCase(item.name().strip());
            if (kind && (named || isSchooling(wanted))) {
                return new Evidence(held.name() == null ? held.kind().name() : held.name(), null, false);
            }
        }
        if (Boolean.TRUE.equals(item.experienceMayReplace()) && item.replaceMonths() != null) {
            int months = relevantMonths(person.workHistory(), jobSoc);
            if (months >= item.replaceMonths()) {
                return new Evidence(null, months, true);
            }
        }
        return null;
    }

    /** The credential kinds that are schooling: a level asked is met by any at or above it. */
    static final java.util.Set<CredentialKind> SCHOOLING_KINDS = java.util.EnumSet.of(CredentialKind.HIGH_SCHOOL,
            CredentialKind.ASSOCIATE, CredentialKind.BACHELOR, CredentialKind.GRADUATE);

    private static boolean isSchooling(CredentialKind kind) {
        return SCHOOLING_KINDS.contains(kind);
    }

    /** Months of work in the job's SOC major group (all work when the job has no code). */
    static int relevantMonths(List<Work> work, String jobSoc) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return work.stream().filter(w -> jobSoc == null || w.socCode() != null && w.socCode().regionMatches(0, jobSoc, 0, 2))
                .mapToInt(w -> w.months(today)).sum();
    }

    private static List<Line> practiceLines(ParticipantView person, Practices practices, CircumstancesView situation) {
        List<Line> lines = new ArrayList<>();
        if (Boolean.TRUE.equals(practices.shiftWork())) {
            lines.add(practice("shiftWork", person.shifts(), Closer.CONVERSATION));
        }
        if (Boolean.TRUE.equals(practices.weekendWork())) {
            lines.add(practice("weekendWork", person.weekends(), Closer.CONVERSATION));
        }
        if (Boolean.TRUE.equals(practices.driversLicense())) {
            lines.add(practice("driversLicense", person.hasLicense(), Closer.LICENSE_SUPPORT));
        }
        if (Boolean.FALSE.equals(practices.transitReachable())) {
            lines.add(practice("transitUnreachable", person.hasCar(), Closer.TRANSPORT_SUPPORT));
        }
        return lines;
    }

    /** A practice the person meets (yes), does not (no) or has not said (not known: a gap to talk through, no points). */
    private static Line practice(String practice, Boolean meets, Closer closer) {
        boolean met = Boolean.TRUE.equals(meets);
        return new Line(null, null, null, practice, true, true, 3, met, null, null, false, met ? null : closer, met ? PRACTICE_WEIGHT : 0,
                PRACTICE_WEIGHT);
    }

    /** What the staff should know before referring, from the circumstances; never shown outside the OPSO. */
    private static List<ConfidentialNote> notes(Practices practices, CircumstancesView situation) {
        List<ConfidentialNote> notes = new ArrayList<>();
        if (situation.hasOpen(BarrierKind.JUSTICE_RECORD) && practices.backgroundCheck() == BackgroundCheck.BEFORE_OFFER) {
            notes.add(new ConfidentialNote(BarrierKind.JUSTICE_RECORD, "matches.note.checkBeforeOffer"));
        } else if (situation.hasOpen(BarrierKind.JUSTICE_RECORD)
                && practices.backgroundCheck() == BackgroundCheck.AFTER_CONDITIONAL_OFFER) {
            notes.add(new ConfidentialNote(BarrierKind.JUSTICE_RECORD, Boolean.TRUE.equals(practices.individualizedAssessment())
                    ? "matches.note.fairChance" : "matches.note.checkAfterOffer"));
        }
        if (situation.hasOpen(BarrierKind.CHILD_CARE) && (Boolean.TRUE.equals(practices.shiftWork())
                || Boolean.TRUE.equals(practices.weekendWork()))) {
            notes.add(new ConfidentialNote(BarrierKind.CHILD_CARE, "matches.note.childCareShifts"));
        }
        if (situation.hasOpen(BarrierKind.TRANSPORTATION) && Boolean.FALSE.equals(practices.transitReachable())) {
            notes.add(new ConfidentialNote(BarrierKind.TRANSPORTATION, "matches.note.noTransit"));
        }
        if (situation.hasOpen(BarrierKind.DOCUMENTS) && Boolean.TRUE.equals(practices.workAuthorization())) {
            notes.add(new ConfidentialNote(BarrierKind.DOCUMENTS, "matches.note.documents"));
        }
        return notes;
    }
}
