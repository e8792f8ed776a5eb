package org.pathways.requirements;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.collaboratives.Collaboratives;
import org.pathways.collaboratives.Collaboratives.CollaborativeInput;
import org.pathways.collaboratives.Collaboratives.Confidentiality;
import org.pathways.collaboratives.Collaboratives.NeedThresholds;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Sector;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.pathways.requirements.RequirementsRollUp.ItemShare;
import org.pathways.requirements.RequirementsRollUp.JobRollUp;
import org.pathways.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A collaborative's requirements for forklift operators (SOC 53-7051, entered with a high-school diploma), kept by the
 * chamber for three members of its own: withheld from its partner until three employers recorded them, then shown as
 * shares with the common profile, each employer counted once, and whose they are for the chamber only.
 */
@PathwaysTest
class RequirementsRollUpTests {

    @Autowired
    RequirementsRollUp rollUp;
    @Autowired
    HiringRequirements requirements;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
    }

    private long forkliftJob(long employerId, int rank) {
        return criticalJobs.add(employerId, new CriticalJobInput("Forklift Operator", "53-7051", true, null, "Warehouse", 20, 4,
                new BigDecimal("19"), new BigDecimal("23"), PayUnit.HOUR, rank, List.of())).id();
    }

    private static RequirementsInput asking(CredentialKind schooling, BackgroundCheck check, int lookback) {
        return new RequirementsInput(List.of(
                Item.credential(schooling, null, null, Necessity.REQUIRED, true, 3),
                Item.credential(CredentialKind.CERTIFICATE, "Forklift operator certification", null, Necessity.REQUIRED, false, 4),
                Item.experience(6, null, Necessity.PREFERRED, 2)),
                new Practices(false, check, List.of(RecordKind.FELONY_CONVICTIONS), lookback, null, null, true, null, null, null, false,
                        18, null));
    }

    private static JobRollUp forklifts(RequirementsRollUp.RollUp rolledUp) {
        return rolledUp.jobs().stream().filter(j -> j.socCode().equals("53-7051")).findFirst().orElseThrow();
    }

    @Test
    void partnersSeeAJobOnlyOnceThreeEmployersRecordedItAndNeverWhoseItIs() throws Exception {
        signInAs("manager");
        var collaborative = collaboratives.create(CollaborativeInput.of("Requirements Roll-up Logistics",
                Collaboratives.Focus.OCCUPATION_FAMILY,
                "53-0000", "Warehousing", List.of("39049"), null, Collaboratives.Status.ACTIVE, Confidentiality.FEDERAL,
                new NeedThresholds(10, 3, 2)));
        long[] members = new long[3];
        long[] jobs = new long[3];
        for (int i = 0; i < 3; i++) {
            members[i] = employers.create(new EmployerInput("Roll-up Warehouse " + (char) ('A' + i), Sector.PRIVATE_FOR_PROFIT, false, null,
                    "493110", null, null, null, null), true).id();
            jobs[i] = forkliftJob(members[i], 1);
            collaboratives.addMember(collaborative.id(), members[i], null);
        }
        long scw = jdbc.sql("select id from organization where name = 'Second Chance Works'").query(Long.class).single();
        collaboratives.addPartner(collaborative.id(), scw);
        requirements.save(jobs[0], 0, asking(CredentialKind.HIGH_SCHOOL, BackgroundCheck.AFTER_CONDITIONAL_OFFER, 7));
        requirements.save(jobs[1], 0, asking(CredentialKind.BACHELOR, BackgroundCheck.BEFORE_OFFER, 10));

        JobRollUp managerSees = forklifts(rollUp.of(collaborative.id()));
        assertThat(managerSees.contributing()).isEqualTo(2);
        assertThat(managerSees.withheld()).as("the manager is told partners do not see it")
                .isEqualTo(RequirementsRollUp.Withheld.TOO_FEW_EMPLOYERS);
        assertThat(managerSees.items()).isNotNull();
        assertThat(managerSees.degreeAboveTypical()).as("a certificate both teach on the job, and one bachelor's of two: not flagged")
                .isFalse();
        assertThat(managerSees.employers()).extracting(RequirementsRollUp.EmployerJob::employerName)
                .containsExactly("Roll-up Warehouse A", "Roll-up Warehouse B");

        signInAs("practitioner");
        JobRollUp partnerSees = forklifts(rollUp.of(collaborative.id()));
        assertThat(partnerSees.withheld()).isEqualTo(RequirementsRollUp.Withheld.TOO_FEW_EMPLOYERS);
        assertThat(partnerSees.items()).as("withheld, not zero").isNull();
        assertThat(partnerSees.practices()).isNull();
        assertThat(partnerSees.employers()).isEmpty();
        String api = mvc.perform(get("/api/v1/collaboratives/" + collaborative.id() + "/requirements").with(users.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).as("explicit nulls beside the reason").contains("\"withheld\":\"TOO_FEW_EMPLOYERS\"").contains("\"items\":null")
                .doesNotContain("Roll-up Warehouse");

        signInAs("manager");
        requirements.save(jobs[2], 0, asking(CredentialKind.BACHELOR, BackgroundCheck.BEFORE_OFFER, 10));
        // a second forklift job at the first warehouse counts that employer once, by the job recorded first
        long second = forkliftJob(members[0], 2);
        requirements.save(second, 0, asking(CredentialKind.GRADUATE, BackgroundCheck.BEFORE_OFFER, 20));

        signInAs("practitioner");
        JobRollUp shown = forklifts(rollUp.of(collaborative.id()));
        assertThat(shown.withheld()).isNull();
        assertThat(shown.contributing()).isEqualTo(3);
        assertThat(shown.employers()).as("whose jobs they are is the manager's to know").isEmpty();
        ItemShare bachelor = share(shown, ItemKind.CREDENTIAL, CredentialKind.BACHELOR);
        assertThat(bachelor.requiring()).isEqualTo(2);
        assertThat(bachelor.common()).isTrue();
        assertThat(share(shown, ItemKind.CREDENTIAL, CredentialKind.HIGH_SCHOOL).common()).isFalse();
        assertThat(shown.items()).as("the graduate degree of the job recorded second is not counted")
                .noneMatch(i -> i.credentialKind() == CredentialKind.GRADUATE);
        ItemShare certificate = share(shown, ItemKind.CREDENTIAL, CredentialKind.CERTIFICATE);
        assertThat(certificate.requiring()).isEqualTo(3);
        assertThat(certificate.teaching()).as("each employer teaches it on the job").isEqualTo(3);
        ItemShare experience = share(shown, ItemKind.EXPERIENCE, null);
        assertThat(experience.preferring()).isEqualTo(3);
        assertThat(experience.medianMonths()).isEqualTo(6);
        assertThat(shown.degreeAboveTypical()).as("most require a bachelor's for a job entered with a high-school diploma").isTrue();
        assertThat(shown.practices().checkBeforeOffer()).isEqualTo(2);
        assertThat(shown.practices().checkAfterOffer()).isEqualTo(1);
        assertThat(shown.practices().medianLookback()).isEqualTo(10);
        assertThat(shown.practices().longestLookback()).isEqualTo(10);
        assertThat(shown.practices().notByTransit()).isEqualTo(3);

        String page = mvc.perform(get("/collaboratives/" + collaborative.id() + "/requirements").with(users.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Common requirements profile")
                .contains("3 of the 3 employers sharing this job recorded requirements").contains("2 of 3 check records before any offer")
                .doesNotContain("Roll-up Warehouse");

        // a fourth warehouse records items only: its job follows the practices it keeps for the whole employer
        signInAs("manager");
        long fourth = employers.create(new EmployerInput("Roll-up Warehouse D", Sector.PRIVATE_FOR_PROFIT, false, null, "493110", null,
                null, null, null), true).id();
        long fourthJob = forkliftJob(fourth, 1);
        collaboratives.addMember(collaborative.id(), fourth, null);
        requirements.saveEmployerPractices(fourth, 0, new HiringRequirements.EmployerPracticesInput(new Practices(false,
                BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(), null, true, true, null, null, null, null, null, null, null)));
        requirements.save(fourthJob, 0, new RequirementsInput(asking(CredentialKind.HIGH_SCHOOL, BackgroundCheck.NONE, 1).items(),
                Practices.notRecorded()));
        signInAs("practitioner");
        JobRollUp withFourth = forklifts(rollUp.of(collaborative.id()));
        assertThat(withFourth.contributing()).isEqualTo(4);
        assertThat(withFourth.practices().recorded()).as("the employer's practices count for its job").isEqualTo(4);
        assertThat(withFourth.practices().checkAfterOffer()).isEqualTo(2);
        assertThat(withFourth.practices().caseByCase()).isEqualTo(1);

        signInAs("youthcoach");
        assertThatThrownBy(() -> rollUp.of(collaborative.id())).as("an organization outside the collaborative")
                .isInstanceOf(NotFound.class);
    }

    private static ItemShare share(JobRollUp job, ItemKind kind, CredentialKind credential) {
        return job.items().stream().filter(i -> i.kind() == kind && i.credentialKind() == credential).findFirst().orElseThrow();
    }
}
