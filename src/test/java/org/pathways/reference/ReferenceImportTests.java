package org.pathways.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.reference.ImportReport.FileResult;
import org.pathways.reference.ImportReport.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Imports through the whole stack into PostgreSQL: hand-written fixtures for the rules, the official files for the facts. */
@PathwaysTest
class ReferenceImportTests {

    static final Path OFFICIAL = Path.of("..", "shared", "data");

    @Autowired
    ReferenceData referenceData;
    @Autowired
    JobTitleSuggester suggester;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    MessageSource messages;

    @TempDir
    Path folder;

    private String snapshot() {
        return jdbc.sql("select coalesce(string_agg(id || ':' || fingerprint || ':' || current, ',' order by id), '') from ref_release")
                .query(String.class).single() + "/" + jdbc.sql("select count(*) from ref_naics").query(Long.class).single()
                + "/" + jdbc.sql("select count(*) from ref_soc").query(Long.class).single();
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private FileResult only(ImportReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void loadsAReleaseOnceAndChangesNothingTheSecondTime() throws IOException {
        write("naics_1997_fixture.csv", "naics_code,naics_title\n11,Farming\n111,Crops\n1111,Oilseeds\n");
        ImportReport first = referenceData.importFolder(folder, "test");
        assertThat(first.changed()).isTrue();
        assertThat(only(first, "naics_1997_fixture.csv").outcome()).isEqualTo(Outcome.LOADED);
        long releaseId = jdbc.sql("select id from ref_release where dataset = 'naics' and vintage = '1997'").query(Long.class).single();

        String before = snapshot();
        ImportReport second = referenceData.importFolder(folder, "test");
        assertThat(second.changed()).isFalse();
        assertThat(only(second, "naics_1997_fixture.csv").outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select id from ref_release where dataset = 'naics' and vintage = '1997'").query(Long.class).single())
                .isEqualTo(releaseId);
        // an older vintage stays queryable but does not become the one pages use
        assertThat(jdbc.sql("select vintage from ref_release where dataset = 'naics' and current").query(String.class).single())
                .isEqualTo("2022");
    }

    @Test
    void refusesTheWholeImportWhenOneFileHasBadRowsAndSaysWhere() throws IOException {
        write("naics_1998_fixture.csv", "naics_code,naics_title\n11,Farming\n");
        write("soc_2018_fixture.csv", "SOC Group,SOC Code,SOC Title\nMajor,29-0000,Healthcare\nDetailed,29-11X1,Nurses\n"
                + "Detailed,29-1141,Registered Nurses\nDetailed,29-1141,Registered Nurses again\n");
        String before = snapshot();

        ImportReport report = referenceData.importFolder(folder, "test");

        assertThat(report.failed()).isTrue();
        assertThat(report.changed()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from ref_release where vintage = '1998'").query(Long.class).single()).isZero();
        FileResult bad = only(report, "soc_2018_fixture.csv");
        assertThat(bad.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(bad.problems()).hasSize(2);
        assertThat(bad.problems().get(0).row()).isEqualTo(3);
        assertThat(bad.problems().get(0).column()).isEqualTo("SOC Code");
        assertThat(messages.getMessage(bad.problems().get(0).message(), java.util.Locale.ENGLISH))
                .isEqualTo("\"29-11X1\" is not a SOC code (like 29-1141).");
        assertThat(bad.problems().get(1).row()).isEqualTo(5);
        assertThat(messages.getMessage(bad.problems().get(1).message(), java.util.Locale.ENGLISH))
                .isEqualTo("29-1141 already appears in row 4.");
    }

    @Test
    void explainsEmptyFilesMissingColumnsAndDamagedWorkbooks() throws IOException {
        write("empty.csv", "");
        write("projections_2024.csv", "soc_code,employment_2024_thousands,employment_2034_thousands\n29-1141,3391,3557\n");
        Path workbook = write("cut.xlsx", "");
        Files.write(workbook, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        String before = snapshot();

        ImportReport report = referenceData.importFolder(folder, "test");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.files()).allMatch(f -> f.outcome() == Outcome.FAILED);
        assertThat(key(only(report, "empty.csv"))).isEqualTo("reference.problem.empty");
        assertThat(key(only(report, "projections_2024.csv"))).isEqualTo("reference.problem.missingColumn");
        assertThat(only(report, "projections_2024.csv").problems().get(0).message().getArguments()).containsExactly("occupation_title");
        assertThat(key(only(report, "cut.xlsx"))).isEqualTo("reference.problem.damagedWorkbook");
    }

    private static String key(FileResult result) {
        return result.problems().get(0).message().getCodes()[0];
    }

    @Test
    void aNewerVintageBecomesCurrentAndTheOlderOneStaysQueryable() throws Exception {
        String currentBefore = jdbc.sql("select vintage from ref_release where dataset = 'states' and current").query(String.class).single();
        write("states_2090.csv", "state_fips,state_name,pop_estimate_2090\n39,Ohio,12000000\n");
        try {
            ImportReport report = referenceData.importFolder(folder, "test");
            assertThat(only(report, "states_2090.csv").outcome()).isEqualTo(Outcome.LOADED);
            assertThat(jdbc.sql("select vintage from ref_release where dataset = 'states' and current").query(String.class).single())
                    .isEqualTo("V2090");
            assertThat(jdbc.sql("select count(*) from ref_release where dataset = 'states' and vintage = ?").param(currentBefore)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from ref_state where release_id in (select id from ref_release where dataset = 'states' and vintage = 'V2090')").update();
            jdbc.sql("delete from ref_release where dataset = 'states' and vintage = 'V2090'").update();
            jdbc.sql("update ref_release set current = true where dataset = 'states' and vintage = ?").param(currentBefore).update();
        }
    }

    @Test
    void administratorsImportByUploadAndOthersCannot() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("files", "naics_1999.csv", "text/csv",
                "naics_code,naics_title\n11,Farming\n11x,Oops\n".getBytes(StandardCharsets.UTF_8));
        String before = snapshot();
        mvc.perform(multipart("/admin/reference/imports").file(bad).with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Row 3, column &quot;naics_code&quot;:")))
                .andExpect(content().string(Matchers.containsString("&quot;11x&quot; is not a NAICS code")))
                .andExpect(content().string(Matchers.containsString("Nothing was imported")));
        assertThat(snapshot()).isEqualTo(before);
        mvc.perform(multipart("/admin/reference/imports").file(bad).with(users.as("orgadmin")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiExplainsBadQueriesAndUnknownOccupations() throws Exception {
        mvc.perform(get("/api/v1/reference/soc").param("level", "tiny").with(users.as("practitioner")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/reference/job-titles/suggest").with(users.as("practitioner")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(get("/api/v1/reference/occupations/99-9999").with(users.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reference/occupations/nurse").with(users.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reference/naics").param("q", "").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("2"));
    }

    @Test
    void importsTheOfficialReleasesAndKnowsTheirFacts() throws Exception {
        assumeTrue(Files.isDirectory(OFFICIAL.resolve("naics")), "../shared/data is absent: the official files were not imported");
        ImportReport report = referenceData.importFolder(OFFICIAL, "test");
        assertThat(report.failed()).as(String.valueOf(report)).isFalse();

        assertThat(count("select count(*) from ref_naics n join ref_release r on r.id = n.release_id and r.current where r.dataset = 'naics'"))
                .isEqualTo(2125);
        assertThat(count("select row_count from ref_release where dataset = 'naics' and vintage = '2017'")).isEqualTo(2196);
        assertThat(count("select count(*) from ref_soc s join ref_release r on r.id = s.release_id and r.current where s.soc_group = 'detailed'"))
                .isEqualTo(867);
        assertThat(count("select count(*) from ref_county c join ref_release r on r.id = c.release_id and r.current")).isEqualTo(3144);

        OccupationProfile nurses = referenceData.occupation("29-1141");
        assertThat(nurses.title()).isEqualTo("Registered Nurses");
        assertThat(nurses.jobZone()).isEqualTo(4);
        assertThat(nurses.wages().annualMedian()).isEqualByComparingTo("93600");
        assertThat(nurses.projection().annualOpenings()).isEqualByComparingTo("189.1");
        assertThat(nurses.projection().typicalEducation()).isEqualTo("Bachelor's degree");
        assertThat(nurses.skills()).isNotEmpty();
        assertThat(nurses.showsOnetData()).isTrue();
        // BLS projects clinical laboratory technologists and technicians as one group
        assertThat(referenceData.occupation("29-2012").projection().code()).isEqualTo("29-2010");

        mvc.perform(get("/api/v1/reference/occupations/29-1141").with(users.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occupation.wages.annualMedian").value(93600))
                .andExpect(jsonPath("$.attribution").value(Matchers.containsString("CC BY 4.0")));
        mvc.perform(get("/api/v1/reference/counties").param("q", "wayne mi").with(users.as("practitioner")))
                .andExpect(jsonPath("$[0].code").value("26163"))
                .andExpect(jsonPath("$[0].cbsaCode").value("19820"));
        mvc.perform(get("/api/v1/reference/naics").param("q", "33611").with(users.as("practitioner")))
                .andExpect(jsonPath("$[*].code", Matchers.hasItem("336110")))
                .andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("336111"))));
        mvc.perform(get("/api/v1/reference/naics").param("q", "33611").param("vintage", "2017").with(users.as("practitioner")))
                .andExpect(jsonPath("$[*].code", Matchers.hasItem("336111")));
        mvc.perform(get("/api/v1/reference/job-titles/suggest").param("title", "RN Med/Surg").with(users.as("practitioner")))
                .andExpect(jsonPath("$[0].soc").value("29-1141"));

        JobTitleEvaluation.Result accuracy = JobTitleEvaluation.load().evaluate(title -> suggester.suggest(title, 5));
        assertThat(accuracy.top1Rate()).isGreaterThanOrEqualTo(0.80);
        assertThat(accuracy.top5Rate()).isGreaterThanOrEqualTo(0.95);

        assertThat(referenceData.importFolder(OFFICIAL, "test").changed()).as("importing the same releases again").isFalse();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void startsWithTheStarterSetSoPickersWorkBeforeAnyImport() {
        List<String> datasets = jdbc.sql("select dataset from ref_release where current").query(String.class).list();
        assertThat(datasets).contains("naics", "soc", "states", "counties", "cbsa-delineation", "bls-projections", "bls-oews-wages");
    }
}
