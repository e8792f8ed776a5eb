package org.pathways.requirements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pathways.reference.Competencies;
import org.pathways.reference.OccupationProfile;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.ItemView;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsView;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What the requirements and practices mean beside the occupation, as flags that explain themselves and never block,
 * and what each practice means for the people our partners serve, with the alternative an employer could choose.
 * No database: the occupation's figures are given.
 */
public final class RequirementsCheck {

    private RequirementsCheck() {
    }

    /** A flag: a message key and the values it names (a credential by its kind, which a page shows in its words). */
    public record Flag(String key, List<Object> arguments) {

        /** The arguments as a page shows them: a credential kind by its label in the person's language. */
        public Object[] shown() {
            return arguments.stream().map(a -> a instanceof HiringRequirements.CredentialKind kind
                    ? new DefaultMessageSourceResolvable("requirements.credential." + kind.name()) : a).toArray();
        }
    }

    /** A practice explained: {@code key + ".means"} and {@code key + ".alternative"}. */
    public record PracticeNote(String key, List<Object> arguments) {
    }

    /** O*NET's importance (1–5) from which an element counts as important for the occupation ("3 important"). */
    static final BigDecimal TOP_IMPORTANCE = new BigDecimal("3.0");
    /** O*NET's level (0–7) below which what the occupation needs is basic enough to teach on the job. */
    static final BigDecimal BASIC_LEVEL = new BigDecimal("3.0");
    static final int TOP_ELEMENTS = 5;
    /** Years of record a fair-chance policy usually looks back at most. */
    static final int FAIR_LOOKBACK_YEARS = 7;

    /** BLS's typical entry education, on the ladder of {@link HiringRequirements.CredentialKind#schooling()}. */
    private static final Map<String, Integer> TYPICAL_EDUCATION = Map.of(
            "no formal educational credential", 0, "high school diploma or equivalent", 1, "postsecondary nondegree award", 2,
            "some college, no degree", 3, "associate's degree", 4, "bachelor's degree", 5, "master's degree", 6,
            "doctoral or professional degree", 7);

    static Integer typicalSchooling(OccupationProfile occupation) {
        return occupation == null || occupation.projection() == null ? null : schooling(occupation.projection().typicalEducation());
    }

    /** BLS's words for an entry education ("High school diploma or equivalent") on the ladder; null when not known. */
    static Integer schooling(String typicalEducation) {
        return typicalEducation == null ? null : TYPICAL_EDUCATION.get(typicalEducation.strip().toLowerCase(Locale.ROOT));
    }

    public static List<Flag> flags(RequirementsView requirements, OccupationProfile occupation, List<Competencies.Rated> rated) {
        List<Flag> flags = new ArrayList<>();
        Integer typical = typicalSchooling(occupation);
        if (typical != null) {
            String education = occupation.projection().typicalEducation();
            for (ItemView view : requirements.items()) {
                Item item = view.item();
                // a credential the employer helps people earn on the job shuts nobody out at the door
                if (item.kind() == ItemKind.CREDENTIAL && item.required() && item.atHire() && item.credentialKind() != null
                        && item.credentialKind().schooling() > typical) {
                    flags.add(new Flag("requirements.flag.aboveTypical", List.of(view.position(), item.credentialKind(), education)));
                }
            }
            if (Boolean.TRUE.equals(requirements.practices().degreeRequired()) && typical < 4) {
                flags.add(new Flag("requirements.flag.degreeAboveTypical", List.of(education)));
            }
        }
        Set<String> listed = requirements.items().stream().map(v -> v.item().elementId()).filter(id -> id != null)
                .collect(Collectors.toSet());
        List<String> missing = rated.stream().filter(r -> r.importance() != null && r.importance().compareTo(TOP_IMPORTANCE) >= 0)
                .limit(TOP_ELEMENTS).filter(r -> !listed.contains(r.competency().elementId())).map(r -> r.competency().name()).toList();
        // before anything is listed, the occupation's elements are on the page already: the flag is for a list that left them out
        if (!missing.isEmpty() && !requirements.items().isEmpty()) {
            flags.add(new Flag("requirements.flag.topMissing", List.of(String.join(", ", missing))));
        }
        Map<String, Competencies.Rated> byElement = rated.stream()
                .collect(Collectors.toMap(r -> r.competency().elementId(), r -> r, (a, b) -> a));
        for (ItemView view : requirements.items()) {
            Item item = view.item();
            Competencies.Rated onet = item.elementId() == null ? null : byElement.get(item.elementId());
            if (item.kind() == ItemKind.COMPETENCY && item.required() && item.atHire() && onet != null && onet.level() != null
                    && onet.level().compareTo(BASIC_LEVEL) < 0) {
                flags.add(new Flag("requirements.flag.teachable", List.of(view.position(), view.name(), onet.level().toPlainString())));
            }
        }
        return flags;
    }

    /** Each recorded practice that may screen people out, in the order a person reads a posting. */
    public static List<PracticeNote> notes(Practices p) {
        List<PracticeNote> notes = new ArrayList<>();
        if (Boolean.TRUE.equals(p.degreeRequired())) {
            notes.add(note("practice.degreeRequired"));
        }
        if (p.backgroundCheck() == BackgroundCheck.BEFORE_OFFER) {
            notes.add(note("practice.checkBeforeOffer"));
        }
        if (p.checksRecords()) {
            if (p.recordsChecked().contains(RecordKind.ARRESTS_WITHOUT_CONVICTION)) {
                notes.add(note("practice.arrests"));
            }
            if (p.recordsChecked().contains(RecordKind.CREDIT)) {
                notes.add(note("practice.credit"));
            }
            if (p.lookbackYears() == null || p.lookbackYears() > FAIR_LOOKBACK_YEARS) {
                notes.add(new PracticeNote("practice.lookback", List.of(p.lookbackYears() == null ? "—" : p.lookbackYears(),
                        FAIR_LOOKBACK_YEARS)));
            }
            if (!Boolean.TRUE.equals(p.individualizedAssessment())) {
                notes.add(note("practice.noAssessment"));
            }
            if (!Boolean.TRUE.equals(p.chanceToRespond())) {
                notes.add(note("practice.noChanceToRespond"));
            }
        }
        if (Boolean.TRUE.equals(p.driversLicense())) {
            notes.add(note("practice.driversLicense"));
        }
        if (Boolean.FALSE.equals(p.transitReachable())) {
            notes.add(note("practice.noTransit"));
        }
        if (Boolean.TRUE.equals(p.drugTest())) {
            notes.add(note("practice.drugTest"));
        }
        if (Boolean.TRUE.equals(p.shiftWork()) || Boolean.TRUE.equals(p.weekendWork())) {
            notes.add(note("practice.shifts"));
        }
        if (p.minimumAge() != null && p.minimumAge() > 18) {
            notes.add(new PracticeNote("practice.minimumAge", List.of(p.minimumAge())));
        }
        if (Boolean.TRUE.equals(p.workAuthorization())) {
            notes.add(note("practice.workAuthorization"));
        }
        return notes;
    }

    private static PracticeNote note(String key) {
        return new PracticeNote(key, List.of());
    }
}
