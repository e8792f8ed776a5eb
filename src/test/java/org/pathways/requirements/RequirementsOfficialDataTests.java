package org.pathways.requirements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Sector;
import org.pathways.reference.ReferenceData;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The check's flags against the official releases in ../shared/data (BLS projections, O*NET skills and knowledge), imported
 * as an installation would: a bachelor's degree is above the entry level of machinists and not of registered nurses, the
 * nurses' most important O*NET elements are named when missing, and a basic skill required of personal care aides could
 * be taught. Skipped, saying so, where the files are absent.
 */
@PathwaysTest
class RequirementsOfficialDataTests {

    private static final Path OFFICIAL = Path.of("..", "shared", "data");

    @Autowired
    ReferenceData referenceData;
    @Autowired
    HiringRequirements requirements;
    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> flagsFor(long employer, String title, String soc, Item... items) {
        long job = criticalJobs.add(employer, new CriticalJobInput(title, soc, true, null, null, 5, 1, null, null, null, null, List.of()))
                .id();
        requirements.save(job, 0, new RequirementsInput(List.of(items), Practices.notRecorded()));
        return requirements.review(job).flags().stream().map(f -> f.key() + " " + f.arguments()).toList();
    }

    @Test
    void theFlagsFollowTheOfficialFigures() {
        assumeTrue(Files.isDirectory(OFFICIAL.resolve("naics")), "../shared/data is absent: the check against official data is not run");
        assertThat(referenceData.importFolder(OFFICIAL, "test").failed()).isFalse();
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long employer = employers.create(new EmployerInput("Official Data Check Employer", Sector.PRIVATE_FOR_PROFIT, false, null, null,
                null, null, null, null), true).id();
        Item bachelor = Item.credential(CredentialKind.BACHELOR, null, null, Necessity.REQUIRED, true, 4);

        assertThat(flagsFor(employer, "Machinist", "51-4041", bachelor))
                .anyMatch(flag -> flag.startsWith("requirements.flag.aboveTypical") && flag.contains("High school diploma or equivalent"));
        List<String> nurses = flagsFor(employer, "Registered Nurse", "29-1141", bachelor,
                Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.PREFERRED, false, 2));
        assertThat(nurses).as("a bachelor's is the nurses' usual entry")
                .noneMatch(flag -> flag.startsWith("requirements.flag.aboveTypical"));
        assertThat(nurses).anyMatch(flag -> flag.startsWith("requirements.flag.topMissing") && flag.contains("Medicine and Dentistry"));
        assertThat(flagsFor(employer, "Personal Care Aide", "31-1122",
                Item.competency(CompetencyType.SKILL, null, "Mathematics", Necessity.REQUIRED, true, 3)))
                .as("the level personal care aides need of mathematics is basic")
                .anyMatch(flag -> flag.startsWith("requirements.flag.teachable") && flag.contains("Mathematics"));
    }
}
