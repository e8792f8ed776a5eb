package org.pathways.participants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Participants.Work;
import org.pathways.platform.PathwaysUser;
import org.pathways.reference.OccupationProfile;
import org.pathways.reference.ReferenceData;
import org.pathways.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's career pathway: from the job they hold or held last and from each of their goals, the occupation with its
 * wages and typical education, and the next steps O*NET relates to it (job zone, the national median wage with the band
 * half of the occupation earns, the education to enter), each with the critical jobs on it of the employers the OPSO keeps,
 * so a step in reach says where. Reads the profile only, never the circumstances.
 */
@Service
@Transactional(readOnly = true)
public class CareerPathways {

    public static final int NEXT_STEPS = 5;

    /** A critical job on an occupation, of an employer the OPSO keeps. */
    public record JobInReach(long criticalJobId, String title, String employerName) {
    }

    /** An occupation on the pathway. Wages are yearly, national (OEWS), with the 25th and 75th percentiles. */
    public record Step(String soc, String title, Integer jobZone, String jobZoneName, String typicalEducation, BigDecimal annualMedian,
                       BigDecimal annualP25, BigDecimal annualP75, boolean topCoded, String wageVintage, List<JobInReach> jobsInReach) {

        /** "$48,310 ($38,000–$61,000)": the median a year and the middle half's range, or a dash when OEWS has no figure. */
        public String wageText() {
            if (annualMedian == null) {
                return "—";
            }
            java.text.NumberFormat dollars = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
            dollars.setMaximumFractionDigits(0);
            String median = dollars.format(annualMedian) + (topCoded ? "+" : "");
            return annualP25 == null || annualP75 == null ? median
                    : median + " (" + dollars.format(annualP25) + "–" + dollars.format(annualP75) + ")";
        }
    }

    /** Where a route starts (the current or last job, or a goal) and the steps O*NET relates to it. */
    public enum Start { CURRENT_JOB, LAST_JOB, GOAL }

    public record Route(Start start, Step from, List<Step> next) {
    }

    /** The pathway; {@code attribution} is O*NET's licence text when any of its content is shown. */
    public record Pathway(long participantId, String participantName, String preferredLanguage, List<Route> routes,
                          boolean relatedLoaded, String attribution) {
    }

    private final Participants participants;
    private final ReferenceData reference;
    private final ReferralRows jobs;

    CareerPathways(Participants participants, ReferenceData reference, ReferralRows jobs) {
        this.participants = participants;
        this.reference = reference;
        this.jobs = jobs;
    }

    public Pathway of(long participantId) {
        ParticipantView person = participants.get(participantId);
        List<ReferralRows.Job> kept = jobs.jobsKeptBy(PathwaysUser.current().organizationId());
        List<Route> routes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Work latest = person.workHistory().stream().filter(w -> w.socCode() != null)
                .max(Comparator.comparing((Work w) -> w.endedOn() == null)
                        .thenComparing(w -> w.startedOn() == null ? java.time.LocalDate.MIN : w.startedOn()))
                .orElse(null);
        if (latest != null && seen.add(latest.socCode())) {
            route(latest.endedOn() == null ? Start.CURRENT_JOB : Start.LAST_JOB, latest.socCode(), kept).ifPresent(routes::add);
        }
        for (Participants.Goal goal : person.goals()) {
            if (seen.add(goal.socCode())) {
                route(Start.GOAL, goal.socCode(), kept).ifPresent(routes::add);
            }
        }
        boolean related = routes.stream().anyMatch(r -> !r.next().isEmpty());
        boolean onet = routes.stream().anyMatch(r -> r.from().jobZone() != null) || related;
        return new Pathway(participantId, person.displayName(), person.preferredLanguage(), routes, related,
                onet ? OccupationProfile.ONET_ATTRIBUTION : null);
    }

    private java.util.Optional<Route> route(Start start, String soc, List<ReferralRows.Job> kept) {
        OccupationProfile from = profile(soc);
        if (from == null) {
            return java.util.Optional.empty();
        }
        List<Step> next = new ArrayList<>();
        for (OccupationProfile.Related related : from.related()) {
            if (next.size() == NEXT_STEPS || related.soc() == null || related.soc().equals(soc)) {
                continue;
            }
            OccupationProfile step = profile(related.soc());
            if (step != null) {
                next.add(step(step, kept));
            }
        }
        return java.util.Optional.of(new Route(start, step(from, kept), next));
    }

    private OccupationProfile profile(String soc) {
        try {
            return reference.occupation(soc);
        } catch (NotFound notLoaded) {
            return null;
        }
    }

    private static Step step(OccupationProfile occupation, List<ReferralRows.Job> kept) {
        OccupationProfile.Wages wages = occupation.wages();
        List<JobInReach> inReach = kept.stream().filter(j -> occupation.soc().equals(j.socCode()))
                .map(j -> new JobInReach(j.id(), j.title(), j.employerName())).toList();
        return new Step(occupation.soc(), occupation.title(), occupation.jobZone(), occupation.jobZoneName(),
                occupation.projection() == null ? null : occupation.projection().typicalEducation(),
                wages == null ? null : wages.annualMedian(), wages == null ? null : wages.annualP25(),
                        wages == null ? null : wages.annualP75(),
                wages != null && wages.topCoded(), wages == null ? null : wages.vintage(), inReach);
    }
}
