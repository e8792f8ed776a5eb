package org.pathways.engagement;

import org.pathways.employers.Employers.CsrDeiProfile.CsrApproach;
import org.pathways.employers.Employers.CsrDeiProfile.DeiPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.ProfessionalRole;
import org.pathways.employers.TalentSourcing;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** The factors in the order they are shown, with the weights the product proposes; an organization may set its own. */
    public static final Map<String, Integer> DEFAULT_WEIGHTS = defaultWeights();

    private static Map<String, Integer> defaultWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("leadership", 20);
        weights.put("coverage", 15);
        weights.put("csr", 10);
        weights.put("dei", 10);
        weights.put("priorHiring", 20);
        weights.put("need", 15);
        weights.put("reach", 10);
        return Collections.unmodifiableMap(weights);
    }

    /** The weights in use and whether they are the organization's own or the product's defaults. */
    public record Weights(Map<String, Integer> weights, boolean own, Instant updatedAt, String updatedBy) {
    }

    private final EmployerProfiles profiles;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PartnershipFit(EmployerProfiles profiles, JdbcClient jdbc, AuditLog audit) {
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.audit = audit;
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
        Map<String, Integer> weights = weights().weights();
        // Each factor earns a share of its default weight; the organization's weight scales that share.
        List<Factor> weighted = factors.stream().map(f -> {
            int weight = weights.get(f.key());
            int points = (int) Math.round((double) f.points() * weight / f.weight());
            return new Factor(f.key(), weight, points, f.known(), f.evidenceKey(), f.evidence());
        }).toList();
        return new Fit(employerId, profile.employer().name(), weighted, weighted.stream().mapToInt(Factor::points).sum(),
                weighted.stream().mapToInt(Factor::weight).sum(), (int) weighted.stream().filter(f -> !f.known() && f.weight() > 0).count());
    }

    /** The signed-in person's organization's weights, or the defaults. */
    @Transactional(readOnly = true)
    public Weights weights() {
        record Row(String factor, int weight, Instant at, String by) {
        }
        List<Row> rows = jdbc.sql("select factor, weight, updated_at, updated_by from fit_weight where organization_id = ?")
                .param(PathwaysUser.current().organizationId())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
        if (rows.size() != DEFAULT_WEIGHTS.size()) {
            return new Weights(DEFAULT_WEIGHTS, false, null, null);
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        DEFAULT_WEIGHTS.keySet().forEach(factor -> weights.put(factor, rows.stream().filter(r -> r.factor().equals(factor)).findFirst()
                .map(Row::weight).orElseThrow()));
        Row last = rows.stream().max(java.util.Comparator.comparing(Row::at)).orElseThrow();
        return new Weights(weights, true, last.at(), last.by());
    }

    /** Sets the organization's weights: whole numbers from 0 to 100 for every factor, 100 in all. Every problem is named at once. */
    @Transactional
    public Weights setWeights(Map<String, Integer> weights) {
        List<InvalidInput> problems = new ArrayList<>();
        Map<String, Integer> given = weights == null ? Map.of() : weights;
        given.keySet().stream().filter(k -> !DEFAULT_WEIGHTS.containsKey(k)).forEach(k -> problems.add(new InvalidInput(k, "fit.weightUnknown", k)));
        int total = 0;
        for (String factor : DEFAULT_WEIGHTS.keySet()) {
            Integer weight = given.get(factor);
            if (weight == null) {
                problems.add(new InvalidInput(factor, "validation.required"));
            } else if (weight < 0 || weight > 100) {
                problems.add(new InvalidInput(factor, "fit.weightRange"));
            } else {
                total += weight;
            }
        }
        if (problems.isEmpty() && total != 100) {
            problems.add(new InvalidInput("total", "fit.weightTotal", total));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        PathwaysUser user = PathwaysUser.current();
        for (String factor : DEFAULT_WEIGHTS.keySet()) {
            jdbc.sql("""
                            insert into fit_weight (organization_id, factor, weight, updated_by) values (?, ?, ?, ?)
                            on conflict (organization_id, factor) do update set weight = excluded.weight, updated_at = now(), updated_by = excluded.updated_by""")
                    .params(user.organizationId(), factor, given.get(factor), user.username()).update();
        }
        audit.record("fit.weightsSet", "organization", user.organizationId(), given.toString());
        return weights();
    }

    /** Goes back to the product's weights. */
    @Transactional
    public Weights resetWeights() {
        PathwaysUser user = PathwaysUser.current();
        jdbc.sql("delete from fit_weight where organization_id = ?").param(user.organizationId()).update();
        audit.record("fit.weightsReset", "organization", user.organizationId(), DEFAULT_WEIGHTS.toString());
        return weights();
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

    static Factor csr(CsrApproach approach) {
        if (approach == null) {
            return new Factor("csr", 10, 0, false, "fit.csr.unknown", new Object[0]);
        }
        int points = switch (approach) {
            case BUSINESS_STRATEGY -> 10;
            case MIXED -> 5;
            case CHARITABLE -> 2;
        };
        return new Factor("csr", 10, points, true, "fit.csr." + approach, new Object[0]);
    }

    static Factor dei(DeiPriority priority) {
        if (priority == null) {
            return new Factor("dei", 10, 0, false, "fit.dei.unknown", new Object[0]);
        }
        int points = switch (priority) {
            case ENTERPRISE_WIDE -> 10;
            case SOME_LOCATIONS -> 5;
            case NONE -> 0;
        };
        return new Factor("dei", 10, points, true, "fit.dei." + priority, new Object[0]);
    }

    /** Whether the employer already hires from opportunity populations, for any critical job. */
    static Factor priorHiring(List<TalentSourcing.SourcingView> sourcing) {
        List<String> yes = sourcing.stream().filter(s -> s.sourcing().hiresOpportunity() == TalentSourcing.AlreadyHires.YES)
                .map(TalentSourcing.SourcingView::employerTitle).toList();
        if (!yes.isEmpty()) {
            return new Factor("priorHiring", 20, 20, true, "fit.priorHiring.yes", new Object[] {String.join(", ", yes)});
        }
        boolean no = sourcing.stream().anyMatch(s -> s.sourcing().hiresOpportunity() == TalentSourcing.AlreadyHires.NO);
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
