package org.pathways.requirements;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathways.reference.Competencies;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemView;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RequirementsView;

import static org.assertj.core.api.Assertions.assertThat;

/** The check's rules without a database: what is flagged, and a fair-chance record of practices that needs no note. */
class RequirementsCheckTests {

    private static RequirementsView with(Item... items) {
        List<ItemView> views = new java.util.ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            views.add(new ItemView(i + 1, items[i], items[i].name()));
        }
        return new RequirementsView(1, 1, "Job", "51-4041", "Machinists", views, Practices.notRecorded(), 1, null, null);
    }

    private static Competencies.Rated rated(String id, String name, String importance, String level) {
        return new Competencies.Rated(new Competencies.Competency(id, name, Competencies.Kind.SKILL), new BigDecimal(importance),
                new BigDecimal(level));
    }

    @Test
    void aRequiredBasicSkillAtHireCouldBeTaughtAndAPreferredOneIsNotFlagged() {
        List<Competencies.Rated> onet = List.of(rated("2.A.1.a", "Reading Comprehension", "3.2", "2.4"),
                rated("2.B.3.a", "Operation and Control", "3.8", "4.1"));
        var flags = RequirementsCheck.flags(with(
                Item.competency(CompetencyType.SKILL, "2.A.1.a", "Reading Comprehension", Necessity.REQUIRED, true, 3)), null, onet);
        assertThat(flags).extracting(RequirementsCheck.Flag::key).containsExactly("requirements.flag.topMissing",
                "requirements.flag.teachable");
        assertThat(flags.get(1).arguments()).containsExactly(1, "Reading Comprehension", "2.4");
        assertThat(RequirementsCheck.flags(with(
                Item.competency(CompetencyType.SKILL, "2.A.1.a", "Reading Comprehension", Necessity.PREFERRED, false, 3),
                Item.competency(CompetencyType.SKILL, "2.B.3.a", "Operation and Control", Necessity.REQUIRED, true, 5)), null, onet))
                .as("taught on the job, and the important one is listed").isEmpty();
        assertThat(RequirementsCheck.flags(with(), null, onet)).as("nothing listed yet: nothing to say is missing").isEmpty();
    }

    @Test
    void fairChancePracticesNeedNoNoteAndEachScreeningPracticeHasOne() {
        Practices fair = new Practices(false, HiringRequirements.BackgroundCheck.AFTER_CONDITIONAL_OFFER,
                List.of(HiringRequirements.RecordKind.FELONY_CONVICTIONS), 7, true, true, false, false, false, false, true, 18, null);
        assertThat(RequirementsCheck.notes(fair)).isEmpty();
        assertThat(RequirementsCheck.notes(Practices.notRecorded())).as("nothing recorded, nothing said").isEmpty();
        Practices screening = new Practices(null, HiringRequirements.BackgroundCheck.AFTER_CONDITIONAL_OFFER,
                List.of(HiringRequirements.RecordKind.CREDIT), 8, true, true, null, true, null, true, null, null, null);
        assertThat(RequirementsCheck.notes(screening)).extracting(RequirementsCheck.PracticeNote::key)
                .containsExactly("practice.credit", "practice.lookback", "practice.drugTest", "practice.shifts");
    }
}
