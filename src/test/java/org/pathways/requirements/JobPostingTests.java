package org.pathways.requirements;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Employers.EstablishmentInput;
import org.pathways.employers.Sector;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A critical job exported as a schema.org JobPosting: expanded by a JSON-LD processor (Titanium) as a consumer would, so a
 * property that does not map to schema.org or to JobSchema+'s annotation terms is caught; Google's required properties are
 * there; and the description is escaped and written in the language asked for.
 */
@PathwaysTest
class JobPostingTests {

    private static final String SCHEMA = "https://schema.org/";

    @Autowired
    HiringRequirements requirements;
    @Autowired
    JobPostings postings;
    @Autowired
    Employers employers;
    @Autowired
    CriticalJobs criticalJobs;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long machinistJob(String shop, boolean withPlaceAndPay) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        var employer = employers.create(new EmployerInput(shop, Sector.PRIVATE_FOR_PROFIT, false, "Machine shop", "332710", null,
                "https://example.org/" + shop.length(), null, null), true);
        if (withPlaceAndPay) {
            employers.addEstablishment(employer.id(), new EstablishmentInput("Plant 2", null, "455 Industrial Pkwy", "Grove City", "OH",
                    "43123", "39049", "332710", 120, true));
        }
        return criticalJobs.add(employer.id(), new CriticalJobInput("CNC Machinist <2nd shift>", "51-4041", true, null, "Machining", 12, 3,
                withPlaceAndPay ? new BigDecimal("22.50") : null, withPlaceAndPay ? new BigDecimal("30.00") : null,
                withPlaceAndPay ? PayUnit.HOUR : null, 1, List.of())).id();
    }

    @Test
    void thePostingExpandsToSchemaOrgAndJobSchemaTermsWithEveryPropertyKept() throws Exception {
        long job = machinistJob("Posting Shop", true);
        requirements.save(job, 0, new RequirementsInput(List.of(
                Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 4),
                Item.competency(CompetencyType.OWN_WORDS, null, "<script>alert(1)</script> reads prints", Necessity.REQUIRED, false, 3),
                new Item(HiringRequirements.ItemKind.CREDENTIAL, null, null, null, CredentialKind.HIGH_SCHOOL, true, 24, null,
                        Necessity.REQUIRED, true, 3),
                Item.credential(CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", null, Necessity.PREFERRED, false, 2),
                Item.experience(12, "On a CNC mill or lathe", Necessity.PREFERRED, 2)),
                new Practices(false, BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(RecordKind.FELONY_CONVICTIONS), 7, true, true,
                        false, false, true, false, true, null, true)));

        var answer = mvc.perform(get("/api/v1/critical-jobs/" + job + "/job-posting").with(users.as("practitioner")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/ld+json")).andReturn().getResponse();
        String body = answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode posting = json.readTree(body);

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(body))).loader(schemaOrgContext()).get();
        assertThat(expanded).hasSize(1);
        JsonObject node = expanded.getJsonObject(0);
        assertThat(node.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "JobPosting");
        Set<String> written = new TreeSet<>();
        names(posting, written);
        Set<String> kept = new TreeSet<>();
        iris(node, kept);
        assertThat(kept).as("every property written maps to schema.org or JobSchema+, none dropped by expansion")
                .containsAll(written.stream().map(name -> name.startsWith("jdx:") ? JobPostings.JDX + name.substring(4) : SCHEMA + name)
                        .toList());

        // what Google's job-posting guidelines require, and what it recommends when recorded
        for (String required : List.of("title", "description", "datePosted", "hiringOrganization", "jobLocation")) {
            assertThat(node.containsKey(SCHEMA + required)).as(required).isTrue();
        }
        assertThat(posting.at("/title").asString()).isEqualTo("CNC Machinist <2nd shift>");
        assertThat(posting.at("/jobLocation/address/addressLocality").asString()).isEqualTo("Grove City");
        assertThat(posting.at("/jobLocation/address/addressRegion").asString()).isEqualTo("OH");
        assertThat(posting.at("/jobLocation/address/postalCode").asString()).isEqualTo("43123");
        assertThat(posting.at("/baseSalary/value/minValue").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(posting.at("/baseSalary/value/maxValue").toString()).as("30.00 written as a plain number").isEqualTo("30");
        assertThat(posting.at("/baseSalary/value/unitText").asString()).isEqualTo("HOUR");
        assertThat(posting.at("/occupationalCategory/codeValue").asString()).isEqualTo("51-4041");
        assertThat(posting.at("/hiringOrganization/name").asString()).isEqualTo("Posting Shop");

        assertThat(posting.at("/skills/0/termCode").asString()).as("an O*NET element by its id").isEqualTo("2.C.4.a");
        assertThat(posting.at("/skills/0/jdx:annotation/jdx:requiredAtHiring").asBoolean()).isTrue();
        assertThat(posting.at("/skills/1/jdx:annotation/jdx:acquiredInternally").asBoolean()).as("taught on the job").isTrue();
        assertThat(posting.at("/educationRequirements/0/credentialCategory").asString()).isEqualTo("high school");
        assertThat(posting.at("/experienceInPlaceOfEducation").asBoolean()).isTrue();
        assertThat(posting.at("/qualifications/0/credentialCategory").asString()).isEqualTo("professional certificate");
        assertThat(posting.at("/qualifications/0/jdx:annotation/jdx:preferred").asBoolean()).isTrue();
        assertThat(posting.at("/experienceRequirements/0/monthsOfExperience").asInt()).isEqualTo(12);
        assertThat(posting.at("/experienceRequirements/0/jdx:annotation/jdx:importance").asInt()).isEqualTo(2);

        String description = posting.at("/description").asString();
        assertThat(description).as("what a person typed is escaped").contains("&lt;script&gt;alert(1)&lt;/script&gt; reads prints")
                .doesNotContain("<script>").contains("<li>Mathematics</li>")
                .contains("Required, and taught on the job:")
                .contains("High-school diploma or equivalent, or 24 months of experience instead")
                .contains("No degree is required.").contains("only after a conditional offer").contains("It looks back 7 years.");
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner")); // MockMvc cleared it
        assertThat(postings.of(job, Locale.forLanguageTag("es")).jsonLd().get("description").toString())
                .contains("Cómo contratamos:").contains("No se requiere título universitario.");
    }

    @Test
    void whatAJobBoardNeedsAndIsNotRecordedIsNamedAndThePageOffersTheFile() throws Exception {
        long job = machinistJob("Posting Without Place Shop", false);
        var posting = postings.of(job, Locale.ENGLISH);
        assertThat(posting.missing()).containsExactly("jobPosting.missing.place", "jobPosting.missing.pay");
        assertThat(posting.jsonLd()).doesNotContainKeys("jobLocation", "baseSalary", "skills");

        String page = mvc.perform(get("/critical-jobs/" + job + "/job-posting").with(users.as("practitioner")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Job boards ask for more than is recorded")
                .contains("a place of work").contains("\"@type\" : \"JobPosting\"");
        assertThat(page).as("the title in the JSON shown is text, not markup").contains("CNC Machinist &lt;2nd shift&gt;")
                .doesNotContain("<2nd shift>");
        mvc.perform(get("/critical-jobs/" + job + "/job-posting.jsonld").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"job-posting-" + job + ".jsonld\""));
        mvc.perform(get("/critical-jobs/" + job + "/job-posting").with(users.as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void aCollaborativesManagerExportsEveryMemberJobAndPartnersAreRefused() throws Exception {
        long manufacturing = jdbc.sql("select id from collaborative where name = 'Central Ohio Advanced Manufacturing Collaborative'")
                .query(Long.class).single();
        String path = "/api/v1/collaboratives/" + manufacturing + "/job-postings";
        String body = mvc.perform(get(path).with(users.as("manager")).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/ld+json")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode postingsShown = json.readTree(body);
        long memberJobs = jdbc.sql("""
                        select count(*) from critical_job j join collaborative_member m on m.employer_id = j.employer_id
                        where m.collaborative_id = ? and j.soc_code is not null""").param(manufacturing).query(Long.class).single();
        assertThat(postingsShown.size()).isEqualTo((int) memberJobs).isGreaterThan(3);
        postingsShown.forEach(posting -> assertThat(posting.at("/@type").asString()).isEqualTo("JobPosting"));
        assertThat(JsonLd.expand(JsonDocument.of(new StringReader(body))).loader(schemaOrgContext()).get()).hasSize((int) memberJobs);
        mvc.perform(get(path).with(users.as("practitioner"))).andExpect(status().isForbidden());
    }

    /** Property names as written (keywords aside), anywhere in the document. */
    private static void names(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!field.getKey().startsWith("@")) {
                    into.add(field.getKey());
                    names(field.getValue(), into);
                } else if (!field.getKey().equals("@context")) {
                    names(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> names(element, into));
        }
    }

    /** Property IRIs of the expanded document, anywhere in it. */
    private static void iris(JsonValue value, Set<String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((key, inner) -> {
                if (!key.startsWith("@")) {
                    into.add(key);
                }
                iris(inner, into);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> iris(element, into));
        }
    }

    /**
     * Serves schema.org's context from the test's resources: this machine reaches no website, and the terms used here are
     * schema.org's vocabulary plus the few IRI-valued properties its published context marks as such.
     */
    private static DocumentLoader schemaOrgContext() {
        return (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
            if (!url.toString().equals(SCHEMA)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not available offline: " + url);
            }
            try (InputStream context = JobPostingTests.class.getResourceAsStream("/jsonld/schema-org-context.jsonld")) {
                return JsonDocument.of(context);
            } catch (java.io.IOException unreadable) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, unreadable.getMessage());
            }
        };
    }
}
