package org.pathways.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.engagement.ValuePropositions.Draft;
import org.pathways.engagement.ValuePropositions.Measure;
import org.pathways.engagement.ValuePropositions.MeasureKind;
import org.pathways.engagement.ValuePropositions.Stage;
import org.pathways.engagement.ValuePropositions.Step;
import org.pathways.employers.PainPointKind;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The value proposition builder as a practitioner uses it: a first draft from the profile, versions, measures, wording, exports. */
@PathwaysTest
class ValuePropositionTests {

    @Autowired
    ValuePropositions propositions;
    @Autowired
    LanguageCheck language;
    @Autowired
    org.pathways.employers.Employers employers;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    private long employer(String organization, String name) {
        return jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id where o.name = ? and e.name = ?")
                .params(organization, name).query(Long.class).single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from value_proposition_version").query(Long.class).single();
    }

    private static Map<Step, String> steps(String text) {
        Map<Step, String> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, text + " (" + step.field() + ")");
        }
        return steps;
    }

    @Test
    void theFirstDraftStartsFromTheEmployersOwnPainPoints() {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        long valleyFresh = employer("Second Chance Works", "Valley Fresh Foods");
        ValuePropositions.Builder builder = propositions.builder(valleyFresh);
        assertThat(builder.toCollect()).isEmpty();
        Draft draft = builder.suggestion();
        assertThat(draft.steps()).containsOnlyKeys(Step.values());
        String jobOfTopPain = builder.jobs().stream().filter(j -> !j.painPoints().isEmpty())
                .min(java.util.Comparator.comparing(j -> j.criticalityRank() == null ? 99 : j.criticalityRank())).orElseThrow().employerTitle();
        assertThat(draft.steps().get(Step.PAIN_POINTS)).as("the most critical job's pain points come first").contains(jobOfTopPain);
        assertThat(draft.steps().get(Step.ACKNOWLEDGE)).as("the demo's job fair is on the timeline").contains("Madison County job fair");
        assertThat(draft.steps().get(Step.FIRST_MEETING)).contains("meet");
        // A turnover pain point becomes a structured retention target for the job that named it.
        builder.jobs().stream().filter(j -> j.painPoints().stream().anyMatch(p -> p.kind() == PainPointKind.TURNOVER)).findFirst()
                .ifPresent(job -> assertThat(draft.measures()).anySatisfy(m -> {
                    assertThat(m.kind()).isEqualTo(MeasureKind.RETENTION);
                    assertThat(m.periodDays()).isEqualTo(90);
                    assertThat(m.painPoint()).isEqualTo(PainPointKind.TURNOVER);
                }));
        assertThat(language.check(ValuePropositions.textsOf(draft)))
                .as("our own draft uses no label it would flag").allSatisfy(f -> assertThat(f.term()).isNull());

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(propositions.builder(valleyFresh).suggestion().steps().get(Step.FIRST_MEETING)).contains("Se reuniría su equipo");
    }

    @Test
    void withoutPainPointsTheBuilderSaysWhatToCollectAndSavesNothing() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long bakery = employers.create(new org.pathways.employers.Employers.EmployerInput("Proposition Test Bakery",
                org.pathways.employers.Sector.PRIVATE_FOR_PROFIT, false, null, null, null, null, null, null), true).id();
        ValuePropositions.Builder builder = propositions.builder(bakery);
        assertThat(builder.ready()).isFalse();
        assertThat(builder.suggestion()).as("no empty template").isNull();
        assertThat(builder.toCollect()).containsExactly("valueProposition.collect.criticalJobs", "valueProposition.collect.painPoints");
        long before = versions();
        assertThatThrownBy(() -> propositions.save(bakery, new Draft(Stage.DRAFT, steps("Text"), List.of()), 0))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(InvalidInput::messageKey)
                        .containsExactly("valueProposition.collectFirst"));
        assertThat(versions()).isEqualTo(before);

        SecurityContextHolder.clearContext();
        mvc.perform(get("/employers/" + bakery + "/value-proposition").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Collect the employer’s pain points first")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Save as a new version"))));
        mvc.perform(get("/api/v1/employers/" + bakery + "/value-proposition").with(users.as("practitioner")))
                .andExpect(jsonPath("$.toCollect[1]").value("valueProposition.collect.painPoints"))
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void successMeasuresNeedANumberAndAPeriodAndEveryProblemIsNamedByRow() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long northgate = employer("Second Chance Works", "Northgate Software Services");
        long otherEmployersJob = jdbc.sql("select min(id) from critical_job where employer_id = ?")
                .param(employer("Bridges Youth Network", "Valley Fresh Foods")).query(Long.class).single();
        Map<Step, String> incomplete = steps("Text");
        incomplete.put(Step.SUCCESS, "  ");
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(MeasureKind.RETENTION, null, null, null, PainPointKind.TURNOVER, null));
        measures.add(new Measure(null, null, null, null, null, null)); // an empty row on the page: not a measure
        measures.add(new Measure(MeasureKind.RETENTION, new BigDecimal("120"), 90, null, null, null));
        measures.add(new Measure(MeasureKind.HIRES, new BigDecimal("2.5"), 2000, otherEmployersJob, null, null));
        long before = versions();
        int latest = propositions.latest(northgate).map(ValuePropositions.Version::number).orElse(0);
        assertThatThrownBy(() -> propositions.save(northgate, new Draft(Stage.SHARED, incomplete, measures), latest))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(p -> p.field() + " " + p.messageKey()).containsExactlyInAnyOrder(
                                "success valueProposition.stepRequired",
                                "measures[0].target measure.targetRequired",
                                "measures[0].periodDays measure.periodRequired",
                                "measures[2].target measure.percentOver100",
                                "measures[3].target measure.wholeNumber",
                                "measures[3].periodDays measure.periodRange",
                                "measures[3].criticalJobId measure.jobOfAnotherEmployer"));
        assertThatThrownBy(() -> propositions.save(northgate, new Draft(Stage.AGREED, steps("Text"), List.of()), latest))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(InvalidInput::messageKey)
                        .containsExactly("measure.requiredToAgree"));
        assertThat(versions()).as("nothing saved").isEqualTo(before);

        // On the page, the row's message names the row, and what was typed stays.
        SecurityContextHolder.clearContext();
        mvc.perform(post("/employers/" + northgate + "/value-proposition").with(users.as("practitioner")).with(csrf())
                        .param("basedOn", String.valueOf(latest)).param("stage", "DRAFT").param("painPoints", "Kept text <b>")
                        .param("measures[0].kind", "RETENTION").param("measures[0].target", "eighty").param("measures[0].periodDays", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a number, such as 80 or 12.5.")))
                .andExpect(content().string(Matchers.containsString("Measure 1: say over how many days it is measured")))
                .andExpect(content().string(Matchers.containsString("Kept text &lt;b&gt;")));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void aVersionSomeoneElseSavedIsNeverOverwritten() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long lakeside = employer("Second Chance Works", "Lakeside Freight & Logistics");
        int opened = propositions.latest(lakeside).map(ValuePropositions.Version::number).orElse(0);
        List<Measure> retention = List.of(new Measure(MeasureKind.RETENTION, new BigDecimal("80"), 90, null, PainPointKind.TURNOVER, "first 90 days"));
        ValuePropositions.Version mine = propositions.save(lakeside, new Draft(Stage.DRAFT, steps("Mine"), retention), opened);
        assertThat(mine.number()).isEqualTo(opened + 1);
        assertThat(mine.measures()).singleElement().satisfies(m -> assertThat(m.targetText()).isEqualTo("80"));
        assertThatThrownBy(() -> propositions.save(lakeside, new Draft(Stage.DRAFT, steps("Theirs"), List.of()), opened))
                .isInstanceOf(Conflict.class);
        assertThat(propositions.latest(lakeside).orElseThrow().step(Step.PROPOSAL)).startsWith("Mine");
        assertThat(propositions.version(lakeside, mine.number()).measures()).hasSize(1);

        SecurityContextHolder.clearContext();
        mvc.perform(post("/employers/" + lakeside + "/value-proposition").with(users.as("orgadmin")).with(csrf())
                        .param("basedOn", String.valueOf(opened)).param("stage", "DRAFT").param("proposal", "What the admin typed"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone saved a newer version")))
                .andExpect(content().string(Matchers.containsString("What the admin typed")))
                .andExpect(content().string(Matchers.containsString("name=\"basedOn\" value=\"" + mine.number() + "\"")));
        mvc.perform(put("/api/v1/employers/" + lakeside + "/value-proposition").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"basedOn\":" + opened + ",\"stage\":\"DRAFT\",\"proposal\":\"Stale\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/employers/" + lakeside + "/value-proposition").with(users.as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"basedOn\":" + mine.number() + ",\"stage\":\"DRAFT\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(propositions.history(lakeside)).first().satisfies(v -> assertThat(v.number()).isEqualTo(mine.number()));
    }

    @Test
    void agreedMeasuresAreTheTargetsUntilANewerVersionIsAgreed() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long riverbend = employer("Second Chance Works", "Riverbend Regional Health");
        List<ValuePropositions.MeasureView> agreed = propositions.agreedTargets(riverbend);
        assertThat(agreed).extracting(m -> m.kind() + " " + m.targetText() + " " + m.periodDays() + " " + m.jobTitle())
                .contains("RETENTION 80 90 Patient Care Tech - ED");
        ValuePropositions.Version latest = propositions.latest(riverbend).orElseThrow();
        propositions.save(riverbend, new Draft(Stage.DRAFT, latest.steps(), List.of()), latest.number());
        assertThat(propositions.agreedTargets(riverbend)).as("a new draft does not undo what the employer agreed").isEqualTo(agreed);

        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/employers/" + riverbend + "/success-measures").with(users.as("practitioner")))
                .andExpect(jsonPath("$[0].kind").value("RETENTION")).andExpect(jsonPath("$[0].unit").value("PERCENT"));
        mvc.perform(get("/api/v1/employers/" + riverbend + "/success-measures").with(users.as("youthcoach"))).andExpect(status().isNotFound());
    }

    @Test
    void theLanguageCheckFlagsLabelsInBothLanguagesAndTheOrganizationsOwnWords() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
        List<LanguageCheck.Flag> flags = language.check(List.of(
                new LanguageCheck.Labelled("valueProposition.step.proposal", "We refer Ex Offenders and one felon, not felony records."),
                new LanguageCheck.Labelled("valueProposition.step.benefits", "Jóvenes en riesgo y personas desfavorecidas. [Fill in]"),
                new LanguageCheck.Labelled("valueProposition.step.success", "People returning from incarceration bring strengths.")));
        assertThat(flags).extracting(f -> f.found() + "→" + f.term()).containsExactly(
                "Ex Offenders→ex-offender", "felon→felon", "en riesgo→en riesgo", "desfavorecidas→desfavorecido", "[Fill in]→null");

        int before = language.terms().size();
        LanguageCheck.Term added = language.add(" inmates ", "people in prison");
        assertThat(language.terms()).hasSize(before + 1);
        assertThat(language.check(List.of(new LanguageCheck.Labelled("x", "Two Inmates applied."))))
                .singleElement().satisfies(f -> assertThat(f.suggestion()).isEqualTo("people in prison"));
        assertThatThrownBy(() -> language.add("INMATES", "again")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.messageKey()).isEqualTo("language.termExists"));
        assertThatThrownBy(() -> language.add("Felon", "x")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.messageKey()).isEqualTo("language.termBuiltIn"));
        assertThatThrownBy(() -> language.add("<script>", " ")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidInput::messageKey)
                        .containsExactlyInAnyOrder("language.termInvalid", "language.suggestionRequired"));
        assertThat(language.terms()).hasSize(before + 1);

        SecurityContextHolder.clearContext();
        mvc.perform(get("/value-propositions/wording").with(users.as("youthcoach")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("people in prison"))));
        mvc.perform(post("/value-propositions/wording/" + added.id() + "/remove").with(users.as("youthcoach")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/value-propositions/wording/" + added.id() + "/remove").with(users.as("orgadmin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("orgadmin"));
        assertThat(language.terms()).hasSize(before);
    }

    @Test
    void thePropositionAndTheWorkbookExportAsPdfWordAndAPrintPage() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
        long northgate = employer("Second Chance Works", "Northgate Software Services");
        int latest = propositions.latest(northgate).map(ValuePropositions.Version::number).orElse(0);
        Map<Step, String> steps = steps("Señora Gómez & <team>");
        steps.put(Step.BENEFITS, "Line one\nLine two");
        steps.put(Step.FIRST_MEETING, "Call [contact name] before the hiring fair.");
        propositions.save(northgate, new Draft(Stage.SHARED, steps,
                List.of(new Measure(MeasureKind.RETENTION, new BigDecimal("80"), 90, null, PainPointKind.TURNOVER, null),
                        new Measure(MeasureKind.HIRES, new BigDecimal("12"), 180, null, null, null))), latest);
        SecurityContextHolder.clearContext();
        String base = "/employers/" + northgate + "/value-proposition/document";

        byte[] pdf = mvc.perform(get(base).param("format", "PDF").with(users.as("practitioner")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        // kept under target/documents/ to look at (pdftoppm -png turns it into pages)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/value-proposition.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a highlight's text is drawn after its line's; read the page as a person does
            String text = stripper.getText(document).replaceAll("\\s+", " "); // titles wrap
            assertThat(text).contains("Working together: a proposal for Northgate Software Services", "What we have heard from you",
                    "Señora Gómez & <team>", "Line one", "Retention of people hired", "80%", "90 days", "People hired 12 people 180 days");
            assertThat(text).as("an unfinished placeholder is announced first").contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " Not ready to send: one place is still to be written, marked in the text"
                    + " ([contact name] in A first meeting). What we have heard").contains("Call [contact name] before the hiring fair.");
            assertThat(text.toLowerCase(java.util.Locale.ROOT)).as("headed by the organization it comes from, not the product")
                    .contains("second chance works working together: a proposal").doesNotContain("pathways working together");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("a tagged PDF, for screen readers").isNotNull();
            assertThat(document.getDocumentInformation().getSubject()).as("the description PDF/UA asks for").isNotBlank();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded, so the PDF prints the same everywhere").isTrue();
                }
            }
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Working together: a proposal for Northgate Software Services");
        }

        byte[] docx = mvc.perform(get(base).param("format", "DOCX").with(users.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> parts = unzip(docx);
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "docProps/core.xml");
        assertThat(parts.get("word/document.xml")).contains("Señora Gómez &amp; &lt;team&gt;", "Line one</w:t><w:br/><w:t xml:space=\"preserve\">Line two")
                .doesNotContain("<team>")
                .contains("<w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">[contact name]</w:t>")
                .contains("<w:pStyle w:val=\"Alert\"/>");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts.get("word/document.xml").getBytes(StandardCharsets.UTF_8)));

        mvc.perform(get(base).with(users.as("practitioner")).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("Lo que nos ha contado")))
                .andExpect(content().string(Matchers.containsString("<mark>[contact name]</mark> before the hiring fair.")))
                .andExpect(content().string(Matchers.containsString("falta escribir un punto, marcado en el texto")))
                .andExpect(content().string(Matchers.containsString("Señora Gómez &amp; &lt;team&gt;")));
        mvc.perform(get(base).param("format", "PDF").with(users.as("youthcoach"))).andExpect(status().isNotFound());

        byte[] workbookPdf = mvc.perform(get("/employers/" + northgate + "/workbook/document").param("format", "PDF").with(users.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(workbookPdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Recommended-actions workbook: Northgate Software Services",
                    "Partnership fit", "Pathways knows:");
        }
        assertThat(unzip(mvc.perform(get("/employers/" + northgate + "/workbook/document").param("format", "DOCX").with(users.as("practitioner")))
                .andReturn().getResponse().getContentAsByteArray()).get("word/document.xml")).contains("Partnership fit");
    }

    private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
