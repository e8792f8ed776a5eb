package org.pathways.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.engagement.Engagements.EngagementInput;
import org.pathways.engagement.Engagements.Kind;
import org.pathways.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The engagement log as a practitioner keeps it: an employer's timeline, next steps with owners and due dates. */
@PathwaysTest
class EngagementTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    Engagements engagements;
    @Autowired
    PartnershipFit fit;
    @Autowired
    Workbook workbook;
    @Autowired
    org.pathways.employers.Employers employers;
    @Autowired
    org.pathways.employers.Contacts contacts;
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

    /** The demo profile (other tests may add one of the same name later). */
    private long employer(String organization, String name) {
        return jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id where o.name = ? and e.name = ?")
                .params(organization, name).query(Long.class).single();
    }

    private long contact(long employer, String name) {
        return jdbc.sql("select id from employer_contact where employer_id = ? and name = ?").params(employer, name).query(Long.class).single();
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsSaved() {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long keystone = employer("Second Chance Works", "Keystone Precision Machining");
        long otherEmployersContact = contact(employer("Second Chance Works", "Riverbend Regional Health"), "Dana Whitfield");
        long youthcoach = users.user("youthcoach").userId();
        long before = jdbc.sql("select count(*) from engagement").query(Long.class).single();
        assertThatThrownBy(() -> engagements.record(keystone, new EngagementInput(Kind.CALL, TODAY.plusYears(2), " ", null,
                List.of(otherEmployersContact), List.of(youthcoach), " ", TODAY, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(InvalidInput::messageKey)
                        .containsExactlyInAnyOrder("engagement.tooFarAhead", "NotBlank", "engagement.contactOfAnotherEmployer",
                                "engagement.notAColleague", "engagement.nextStepMissing"));
        assertThat(jdbc.sql("select count(*) from engagement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aNextStepAlreadyPastIsKeptFlaggedAndListedFirstForItsOwnerUntilDone() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long keystone = employer("Second Chance Works", "Keystone Precision Machining");
        long priya = users.user("practitioner").userId();
        long olivia = users.user("orgadmin").userId();
        Engagements.EngagementView late = engagements.record(keystone, new EngagementInput(Kind.MEETING, TODAY.minusDays(3), "Welding lab tour",
                "Met the trainer", List.of(contact(keystone, "Tom Baker")), List.of(priya, olivia), "Send the apprenticeship outline",
                TODAY.minusDays(1), null));
        assertThat(late.overdue()).as("a due date already past is accepted and flagged").isTrue();
        assertThat(late.nextStepOwner().id()).as("the person who logs it owns the step unless they name someone").isEqualTo(priya);
        assertThat(late.contacts()).extracting(Engagements.Person::name).containsExactly("Tom Baker");
        assertThat(late.staff()).hasSize(2);
        engagements.record(keystone, new EngagementInput(Kind.EMAIL, TODAY, "Sent the outline draft", null, List.of(), List.of(),
                "Confirm the start date", TODAY.plusDays(20), olivia));

        List<Engagements.EngagementView> mine = engagements.nextStepsDue();
        assertThat(mine).extracting(Engagements.EngagementView::nextStep).contains("Send the apprenticeship outline")
                .doesNotContain("Confirm the start date");
        assertThat(mine.get(0).nextStepDue()).as("most overdue first").isBeforeOrEqualTo(TODAY.minusDays(1));
        assertThat(engagements.of(keystone).get(0).subject()).as("the timeline is newest first").isEqualTo("Sent the outline draft");

        SecurityContextHolder.clearContext();
        mvc.perform(get("/next-steps").with(users.as("practitioner")))
                .andExpect(content().string(Matchers.containsString("Send the apprenticeship outline")))
                .andExpect(content().string(Matchers.containsString("overdue")));
        mvc.perform(post("/engagements/" + late.id() + "/done").with(users.as("practitioner")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/next-steps").with(users.as("practitioner")))
                .andExpect(jsonPath("$[*].engagement.nextStep", Matchers.not(Matchers.hasItem("Send the apprenticeship outline"))));
        mvc.perform(get("/employers/" + keystone + "/engagements").with(users.as("practitioner")))
                .andExpect(content().string(Matchers.containsString("Welding lab tour")))
                .andExpect(content().string(Matchers.containsString("done")));
    }

    @Test
    void aCorrectionIsSavedUnderTheSameRulesAndNeverOverAnotherPersonsChange() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long keystone = employer("Second Chance Works", "Keystone Precision Machining");
        long tom = contact(keystone, "Tom Baker");
        long renee = contact(keystone, "Renee Okafor");
        Engagements.EngagementView logged = engagements.record(keystone, new EngagementInput(Kind.CALL, TODAY, "Call about bonding", null,
                List.of(tom), List.of(), "Send the bonding leaflet", TODAY.plusDays(3), null));
        engagements.markDone(logged.id());
        int read = engagements.get(logged.id()).version();

        Engagements.EngagementView fixed = engagements.update(logged.id(), new EngagementInput(Kind.MEETING, TODAY.minusDays(1),
                "Meeting about bonding", "Renee joined.", List.of(tom, renee), List.of(), "Send the bonding leaflet", TODAY.plusDays(3), null), read);
        assertThat(fixed.kind()).isEqualTo(Kind.MEETING);
        assertThat(fixed.occurredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(fixed.contacts()).extracting(Engagements.Person::name).containsExactly("Renee Okafor", "Tom Baker");
        assertThat(fixed.nextStepDoneAt()).as("the same step, still done").isNotNull();
        assertThat(fixed.version()).isEqualTo(read + 1);

        assertThatThrownBy(() -> engagements.update(logged.id(), new EngagementInput(Kind.CALL, TODAY, "Stale", null, List.of(), List.of(),
                null, null, null), read)).isInstanceOf(org.pathways.shared.Conflict.class);
        assertThatThrownBy(() -> engagements.update(logged.id(), new EngagementInput(Kind.CALL, TODAY, " ", null, List.of(), List.of(),
                null, TODAY, null), fixed.version())).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                .extracting(InvalidInput::messageKey).containsExactlyInAnyOrder("NotBlank", "engagement.nextStepMissing"));
        assertThat(engagements.get(logged.id()).subject()).as("nothing saved").isEqualTo("Meeting about bonding");

        Engagements.EngagementView reopened = engagements.update(logged.id(), new EngagementInput(Kind.MEETING, TODAY.minusDays(1),
                "Meeting about bonding", null, List.of(tom), List.of(), "Send the bonding leaflet and the tax credit form", TODAY.plusDays(5), null),
                fixed.version());
        assertThat(reopened.nextStepDoneAt()).as("a changed step is open again").isNull();
        assertThat(reopened.nextStepOwner().name()).as("the owner stays").isEqualTo(logged.nextStepOwner().name());

        SecurityContextHolder.clearContext();
        mvc.perform(get("/engagements/" + logged.id() + "/edit").with(users.as("practitioner")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Meeting about bonding")));
        mvc.perform(post("/engagements/" + logged.id()).with(users.as("orgadmin")).with(csrf())
                        .param("kind", "CALL").param("occurredOn", TODAY.toString()).param("subject", "What the admin typed")
                        .param("version", String.valueOf(fixed.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone changed this engagement since you opened it")))
                .andExpect(content().string(Matchers.containsString("What the admin typed")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/engagements/" + logged.id())
                        .param("version", String.valueOf(reopened.version()))
                        .with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL\",\"occurredOn\":\"" + TODAY + "\",\"subject\":\"By API\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.engagement.subject").value("By API"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/engagements/" + logged.id())
                        .param("version", String.valueOf(reopened.version()))
                        .with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL\",\"occurredOn\":\"" + TODAY + "\",\"subject\":\"Stale\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aContactWhoMovedOnLeavesThePickersButStaysInPastEngagements() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long keystone = employer("Second Chance Works", "Keystone Precision Machining");
        long renee = contact(keystone, "Renee Okafor");
        Engagements.EngagementView met = engagements.record(keystone, new EngagementInput(Kind.MEETING, TODAY, "Bonding questions", null,
                List.of(renee), List.of(), null, null, null));
        SecurityContextHolder.clearContext();
        try {
            mvc.perform(post("/contacts/" + renee + "/archive").with(users.as("youthcoach")).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/contacts/" + renee + "/archive").with(users.as("practitioner")).with(csrf())).andExpect(status().is3xxRedirection());
            SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
            assertThat(contacts.of(keystone)).extracting(org.pathways.employers.Contacts.ContactView::name).doesNotContain("Renee Okafor");
            assertThat(contacts.former(keystone)).extracting(org.pathways.employers.Contacts.ContactView::name).containsExactly("Renee Okafor");
            assertThat(engagements.get(met.id()).contacts()).extracting(Engagements.Person::name).as("history is kept").containsExactly("Renee Okafor");
            assertThatThrownBy(() -> engagements.record(keystone, new EngagementInput(Kind.CALL, TODAY, "New call", null, List.of(renee), List.of(),
                    null, null, null))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.messageKey())
                    .isEqualTo("engagement.contactOfAnotherEmployer"));
            Engagements.EngagementView corrected = engagements.update(met.id(), new EngagementInput(Kind.MEETING, TODAY, "Bonding and tax credits",
                    null, List.of(renee), List.of(), null, null, null), engagements.get(met.id()).version());
            assertThat(corrected.contacts()).as("a correction may keep who was there").extracting(Engagements.Person::name).containsExactly("Renee Okafor");
            SecurityContextHolder.clearContext();
            mvc.perform(get("/employers/" + keystone).with(users.as("practitioner")))
                    .andExpect(content().string(Matchers.containsString("Former contacts (1)")));
            mvc.perform(get("/engagements/" + met.id() + "/edit").with(users.as("practitioner")))
                    .andExpect(content().string(Matchers.containsString("Renee Okafor")));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
            contacts.restore(renee);
        }
        assertThat(contacts.of(keystone)).extracting(org.pathways.employers.Contacts.ContactView::name).contains("Renee Okafor");
    }

    @Test
    void theApiLogsAnEngagementAndTheFormNamesWhatIsMissing() throws Exception {
        long keystone = employer("Second Chance Works", "Keystone Precision Machining");
        String body = "{\"kind\":\"CALL\",\"occurredOn\":\"" + TODAY + "\",\"subject\":\"Follow-up call\",\"nextStep\":\"Book a site visit\","
                + "\"nextStepDue\":\"" + TODAY.plusDays(10) + "\"}";
        mvc.perform(post("/api/v1/employers/" + keystone + "/engagements").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.engagement.subject").value("Follow-up call"))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(post("/api/v1/employers/" + keystone + "/engagements").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CALL\",\"subject\":\"No date\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/employers/" + keystone + "/engagements").with(users.as("orgadmin")).with(csrf())
                        .param("kind", "MEETING").param("occurredOn", TODAY.toString()).param("subject", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This field is required.")));
    }

    @Test
    void thePartnershipFitIsComputedFromRecordedFactsWithItsEvidence() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        PartnershipFit.Fit health = fit.of(employer("Second Chance Works", "Riverbend Regional Health"));
        assertThat(health.outOf()).isEqualTo(100);
        java.util.Map<String, PartnershipFit.Factor> factors = new java.util.HashMap<>();
        health.factors().forEach(f -> factors.put(f.key(), f));
        assertThat(factors.get("leadership").points()).isEqualTo(20);
        assertThat(factors.get("leadership").evidence()).containsExactly("Dana Whitfield");
        assertThat(factors.get("csr").points()).as("CSR is part of its business strategy").isEqualTo(10);
        assertThat(factors.get("dei").points()).as("an enterprise-wide priority").isEqualTo(10);
        assertThat(factors.get("priorHiring").known()).as("it told us it does not hire from these populations yet").isTrue();
        assertThat(factors.get("priorHiring").points()).isZero();
        assertThat(factors.get("need").points()).as("73 openings across four critical jobs").isEqualTo(15);
        assertThat(factors.get("reach").points()).as("recruits nurses in its metro area").isEqualTo(10);
        assertThat(health.points()).isEqualTo(health.factors().stream().mapToInt(PartnershipFit.Factor::points).sum());

        long blank = employers.create(new org.pathways.employers.Employers.EmployerInput("Fit Test Bakery", org.pathways.employers.Sector.PRIVATE_FOR_PROFIT,
                false, null, null, null, null, null, null), true).id();
        PartnershipFit.Fit unknown = fit.of(blank);
        assertThat(unknown.points()).isZero();
        assertThat(unknown.unknown()).as("nothing recorded reads as unknown, not as a poor fit").isEqualTo(7);

        SecurityContextHolder.clearContext();
        mvc.perform(get("/employers/" + blank + "/fit").with(users.as("practitioner")))
                .andExpect(content().string(Matchers.containsString("7 not recorded yet")));
        mvc.perform(get("/api/v1/employers/" + blank + "/fit").with(users.as("youthcoach"))).andExpect(status().isNotFound());
    }

    @Test
    void anOrganizationSetsItsOwnFitWeightsAndOnlyItsOwnFitsChange() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
        long health = employer("Second Chance Works", "Riverbend Regional Health");
        PartnershipFit.Fit before = fit.of(health);
        assertThat(fit.weights().own()).isFalse();
        try {
            Map<String, Integer> tooLittle = new java.util.HashMap<>(PartnershipFit.DEFAULT_WEIGHTS);
            tooLittle.put("csr", 0);
            tooLittle.put("reach", -5);
            tooLittle.remove("dei");
            assertThatThrownBy(() -> fit.setWeights(tooLittle)).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                    .extracting(p -> p.field() + " " + p.messageKey()).containsExactlyInAnyOrder("reach fit.weightRange", "dei validation.required"));
            tooLittle.put("reach", 10);
            tooLittle.put("dei", 10);
            assertThatThrownBy(() -> fit.setWeights(tooLittle)).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                    .extracting(p -> p.field() + " " + p.messageKey() + " " + p.arguments()[0]).containsExactly("total fit.weightTotal 90"));
            assertThat(fit.weights().own()).as("nothing saved").isFalse();

            Map<String, Integer> leadershipFirst = new java.util.LinkedHashMap<>();
            leadershipFirst.put("leadership", 40);
            leadershipFirst.put("coverage", 10);
            leadershipFirst.put("csr", 0);
            leadershipFirst.put("dei", 0);
            leadershipFirst.put("priorHiring", 30);
            leadershipFirst.put("need", 10);
            leadershipFirst.put("reach", 10);
            fit.setWeights(leadershipFirst);
            PartnershipFit.Fit after = fit.of(health);
            assertThat(after.outOf()).isEqualTo(100);
            PartnershipFit.Factor leadership = after.factors().stream().filter(f -> f.key().equals("leadership")).findFirst().orElseThrow();
            assertThat(leadership.weight()).isEqualTo(40);
            assertThat(leadership.points()).as("Dana Whitfield supports it: the whole weight").isEqualTo(40);
            assertThat(after.factors().stream().filter(f -> f.key().equals("csr")).findFirst().orElseThrow().points()).isZero();
            assertThat(after.points()).isNotEqualTo(before.points());

            SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("youthcoach"));
            assertThat(fit.weights().own()).as("another organization keeps the proposed weights").isFalse();

            SecurityContextHolder.clearContext();
            mvc.perform(post("/partnership-fit/weights").with(users.as("orgadmin")).with(csrf()).param("leadership", "forty")
                            .param("coverage", "10").param("csr", "0").param("dei", "0").param("priorHiring", "30").param("need", "10").param("reach", "10"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Enter a whole number from 0 to 100.")))
                    .andExpect(content().string(Matchers.containsString("value=\"forty\"")));
            mvc.perform(post("/partnership-fit/weights").with(users.as("practitioner")).with(csrf()).param("leadership", "100"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/fit-weights").with(users.as("practitioner")))
                    .andExpect(jsonPath("$.own").value(true)).andExpect(jsonPath("$.weights.leadership").value(40));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
            fit.resetWeights();
        }
        assertThat(fit.of(health).points()).isEqualTo(before.points());
    }

    @Test
    void theWorkbookSaysWhatIsAlreadyKnownAndKeepsEachAnswer() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long health = employer("Second Chance Works", "Riverbend Regional Health");
        List<Workbook.Action> actions = workbook.of(health);
        assertThat(actions).extracting(Workbook.Action::name).containsExactly("sourcing", "associations", "people", "facts", "fit");
        Workbook.Question buyIn = actions.get(2).questions().get(0);
        assertThat(buyIn.key()).isEqualTo("people.buyIn");
        assertThat(buyIn.evidence().key()).as("the demo's first meeting was with her").isEqualTo("workbook.evidence.buyInMet");
        assertThat(buyIn.evidence().arguments()[0]).isEqualTo("Dana Whitfield");

        workbook.answer(health, "people.buyIn", "Dana sponsors it; the CFO is not yet convinced.", Workbook.Status.IN_PROGRESS, 0);
        assertThatThrownBy(() -> workbook.answer(health, "people.buyIn", "Overwriting", Workbook.Status.ANSWERED, 0))
                .as("a second save from an outdated page is refused").isInstanceOf(org.pathways.shared.Conflict.class);
        assertThatThrownBy(() -> workbook.answer(health, "people.salary", "x", Workbook.Status.OPEN, 0)).isInstanceOf(InvalidInput.class);
        Workbook.Question saved = workbook.of(health).get(2).questions().get(0);
        assertThat(saved.answer()).startsWith("Dana sponsors it");
        assertThat(saved.status()).isEqualTo(Workbook.Status.IN_PROGRESS);
        assertThat(saved.version()).isEqualTo(1);
        workbook.answer(health, "people.buyIn", "Dana and the CFO sponsor it.", Workbook.Status.ANSWERED, 1);

        SecurityContextHolder.clearContext();
        mvc.perform(get("/employers/" + health + "/workbook").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Pathways knows")))
                .andExpect(content().string(Matchers.containsString("Dana and the CFO sponsor it.")))
                .andExpect(content().string(Matchers.containsString("href=\"/employers/" + health + "/engagements\">→ Engagements</a>")))
                .andExpect(content().string(Matchers.containsString("href=\"/employers/" + health + "#jobs-heading\">→ Critical jobs</a>")));
        mvc.perform(get("/employers/" + health + "/workbook").with(users.as("youthcoach"))).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/employers/" + health + "/workbook")
                        .with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"people.buyIn\",\"answer\":\"Stale\",\"status\":\"ANSWERED\",\"version\":1}"))
                .andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/employers/" + health + "/workbook")
                        .with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"facts.scale\",\"answer\":\"About 70 a year\",\"status\":\"ANSWERED\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[3].questions[1].answer").value("About 70 a year"));
    }
}
