package org.pathways.requirements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeView;
import org.pathways.collaboratives.Collaboratives.Relation;
import org.pathways.reference.ReferenceData;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.ItemView;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.RequirementRows.MemberJobRequirements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaborative's hiring requirements per shared critical job: how many of the employers that recorded requirements
 * require, prefer or teach each item, the spread of its importance, what their practices are, and the common profile (what
 * a majority requires) that providers train to. Each employer counts once per occupation (by its job recorded first), so
 * no employer can weigh more than another in a share. Partners and members see a job's figures only when at least the
 * collaborative's minimum of employers recorded them; all of a job's figures come from the same employers, so withholding
 * the job whole leaves nothing to subtract. The managing organization sees every job and whose it is.
 */
@Service
@Transactional(readOnly = true)
public class RequirementsRollUp {

    /** Why a job's figures are withheld from partners and members. */
    public enum Withheld { TOO_FEW_EMPLOYERS }

    /**
     * One item across the employers: a competency (by its O*NET element, else its words), a credential (by its kind) or
     * experience (with the median of the months asked). {@code common} when more than half the employers require it.
     */
    public record ItemShare(ItemKind kind, String elementId, String name, CredentialKind credentialKind, int requiring, int preferring,
                            int teaching, int minImportance, int maxImportance, Integer medianMonths, boolean common) {
    }

    /** The practices across the employers that recorded any; each count is of employers. */
    public record PracticeShares(int recorded, int degreeRequired, int checkBeforeOffer, int checkAfterOffer, int noCheck,
                                 Integer medianLookback, Integer longestLookback, int caseByCase, int chanceToRespond,
                                 int driversLicense, int drugTest, int notByTransit) {
    }

    /** A member's job behind the figures, for the managing organization only. */
    public record EmployerJob(long employerId, String employerName, long criticalJobId, String employerTitle, int items,
                              Boolean degreeRequired, BackgroundCheck backgroundCheck) {
    }

    /**
     * One shared critical job. {@code withheld} says why partners and members do not see it (null when they do); for them
     * the figures are then null, never zeros. {@code degreeAboveTypical} when most employers require schooling above what
     * the occupation is typically entered with.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record JobRollUp(String socCode, String socTitle, int employersSharing, int contributing, Withheld withheld,
                            List<ItemShare> items, PracticeShares practices, Boolean degreeAboveTypical, String typicalEducation,
                            List<EmployerJob> employers) {
    }

    public record RollUp(long collaborativeId, String collaborativeName, boolean manager, int minContributors, List<JobRollUp> jobs) {
    }

    private final Collaboratives collaboratives;
    private final RequirementRows rows;
    private final ReferenceData referenceData;

    RequirementsRollUp(Collaboratives collaboratives, RequirementRows rows, ReferenceData referenceData) {
        this.collaboratives = collaboratives;
        this.rows = rows;
        this.referenceData = referenceData;
    }

    /** The roll-up as the person's organization may see it; a collaborative it may not see does not exist. */
    public RollUp of(long collaborativeId) {
        CollaborativeView collaborative = collaboratives.get(collaborativeId);
        boolean manager = collaborative.relation() == Relation.MANAGER;
        int minimum = collaborative.confidentiality().minContributors();
        Map<String, List<MemberJobRequirements>> bySoc = rows.ofMembers(collaborativeId, collaborative.organizationId()).stream()
                .collect(Collectors.groupingBy(MemberJobRequirements::socCode, LinkedHashMap::new, Collectors.toList()));
        List<JobRollUp> jobs = new ArrayList<>();
        List<Collaboratives.SharedJob> sharedJobs = collaboratives.sharedCriticalJobs(collaborativeId);
        Map<String, String> entryEducation = referenceData.typicalEducation(sharedJobs.stream().map(Collaboratives.SharedJob::socCode)
                .toList());
        for (Collaboratives.SharedJob shared : sharedJobs) {
            List<MemberJobRequirements> recorded = onePerEmployer(bySoc.getOrDefault(shared.socCode(), List.of()));
            Withheld withheld = recorded.size() < minimum ? Withheld.TOO_FEW_EMPLOYERS : null;
            if (withheld != null && !manager) {
                jobs.add(new JobRollUp(shared.socCode(), shared.socTitle(), shared.employers(), recorded.size(), withheld, null, null, null,
                        null, List.of()));
                continue;
            }
            List<ItemShare> items = items(recorded);
            PracticeShares practices = practices(recorded);
            String typicalEducation = entryEducation.get(shared.socCode());
            Integer typical = RequirementsCheck.schooling(typicalEducation);
            // most employers asking at hire for schooling above the occupation's usual entry (a credential taught on the job is not)
            Boolean aboveTypical = typical == null || recorded.isEmpty() ? null : items.stream().anyMatch(share ->
                    share.kind() == ItemKind.CREDENTIAL && share.credentialKind().schooling() > typical
                            && (share.requiring() - share.teaching()) * 2 > recorded.size())
                    || practices.degreeRequired() * 2 > recorded.size() && typical < 4;
            jobs.add(new JobRollUp(shared.socCode(), shared.socTitle(), shared.employers(), recorded.size(), withheld, items,
                    practices, aboveTypical, typical == null ? null : typicalEducation,
                    manager ? recorded.stream().map(RequirementsRollUp::employerJob).toList() : List.of()));
        }
        return new RollUp(collaborativeId, collaborative.name(), manager, minimum, jobs);
    }

    private static List<MemberJobRequirements> onePerEmployer(List<MemberJobRequirements> jobs) {
        Map<Long, MemberJobRequirements> first = new LinkedHashMap<>();
        jobs.stream().sorted(Comparator.comparingLong(MemberJobRequirements::criticalJobId))
                .forEach(j -> first.putIfAbsent(j.employerId(), j));
        return first.values().stream().sorted(Comparator.comparing(j -> j.employerName().toLowerCase(Locale.ROOT))).toList();
    }

    /** The items, the most required first; an employer listing one item twice counts once, by its strongest row. */
    static List<ItemShare> items(List<MemberJobRequirements> employers) {
        record Key(ItemKind kind, String code) {
        }
        Map<Key, List<ItemView>> byKey = new LinkedHashMap<>();
        for (MemberJobRequirements employer : employers) {
            Map<Key, ItemView> strongest = new LinkedHashMap<>();
            for (ItemView view : employer.items()) {
                Item item = view.item();
                Key key = switch (item.kind()) {
                    case COMPETENCY -> new Key(ItemKind.COMPETENCY, item.elementId() != null ? item.elementId()
                            : view.name() == null ? "" : view.name().strip().toLowerCase(Locale.ROOT));
                    case CREDENTIAL -> new Key(ItemKind.CREDENTIAL, item.credentialKind().name());
                    case EXPERIENCE -> new Key(ItemKind.EXPERIENCE, "");
                };
                strongest.merge(key, view, (a, b) -> strength(b.item()) > strength(a.item()) ? b : a);
            }
            strongest.forEach((key, view) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(view));
        }
        List<ItemShare> shares = new ArrayList<>();
        byKey.forEach((key, views) -> {
            Item first = views.get(0).item();
            int requiring = (int) views.stream().filter(v -> v.item().required()).count();
            List<Integer> months = views.stream().map(v -> v.item().months()).filter(m -> m != null).sorted().toList();
            shares.add(new ItemShare(key.kind(), first.elementId(), key.kind() == ItemKind.EXPERIENCE ? null : views.get(0).name(),
                    first.credentialKind(), requiring, views.size() - requiring,
                    (int) views.stream().filter(v -> v.item().required() && !v.item().atHire()).count(),
                    views.stream().mapToInt(v -> v.item().importance()).min().orElse(0),
                    views.stream().mapToInt(v -> v.item().importance()).max().orElse(0),
                    months.isEmpty() ? null : months.get(months.size() / 2), requiring * 2 > employers.size()));
        });
        shares.sort(Comparator.comparingInt(ItemShare::requiring).reversed().thenComparing(Comparator.comparingInt(ItemShare::maxImportance)
                .reversed()));
        return shares;
    }

    /** Required at hire over required and taught over preferred, then by importance. */
    private static int strength(Item item) {
        return (item.required() ? 20 : 0) + (item.atHire() ? 10 : 0) + item.importance();
    }

    static PracticeShares practices(List<MemberJobRequirements> employers) {
        List<Practices> recorded = employers.stream().map(MemberJobRequirements::practices)
                .filter(p -> !p.equals(Practices.notRecorded())).toList();
        List<Integer> lookbacks = recorded.stream().map(Practices::lookbackYears).filter(y -> y != null).sorted().toList();
        return new PracticeShares(recorded.size(), count(recorded, p -> Boolean.TRUE.equals(p.degreeRequired())),
                count(recorded, p -> p.backgroundCheck() == BackgroundCheck.BEFORE_OFFER),
                count(recorded, p -> p.backgroundCheck() == BackgroundCheck.AFTER_CONDITIONAL_OFFER),
                count(recorded, p -> p.backgroundCheck() == BackgroundCheck.NONE),
                lookbacks.isEmpty() ? null : lookbacks.get(lookbacks.size() / 2),
                lookbacks.isEmpty() ? null : lookbacks.get(lookbacks.size() - 1),
                count(recorded, p -> Boolean.TRUE.equals(p.individualizedAssessment())),
                count(recorded, p -> Boolean.TRUE.equals(p.chanceToRespond())),
                count(recorded, p -> Boolean.TRUE.equals(p.driversLicense())),
                count(recorded, p -> Boolean.TRUE.equals(p.drugTest())), count(recorded, p -> Boolean.FALSE.equals(p.transitReachable())));
    }

    private static int count(List<Practices> practices, java.util.function.Predicate<Practices> test) {
        return (int) practices.stream().filter(test).count();
    }

    private static EmployerJob employerJob(MemberJobRequirements job) {
        return new EmployerJob(job.employerId(), job.employerName(), job.criticalJobId(), job.employerTitle(), job.items().size(),
                job.practices().degreeRequired(), job.practices().backgroundCheck());
    }
}
