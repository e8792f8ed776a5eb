package org.pathways.requirements;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Sector;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A critical job's hiring requirements as a practitioner records them, checked against the occupation with the O*NET
 * and BLS figures of the starter set (the real 28.2 and 2024–34 files, cut to the demo occupations).
 */
@PathwaysTest
class HiringRequirementsTests {

    @Autowired
    HiringRequirements requirements;
    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
    }

    /** A machinist's job (SOC 51-4041, typically entered with a high-school diploma) at a shop of the test's own. */
    private long machinistJob(String shop) {
        var employer = employers.create(new EmployerInput(shop, Sector.PRIVATE_FOR_PROFIT, false, "Machine shop", "332710", null, null,
                null, null), true);
        return criticalJobs.add(employer.id(), new CriticalJobInput("CNC Machinist", "51-4041", true, null, "Machining", 12, 3,
                new BigDecimal("22"), new BigDecimal("30"), PayUnit.HOUR, 1, List.of())).id();
    }

    private static Practices fairChance() {
        return new Practices(false, BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(RecordKind.FELONY_CONVICTIONS), 7, true, true,
                false, false, true, false, true, 18, true);
    }

    @Test
    void itemsAndPracticesAreSavedTogetherWithTheOnetElementFoundByItsName() {
        signInAs("practitioner");
        long job = machinistJob("Requirements Saved Shop");
        assertThat(requirements.of(job).version()).as("nothing recorded yet").isZero();

        var saved = requirements.save(job, 0, new RequirementsInput(List.of(
                Item.competency(CompetencyType.KNOWLEDGE, null, "mathematics", Necessity.REQUIRED, true, 4),
                Item.competency(CompetencyType.OWN_WORDS, null, "Reads a caliper to a thousandth", Necessity.REQUIRED, false, 3),
                Item.credential(CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", 24, Necessity.PREFERRED, false, 2),
                Item.experience(12, "On a CNC mill or lathe", Necessity.PREFERRED, 2)), fairChance()));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.items()).extracting(v -> v.item().elementId()).containsExactly("2.C.4.a", null, null, null);
        assertThat(saved.items()).extracting(v -> v.name()).containsExactly("Mathematics", "Reads a caliper to a thousandth",
                "NIMS Machining Level I", "On a CNC mill or lathe");
        assertThat(saved.practices()).isEqualTo(fairChance());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'requirements.saved' and target_id = ?")
                .param(String.valueOf(job)).query(Long.class).single()).isEqualTo(1);

        var again = requirements.save(job, 1, new RequirementsInput(List.of(), Practices.notRecorded()));
        assertThat(again.items()).isEmpty();
        assertThat(again.version()).isEqualTo(2);
    }

    @Test
    void everyProblemIsNamedAtItsRowAndNothingIsSaved() {
        signInAs("practitioner");
        long job = machinistJob("Requirements Refused Shop");
        RequirementsInput wrong = new RequirementsInput(List.of(
                Item.competency(CompetencyType.SKILL, "9.Z.9.z", null, Necessity.REQUIRED, true, 3),
                new Item(ItemKind.COMPETENCY, CompetencyType.SKILL, null, "Welding poetry", null, null, null, null, Necessity.REQUIRED,
                        false, 0),
                new Item(ItemKind.CREDENTIAL, null, null, null, null, null, null, null, Necessity.REQUIRED, true, 6),
                new Item(ItemKind.EXPERIENCE, null, null, null, null, null, null, -3, Necessity.PREFERRED, true, 2),
                Item.EMPTY),
                new Practices(null, BackgroundCheck.BEFORE_OFFER, List.of(), 40, null, null, null, null, null, null, null, null, null));
        assertThatThrownBy(() -> requirements.save(job, 0, wrong)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidInput::field).contains("items[0].elementId", "items[1].name",
                        "items[1].importance", "items[2].importance", "items[2].credentialKind", "items[3].months",
                        "items[3].neededAtHire", "practices.lookbackYears"));
        assertThatThrownBy(() -> requirements.save(job, 0, new RequirementsInput(List.of(), new Practices(null, BackgroundCheck.NONE,
                List.of(RecordKind.CREDIT), 5, null, null, null, null, null, null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput::messageKey).containsExactly("requirements.recordsWithoutCheck"));
        assertThat(jdbc.sql("select count(*) from job_requirements where critical_job_id = ?").param(job).query(Long.class).single())
                .as("nothing was saved").isZero();
    }

    @Test
    void aSecondEditorOnAnOldCopyIsRefusedAndAnotherOrganizationsJobDoesNotExist() {
        signInAs("practitioner");
        long job = machinistJob("Requirements Conflict Shop");
        requirements.save(job, 0, new RequirementsInput(List.of(), fairChance()));
        assertThatThrownBy(() -> requirements.save(job, 0, new RequirementsInput(List.of(), Practices.notRecorded())))
                .as("two first saves").isInstanceOf(Conflict.class);
        requirements.save(job, 1, new RequirementsInput(List.of(), Practices.notRecorded()));
        assertThatThrownBy(() -> requirements.save(job, 1, new RequirementsInput(List.of(), fairChance())))
                .as("a save on the copy read before").isInstanceOf(Conflict.class);
        assertThat(requirements.of(job).practices()).isEqualTo(Practices.notRecorded());

        signInAs("manager");
        assertThatThrownBy(() -> requirements.of(job)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> requirements.save(job, 2, new RequirementsInput(List.of(), fairChance()))).isInstanceOf(NotFound.class);
    }

    @Test
    void theCheckFlagsADegreeAboveTheOccupationMissingTopElementsAndWhatCouldBeTaught() {
        signInAs("practitioner");
        long job = machinistJob("Requirements Check Shop");
        requirements.save(job, 0, new RequirementsInput(List.of(
                Item.credential(CredentialKind.BACHELOR, null, null, Necessity.REQUIRED, true, 4),
                Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 4)),
                new Practices(true, BackgroundCheck.BEFORE_OFFER, List.of(RecordKind.ARRESTS_WITHOUT_CONVICTION), 10, false, false, true,
                        null, null, null, false, 21, null)));
        var review = requirements.review(job);
        assertThat(review.occupation().projection().typicalEducation()).isEqualTo("High school diploma or equivalent");
        assertThat(review.flags()).extracting(RequirementsCheck.Flag::key).contains("requirements.flag.aboveTypical",
                "requirements.flag.degreeAboveTypical", "requirements.flag.topMissing");
        assertThat(review.flags().stream().filter(f -> f.key().equals("requirements.flag.topMissing")).findFirst().orElseThrow()
                .arguments().get(0).toString()).as("the machinists' most important skill, not listed").contains("Operation and Control")
                .doesNotContain("Mathematics");
        assertThat(review.notes()).extracting(RequirementsCheck.PracticeNote::key).containsExactly("practice.degreeRequired",
                "practice.checkBeforeOffer", "practice.arrests", "practice.lookback", "practice.noAssessment",
                "practice.noChanceToRespond", "practice.driversLicense", "practice.noTransit", "practice.minimumAge");
    }

    @Test
    void theApiSavesWithTheVersionReadCarriesTheOnetAttributionAndRefusesBlindWritesAndOtherOrganizations() throws Exception {
        signInAs("practitioner");
        long job = machinistJob("Requirements Api Shop");
        String path = "/api/v1/critical-jobs/" + job + "/requirements";
        String body = """
                {"items":[{"kind":"COMPETENCY","competencyType":"SKILL","name":"Operation and Control","necessity":"REQUIRED",
                  "neededAtHire":false,"importance":4}],
                 "practices":{"backgroundCheck":"AFTER_CONDITIONAL_OFFER","recordsChecked":["FELONY_CONVICTIONS"],"lookbackYears":7}}""";
        var json = org.springframework.http.MediaType.APPLICATION_JSON;
        mvc.perform(put(path).with(users.as("practitioner")).with(csrf()).contentType(json).content(body))
                .andExpect(status().isConflict()); // no version said: nothing is overwritten blindly
        mvc.perform(put(path).param("version", "0").with(users.as("manager")).with(csrf()).contentType(json).content(body))
                .andExpect(status().isNotFound()); // another organization's job is not there for them
        mvc.perform(put(path).param("version", "0").with(users.as("viewer")).with(csrf()).contentType(json).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(put(path).param("version", "0").with(users.as("practitioner")).with(csrf()).contentType(json)
                        .content(body.replace("\"importance\":4", "\"importance\":9")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].importance"));
        mvc.perform(put(path).param("version", "0").with(users.as("practitioner")).with(csrf()).contentType(json).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requirements.version").value(1))
                .andExpect(jsonPath("$.requirements.items[0].item.elementId").value("2.B.3.h"));
        mvc.perform(get(path).with(users.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.attribution").value(org.hamcrest.Matchers.containsString("CC BY 4.0")));

        // the employer's own practices: a job without its own follows them, and the answer says so
        long employer = jdbc.sql("select employer_id from job_requirements where critical_job_id = ?").param(job)
                .query(Long.class).single();
        signInAs("practitioner"); // MockMvc cleared it
        long second = criticalJobs.add(employer, new CriticalJobInput("CNC Operator", "51-4041", true, null, null, 4, 1, null, null, null,
                2, List.of())).id();
        String practices = "/api/v1/employers/" + employer + "/hiring-practices";
        mvc.perform(put(practices).with(users.as("practitioner")).with(csrf()).contentType(json)
                        .content("{\"practices\":{\"backgroundCheck\":\"NONE\",\"lookbackYears\":5}}").param("version", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(practices).with(users.as("practitioner")).with(csrf()).contentType(json)
                        .content("{\"practices\":{\"backgroundCheck\":\"NONE\",\"degreeRequired\":false}}").param("version", "0"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/critical-jobs/" + second + "/requirements").with(users.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.followsEmployer").value(true))
                .andExpect(jsonPath("$.effectivePractices.backgroundCheck").value("NONE"));
        mvc.perform(get(path).with(users.as("practitioner"))).andExpect(jsonPath("$.followsEmployer").value(false))
                .andExpect(jsonPath("$.effectivePractices.backgroundCheck").value("AFTER_CONDITIONAL_OFFER"));
    }
}
