package org.pathways.engagement;

import java.util.ArrayList;
import java.util.List;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.ProfessionalRole;
import org.pathways.employers.TalentSourcing;
import org.springframework.stereotype.Service;

/**
 * How well an employer fits a partnership, computed from what the organization has recorded about it, never typed
 * in: each factor with its weight, the points it earned and the recorded facts behind them. A factor nobody has
 * recorded yet earns nothing and says what to find out, so a low score reads as "unknown", not as "poor".
 */
@Service
public class PartnershipFit {

    /** One factor: its weight, the points it earned, whether the facts are recorded, and the evidence (message key and arguments). */
    public record Factor(String key, int weight, int points, boolean known, String evidenceKey, Object[] evidence) {
    }

    public record Fit(long employerId, String employerName, List<Factor> factors, int points, int outOf, int unknown) {
    }

    private final EmployerProfiles profiles;

    PartnershipFit(EmployerProfiles profiles) {
        this.profiles = profiles;
    }

    public Fit of(long employerId) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        List<Factor> factors = new ArrayList<>();
        factors.add(leadership(profile.contacts()));
        factors.add(coverage(profile.contacts(), profile.gaps()));
        factors.add(csr(profile.employer().csrDei().csrApproach()));
        factors.add(dei(profile.employer().csrDei().deiPriority()));
        factors.add(priorHiring(profile.sourcingByJob().values().stream().toList()));
        factors.add(need(profile.criticalJobs()));
        factors.add(localReach(profile.sourcingByJob().values().stream().toList()));
        return new Fit(employerId, profile.employer().name(), factors, factors.stream().mapToInt(Factor::points).sum(),
                factors.stream().mapToInt(Factor::weight).sum(), (int) factors.stream().filter(f -> !f.known()).count());
    }

    /** Senior leaders who support the partnership: the strongest sign it will last. */
    static Factor leadership(List<Contacts.ContactView> contacts) {
        List<String> supporters = contacts.stream().filter(c -> !c.volunteer() && c.role() == ProfessionalRole.EXECUTIVE_LEADERSHIP
                && c.supportsPartnership()).map(Contacts.ContactView::name).toList();
        if (!supporters.isEmpty()) {
            return new Factor("leadership", 20, 20, true, "fit.leadership.yes", new Object[] {String.join(", ", supporters)});
        }
        boolean leaders = contacts.stream().anyMatch(c -> c.role() == ProfessionalRole.EXECUTIVE_LEADERSHIP);
        return new Factor("leadership", 20, 0, leaders, leaders ? "fit.leadership.notYet" : "fit.leadership.unknown", new Object[0]);
    }

    /** One point of contact and the professionals the work needs: the coverage view's gaps, counted. */
    static Factor coverage(List<Contacts.ContactView> contacts, List<Contacts.Gap> gaps) {
        if (contacts.isEmpty()) {
            return new Factor("coverage", 15, 0, false, "fit.coverage.unknown", new Object[0]);
        }
        boolean point = gaps.stream().noneMatch(g -> g.key().equals("coverage.noPointOfContact") || g.key().equals("coverage.severalPointsOfContact"));
        int points = !point ? 0 : gaps.isEmpty() ? 15 : 8;
        return new Factor("coverage", 15, points, true, point ? "fit.coverage.point" : "fit.coverage.noPoint", new Object[] {gaps.size()});
    }

    static Factor csr(String approach) {
        if (approach == null) {
            return new Factor("csr", 10, 0, false, "fit.csr.unknown", new Object[0]);
        }
        int points = switch (approach) {
            case "BUSINESS_STRATEGY" -> 10;
            case "MIXED" -> 5;
            default -> 2;
        };
        return new Factor("csr", 10, points, true, "fit.csr." + approach, new Object[0]);
    }

    static Factor dei(String priority) {
        if (priority == null) {
            return new Factor("dei", 10, 0, false, "fit.dei.unknown", new Object[0]);
        }
        int points = switch (priority) {
            case "ENTERPRISE_WIDE" -> 10;
            case "SOME_LOCATIONS" -> 5;
            default -> 0;
        };
        return new Factor("dei", 10, points, true, "fit.dei." + priority, new Object[0]);
    }

    /** Whether the employer already hires from opportunity populations, for any critical job. */
    static Factor priorHiring(List<TalentSourcing.SourcingView> sourcing) {
        List<String> yes = sourcing.stream().filter(s -> "YES".equals(s.sourcing().hiresOpportunity())).map(TalentSourcing.SourcingView::employerTitle).toList();
        if (!yes.isEmpty()) {
            return new Factor("priorHiring", 20, 20, true, "fit.priorHiring.yes", new Object[] {String.join(", ", yes)});
        }
        boolean no = sourcing.stream().anyMatch(s -> "NO".equals(s.sourcing().hiresOpportunity()));
        return new Factor("priorHiring", 20, 0, no, no ? "fit.priorHiring.no" : "fit.priorHiring.unknown", new Object[0]);
    }

    /** Scale and consistency of need: critical jobs with openings, and how many openings in all. */
    static Factor need(List<CriticalJobs.CriticalJobView> jobs) {
        if (jobs.isEmpty()) {
            return new Factor("need", 15, 0, false, "fit.need.unknown", new Object[0]);
        }
        int openings = jobs.stream().mapToInt(j -> j.openings() == null ? 0 : j.openings()).sum();
        long withOpenings = jobs.stream().filter(j -> j.openings() != null && j.openings() > 0).count();
        int points = openings >= 10 && withOpenings >= 2 ? 15 : openings >= 3 ? 8 : 0;
        return new Factor("need", 15, points, true, "fit.need.known", new Object[] {openings, withOpenings, jobs.size()});
    }

    /** Recruiting close to home (county or metro area) is where a local partner can help most. */
    static Factor localReach(List<TalentSourcing.SourcingView> sourcing) {
        List<TalentSourcing.SourcingView> known = sourcing.stream().filter(s -> s.sourcing().reach() != null).toList();
        if (known.isEmpty()) {
            return new Factor("reach", 10, 0, false, "fit.reach.unknown", new Object[0]);
        }
        long local = known.stream().filter(s -> s.sourcing().reach() == TalentSourcing.Reach.COUNTY || s.sourcing().reach() == TalentSourcing.Reach.METRO).count();
        int points = (int) Math.round(10.0 * local / known.size());
        return new Factor("reach", 10, points, true, "fit.reach.known", new Object[] {local, known.size()});
    }
}
