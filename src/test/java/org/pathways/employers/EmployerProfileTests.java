package org.pathways.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.employers.Employers.CsrDeiProfile.CsrApproach;
import org.pathways.employers.Employers.CsrDeiProfile.DeiExperience;
import org.pathways.employers.Employers.CsrDeiProfile.DeiPriority;
import org.pathways.employers.TalentSourcing.AlreadyHires;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.PainPoint;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Employers.EstablishmentInput;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Employer profiles through the services, the API and the pages, as the people who keep them use them. */
@PathwaysTest
class EmployerProfileTests {

    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    Contacts contacts;
    @Autowired
    TalentSourcing sourcing;
    @Autowired
    Intermediaries intermediaries;
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

    private static EmployerInput employer(String name) {
        return new EmployerInput(name, Sector.PRIVATE_FOR_PROFIT, false, "Tool and die shop", "332710", null, null, null, null);
    }

    private static CriticalJobInput job(String title, String soc, Integer rank, List<PainPoint> pains) {
        return new CriticalJobInput(title, soc, true, null, "Machining", 10, 2, new BigDecimal("22"), new BigDecimal("30"), PayUnit.HOUR,
                rank, pains);
    }

    @Test
    void warnsAboutADuplicateNameAndSavesWhenThePersonConfirms() {
        signInAs("practitioner");
        assertThatThrownBy(() -> employers.create(employer("keystone precision machining "), false))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("employer.duplicateName");
        EmployerView second = employers.create(employer("Keystone Precision Machining"), true);
        assertThat(second.id()).isPositive();
        // another organization's profile of the same name is not a duplicate
        signInAs("youthcoach");
        assertThat(employers.create(employer("Keystone Precision Machining"), false).name()).isEqualTo("Keystone Precision Machining");
    }

    @Test
    void refusesTheSecondOfTwoConcurrentEditsInsteadOfLosingTheFirst() {
        signInAs("practitioner");
        EmployerView opened = employers.create(employer("Concurrent Edits Ltd"), true);
        EmployerView first = employers.update(opened.id(), opened.version(), new EmployerInput("Concurrent Edits Ltd",
                Sector.PRIVATE_FOR_PROFIT, false, "first change", "332710", null, null, 40, null), false);
        assertThat(first.version()).isEqualTo(opened.version() + 1);
        assertThatThrownBy(() -> employers.update(opened.id(), opened.version(), new EmployerInput("Concurrent Edits Ltd",
                Sector.PRIVATE_FOR_PROFIT, false, "second change", "332710", null, null, 50, null), false))
                .isInstanceOf(Conflict.class);
        assertThat(employers.get(opened.id()).industryDescription()).isEqualTo("first change");
    }

    @Test
    void checksCodesAgainstTheReferenceDataAndChangesNothingOnBadInput() {
        signInAs("practitioner");
        long before = jdbc.sql("select count(*) from employer").query(Long.class).single();
        assertThatThrownBy(() -> employers.create(new EmployerInput("Bad Code Co", Sector.GOVERNMENT, false, null, "999999", null, null,
                null, null), false)).extracting(e -> ((InvalidInput) e).field()).isEqualTo("naicsCode");
        assertThat(jdbc.sql("select count(*) from employer").query(Long.class).single()).isEqualTo(before);

        EmployerView employer = employers.create(employer("Place Checks Inc"), true);
        assertThatThrownBy(() -> employers.addEstablishment(employer.id(), new EstablishmentInput("Plant", null, null, null, "OH", null,
                "99999", null, 10, true))).extracting(e -> ((InvalidInput) e).field()).isEqualTo("countyFips");
        var plant = employers.addEstablishment(employer.id(), new EstablishmentInput("Plant", null, "1 Main St", "Grove City", "oh",
                "43123", "39049", "332710", 120, true));
        assertThat(plant.state()).isEqualTo("OH");
        assertThat(plant.cbsaTitle()).isEqualTo("Columbus, OH");
        assertThat(employers.get(employer.id()).effectiveHeadCount()).isEqualTo(120);
        assertThat(employers.get(employer.id()).sizeClass().smallBusiness()).isTrue();
    }

    @Test
    void rejectsInvertedPayUnknownOccupationsAndRankingsWithGapsOrRepeats() {
        signInAs("practitioner");
        EmployerView employer = employers.create(employer("Ranking Rules LLC"), true);
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), new CriticalJobInput("Machinist", "51-4041", true, null, null, 5, 1,
                new BigDecimal("30"), new BigDecimal("20"), PayUnit.HOUR, 1, List.of())))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("criticalJob.payInverted");
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), new CriticalJobInput("Machinist", "51-9999", true, null, null, 5, 1,
                new BigDecimal("30"), new BigDecimal("20"), PayUnit.HOUR, 1, List.of(
                new PainPoint(PainPointKind.TURNOVER, 2, PainPointAnalysis.ANALYSED, null)))))
                .as("every problem named at once")
                .extracting(e -> ((InvalidInput) e).problems().stream().map(InvalidInput::messageKey).toList())
                .isEqualTo(List.of("criticalJob.unknownSoc", "criticalJob.payInverted", "painPoint.rankGap"));
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), job("Machinist", "51-9999", 1, List.of())))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("criticalJob.unknownSoc");
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), job("Machinist", "51-4041", 1, List.of(
                new PainPoint(PainPointKind.TURNOVER, 1, PainPointAnalysis.ANALYSED, null),
                new PainPoint(PainPointKind.DIVERSITY, 3, PainPointAnalysis.NEEDS_HELP, null)))))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("painPoint.rankGap");
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), job("Machinist", "51-4041", 1, List.of(
                new PainPoint(PainPointKind.TURNOVER, 1, PainPointAnalysis.ANALYSED, null),
                new PainPoint(PainPointKind.DIVERSITY, 1, PainPointAnalysis.NEEDS_HELP, null)))))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("painPoint.rankRepeated");
        assertThat(criticalJobs.of(employer.id())).as("nothing half-saved").isEmpty();

        var machinist = criticalJobs.add(employer.id(), job("CNC Machinist", "51-4041", 1, List.of(
                new PainPoint(PainPointKind.UNFILLED_OPENINGS, 1, PainPointAnalysis.NEEDS_HELP, "70 days to fill"),
                new PainPoint(PainPointKind.TURNOVER, 2, PainPointAnalysis.ANALYSED, null))));
        assertThat(machinist.painPoints()).extracting(PainPoint::kind)
                .containsExactly(PainPointKind.UNFILLED_OPENINGS, PainPointKind.TURNOVER);
        assertThat(machinist.facts()).as("the government's figures come along").isNotNull();
        assertThat(machinist.annualPayMid()).isEqualByComparingTo("54080");
        assertThatThrownBy(() -> criticalJobs.add(employer.id(), job("Welder", "51-4121", 1, List.of())))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("criticalJob.rankTaken");
    }

    @Test
    void filtersTheListBySectorIndustryPlaceAndSize() {
        signInAs("practitioner");
        var all = employers.list(EmployerQuery.all(), PageQuery.of(0, 100));
        assertThat(all.items()).extracting(Employers.EmployerSummary::name).contains("Riverbend Regional Health", "Valley Fresh Foods");
        var hospitals = employers.list(new EmployerQuery(null, null, "622", null, null, null, false), PageQuery.of(0, 100));
        assertThat(hospitals.items()).extracting(Employers.EmployerSummary::name).containsExactly("Riverbend Regional Health");
        var inPickaway = employers.list(new EmployerQuery(null, null, null, "39129", null, null, false), PageQuery.of(0, 100));
        assertThat(inPickaway.items()).extracting(Employers.EmployerSummary::name).containsExactly("Lakeside Freight & Logistics");
        var columbusMetro = employers.list(new EmployerQuery(null, null, null, null, "18140", null, false), PageQuery.of(0, 100));
        assertThat(columbusMetro.items()).extracting(Employers.EmployerSummary::name).contains("Keystone Precision Machining",
                "Valley Fresh Foods");
        var large = employers.list(new EmployerQuery(null, Sector.PRIVATE_NONPROFIT, null, null, null, 3, false), PageQuery.of(0, 100));
        assertThat(large.items()).extracting(Employers.EmployerSummary::name).containsExactly("Riverbend Regional Health");
    }

    @Test
    void eachOrganizationSeesOnlyTheProfilesItKeeps() throws Exception {
        long bridgesProfile = jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Bridges Youth Network'").query(Long.class).single();
        mvc.perform(get("/employers/" + bridgesProfile).with(users.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/employers").with(users.as("youthcoach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Keystone Precision Machining"))));
        signInAs("youthcoach");
        assertThatThrownBy(() -> employers.get(jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works'").query(Long.class).single())).hasMessageContaining("employer");
    }

    @Test
    void apiAnswersAStaleVersionWithAConflictAndReadersCannotWrite() throws Exception {
        long keystone = jdbc.sql("select e.id from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining' order by e.id limit 1")
                .query(Long.class).single();
        String body = """
                {"name":"Keystone Precision Machining","sector":"PRIVATE_FOR_PROFIT","naicsCode":"332710"}""";
        mvc.perform(put("/api/v1/employers/" + keystone).param("version", "99").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/employers/" + keystone).with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()); // no version said: nothing is overwritten blindly
        mvc.perform(post("/api/v1/employers").with(users.as("viewer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Reader Co\",\"sector\":\"EDUCATION\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/employers").with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"sector\":\"EDUCATION\",\"naicsCode\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void exportsTheListAsCsvThatSpreadsheetsCannotMistakeForFormulas() throws Exception {
        signInAs("practitioner");
        employers.create(new EmployerInput("=HYPERLINK(\"http://x\")", Sector.EDUCATION, false, null, null, null, null, null, null), true);
        String csv = mvc.perform(get("/employers/export.csv").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,name,sector");
        assertThat(csv).contains("\"Riverbend Regional Health\"", "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv).doesNotContain("Bridges");
    }

    @Test
    void namesTheGapsInAPartnershipsCoverageAndClosesThemAsPeopleAreAdded() {
        signInAs("practitioner");
        EmployerView employer = employers.create(employer("Coverage Gaps Corp"), true);
        var plant = employers.addEstablishment(employer.id(), new EstablishmentInput("Plant", null, null, null, "OH", null, "39049",
                null, 650, true));
        criticalJobs.add(employer.id(), new CriticalJobInput("Machinist", "51-4041", true, plant.id(), null, 10, 2, null, null, null, 1, List.of()));
        assertThat(contacts.coverage(employer.id())).extracting(Contacts.Gap::key).containsExactly("coverage.nobody");

        contacts.add(employer.id(), new Contacts.ContactInput("Plant Manager", null, ProfessionalRole.EXECUTIVE_LEADERSHIP,
                Contacts.Level.ESTABLISHMENT, plant.id(), true, false, false, false, false, null, null, null));
        assertThat(contacts.coverage(employer.id())).extracting(Contacts.Gap::key).containsExactly("coverage.noLeadershipBuyIn",
                "coverage.noPointOfContact", "coverage.noEmployeeSupport", "coverage.noHiringContact", "coverage.noCorporateSupport");
        assertThat(contacts.coverage(employer.id()).get(3).argument()).isEqualTo("Machinist");

        contacts.add(employer.id(), new Contacts.ContactInput("CEO", null, ProfessionalRole.EXECUTIVE_LEADERSHIP, Contacts.Level.CORPORATE,
                null, true, true, false, false, false, null, null, null));
        contacts.add(employer.id(), new Contacts.ContactInput("HR lead", null, ProfessionalRole.HUMAN_RESOURCES, Contacts.Level.CORPORATE,
                null, false, false, true, false, false, "hr@example.org", null, null));
        contacts.add(employer.id(), new Contacts.ContactInput("EAP", null, ProfessionalRole.EMPLOYEE_SUPPORT, Contacts.Level.CORPORATE,
                null, false, false, false, true, false, null, null, null));
        assertThat(contacts.coverage(employer.id())).isEmpty();

        assertThatThrownBy(() -> contacts.add(employer.id(), new Contacts.ContactInput("No place", null, ProfessionalRole.HIRING_MANAGER,
                Contacts.Level.ESTABLISHMENT, null, false, false, false, false, false, null, null, null)))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("contact.establishmentRequired");
        assertThatThrownBy(() -> contacts.add(employer.id(), new Contacts.ContactInput("Bad mail", null, ProfessionalRole.RECRUITMENT,
                Contacts.Level.CORPORATE, null, false, false, false, false, false, "not-an-address", null, null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("email");
    }

    @Test
    void recordsTheCsrAndDeiProfileAndSaysWhatItMeansForAPartnership() {
        signInAs("practitioner");
        EmployerView employer = employers.create(employer("Csr Dei Co"), true);
        assertThat(employer.csrDei().isEmpty()).isTrue();
        EmployerView saved = employers.updateCsrDei(employer.id(), employer.version(),
                new Employers.CsrDeiProfile(true, CsrApproach.CHARITABLE, false, DeiPriority.SOME_LOCATIONS, DeiExperience.LEARNING));
        assertThat(saved.csrDei().implications()).containsExactly("csrDei.implies.dei.SOME_LOCATIONS",
                "csrDei.implies.csr.CHARITABLE", "csrDei.implies.experience.LEARNING", "csrDei.implies.csrApartFromHr");
        assertThatThrownBy(() -> employers.updateCsrDei(employer.id(), employer.version(),
                new Employers.CsrDeiProfile(null, null, null, DeiPriority.NONE, null))).isInstanceOf(Conflict.class);
    }

    @Test
    void recordsWhereAJobIsSourcedAndFlagsASearchThatMissesThePlaceOfWork() {
        signInAs("practitioner");
        EmployerView employer = employers.create(employer("Sourcing Mismatch Inc"), true);
        var plant = employers.addEstablishment(employer.id(), new EstablishmentInput("Plant", null, null, null, "OH", null, "39129",
                null, 80, true));
        var job = criticalJobs.add(employer.id(), new CriticalJobInput("Forklift Operator", "53-7051", true, plant.id(), null, 20, 3,
                null, null, null, 1, List.of()));
        assertThat(sourcing.of(job.id()).mismatch()).as("nothing recorded, nothing to flag").isNull();

        var recorded = sourcing.save(job.id(), job.version(), new TalentSourcing.Sourcing(Contacts.Level.ESTABLISHMENT,
                TalentSourcing.Reach.COUNTY, List.of("39049"), null, List.of(TalentSourcing.Channel.STAFFING_AGENCIES), AlreadyHires.YES,
                List.of(TalentSourcing.Population.JUSTICE_INVOLVED)));
        assertThat(recorded.mismatch().key()).isEqualTo("sourcing.mismatch.county");
        assertThat(recorded.mismatch().worksIn()).isEqualTo("Pickaway County, OH");
        var metro = sourcing.save(job.id(), recorded.version(), new TalentSourcing.Sourcing(Contacts.Level.CORPORATE,
                TalentSourcing.Reach.METRO, List.of("39049"), null, List.of(), AlreadyHires.NO, List.of()));
        assertThat(metro.mismatch()).as("Pickaway is in the Columbus metro area").isNull();

        assertThatThrownBy(() -> sourcing.save(job.id(), metro.version(), new TalentSourcing.Sourcing(null, TalentSourcing.Reach.COUNTY,
                List.of(), null, List.of(), null, List.of()))).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("sourcing.countiesRequired");
        assertThatThrownBy(() -> sourcing.save(job.id(), metro.version(), new TalentSourcing.Sourcing(null, TalentSourcing.Reach.NATIONAL,
                List.of(), null, List.of(), AlreadyHires.NO, List.of(TalentSourcing.Population.VETERANS_MILITARY_SPOUSES))))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("sourcing.populationsWithoutHiring");
        assertThatThrownBy(() -> sourcing.save(job.id(), recorded.version(), new TalentSourcing.Sourcing(null, TalentSourcing.Reach.STATE,
                List.of(), null, List.of(), null, List.of()))).as("a stale version").isInstanceOf(Conflict.class);
    }

    @Test
    void recordsAssociationsAndInitiativesWithTheirMembersAndShowsThemOnTheEmployer() throws Exception {
        signInAs("practitioner");
        EmployerView employer = employers.create(employer("Association Member Co"), true);
        var association = intermediaries.create(new Intermediaries.IntermediaryInput("Metal Trades Association",
                Intermediaries.Kind.INDUSTRY_ASSOCIATION, null, true, 2, Intermediaries.Role.IMPLEMENTER, false, null));
        intermediaries.addMember(association.id(), employer.id());
        intermediaries.addMember(association.id(), employer.id());
        assertThat(intermediaries.members(association.id())).extracting(Intermediaries.Member::name).containsExactly("Association Member Co");
        var board = intermediaries.createInitiative("Machining Advisory Board", Intermediaries.InitiativeKind.ADVISORY_BOARD, null,
                association.id());
        intermediaries.addInitiativeMember(board.id(), employer.id());
        var memberships = intermediaries.of(employer.id());
        assertThat(memberships.intermediaries()).extracting(Intermediaries.IntermediaryView::name).containsExactly("Metal Trades Association");
        assertThat(memberships.initiatives()).extracting(Intermediaries.InitiativeView::name).containsExactly("Machining Advisory Board");
        assertThatThrownBy(() -> intermediaries.update(association.id(), association.version() + 5, new Intermediaries.IntermediaryInput(
                "Metal Trades Association", Intermediaries.Kind.INDUSTRY_ASSOCIATION, null, null, null, null, null, null)))
                .isInstanceOf(Conflict.class);

        mvc.perform(get("/employers/" + employer.id()).with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Metal Trades Association")));
        signInAs("youthcoach");
        assertThat(intermediaries.list()).extracting(Intermediaries.IntermediaryView::name).doesNotContain("Metal Trades Association");
        long otherEmployer = employer.id();
        assertThatThrownBy(() -> intermediaries.of(otherEmployer)).hasMessageContaining("employer");
    }

    @Test
    void apiCoversSourcingCsrDeiAndAssociations() throws Exception {
        long keystone = jdbc.sql("select e.id from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining' order by e.id limit 1")
                .query(Long.class).single();
        long machinist = jdbc.sql("select min(id) from critical_job where employer_id = ?").param(keystone).query(Long.class).single();
        mvc.perform(get("/api/v1/critical-jobs/" + machinist + "/sourcing").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourcing.reach").value("COUNTY"))
                .andExpect(jsonPath("$.workplace.code").value("39049"));
        mvc.perform(put("/api/v1/employers/" + keystone + "/csr-dei").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deiPriority\":\"SOMETIMES\",\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/intermediaries").with(users.as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/employers/" + keystone + "/memberships").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intermediaries[*].name", Matchers.hasItem("Riverbend Chamber of Commerce")));
        mvc.perform(post("/api/v1/intermediaries").with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Growers Association\",\"kind\":\"INDUSTRY_ASSOCIATION\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Growers Association"));
    }

    @Test
    void importsEmployersFromASpreadsheetAllOrNothingWithRowAndColumn() throws Exception {
        long before = jdbc.sql("select count(*) from employer").query(Long.class).single();
        String bad = "Name,Sector,NAICS code,Employees\nImported Bakery,\"Private, for-profit\",311991,40\n"
                + "Imported Clinic,Hospital,621111,12\nImported Plant,government,99999x,abc\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/employers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "employers.csv", "text/csv",
                                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(users.as("practitioner")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing was imported from employers.csv")))
                .andExpect(content().string(Matchers.containsString("&quot;Hospital&quot; is not a sector")))
                .andExpect(content().string(Matchers.containsString("&quot;abc&quot; is not a whole number")));
        assertThat(jdbc.sql("select count(*) from employer").query(Long.class).single()).as("nothing half-saved").isEqualTo(before);

        String good = "Employer name,Sector,NAICS,Industry,Employees\nImported Bakery,\"Private, for-profit\",311991,Bread,40\n"
                + "Imported Clinic,Private nonprofit,621111,,12\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/employers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "employers.csv", "text/csv",
                                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(users.as("practitioner")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Imported 2 employers from employers.csv")));
        assertThat(jdbc.sql("select count(*) from employer").query(Long.class).single()).isEqualTo(before + 2);
        assertThat(EmployerImport.sector("Privado, sin fines de lucro")).isEqualTo(Sector.PRIVATE_NONPROFIT);
    }

    @Test
    void importsCriticalJobsOfKeptEmployersAllOrNothing() throws Exception {
        long before = jdbc.sql("select count(*) from critical_job").query(Long.class).single();
        String bad = "Employer,Title,SOC code,Establishment,Positions,Openings,Pay min,Pay max,Pay unit\n"
                + "Keystone Precision Machining,Welder II,51-4121,Keystone Plant,6,1,22,28,hour\n"
                + "Nobody Industries,Assembler,51-2092,,10,2,18,20,hour\n"
                + "Keystone Precision Machining,Tool Maker,51-4111,Moon Base,4,1,30,25,weekly\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/employers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "jobs.csv", "text/csv",
                                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("kind", "CRITICAL_JOBS").with(users.as("practitioner")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing was imported from jobs.csv")))
                .andExpect(content().string(Matchers.containsString("No employer named &quot;Nobody Industries&quot;")))
                .andExpect(content().string(Matchers.containsString("&quot;Moon Base&quot; is not an establishment of Keystone Precision Machining")))
                .andExpect(content().string(Matchers.containsString("&quot;weekly&quot; is not a pay unit")));
        assertThat(jdbc.sql("select count(*) from critical_job").query(Long.class).single()).as("nothing half-saved").isEqualTo(before);

        String inverted = "Employer,Title,Pay min,Pay max,Pay unit\nKeystone Precision Machining,Tool Maker,30,25,hour\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/employers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "jobs.csv", "text/csv",
                                inverted.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("kind", "CRITICAL_JOBS").with(users.as("practitioner")).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Nothing was imported from jobs.csv")))
                .andExpect(content().string(Matchers.containsString("runs backwards")));

        String good = "Empleador,Puesto,Codigo SOC,Establecimiento,Puestos,Vacantes,Pago minimo,Pago maximo,Unidad de pago\n"
                + "keystone precision machining,Welder II,51-4121,Keystone Plant,6,1,22,28,hora\n"
                + "Valley Fresh Foods,Packaging Lead,51-9111,,3,1,\"$19.50\",23,hour\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/employers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "puestos.csv", "text/csv",
                                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("kind", "CRITICAL_JOBS").with(users.as("practitioner")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Imported 2 critical jobs from puestos.csv")));
        assertThat(jdbc.sql("""
                        select count(*) from critical_job j join employer e on e.id = j.employer_id join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and j.employer_title in ('Welder II', 'Packaging Lead')""")
                .query(Long.class).single()).isEqualTo(2);
    }
}
