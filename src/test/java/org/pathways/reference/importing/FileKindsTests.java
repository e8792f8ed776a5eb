package org.pathways.reference.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.reference.ReferenceDataset;
import org.pathways.reference.importing.Header.FileProblem;
import org.pathways.reference.importing.Header.ValueProblem;

/** Recognizing official files by their columns and reading their vintage, on hand-written headers. */
class FileKindsTests {

    @TempDir
    Path folder;

    private Header header(String file, String above, String... columns) {
        return new Header(folder.resolve(file), file, List.of(columns), 1, above);
    }

    @Test
    void recognizesCensusNaicsFilesAndTakesTheVintageFromTheHeader() throws Exception {
        Header raw = header("2-6 digit_2022_Codes.xlsx", "", "Seq. No.", "2022 NAICS US   Code", "2022 NAICS US Title");
        FileKind kind = FileKinds.recognize(raw);
        assertThat(kind).isInstanceOf(FileKinds.Naics.class);
        FileKind.Target target = kind.targets(raw).get(0);
        assertThat(target.dataset()).isEqualTo(ReferenceDataset.NAICS);
        assertThat(target.vintage()).isEqualTo("2022");
        assertThat(target.mapper().map(List.of("1", "336", "Transportation Equipment Manufacturing")))
                .containsExactly("336", "Transportation Equipment Manufacturing", "3", "31-33", "1");
        assertThat(target.mapper().map(List.of("2", "31-33", "Manufacturing"))).containsExactly("31-33", "Manufacturing", "2", null, "2");
    }

    @Test
    void takesTheVintageFromTheFileNameWhenTheHeaderHasNone() throws Exception {
        Header converted = header("naics_2017_2-6digit_codes.csv", "", "seq_no", "naics_code", "naics_title", "level_digits", "parent_code");
        assertThat(FileKinds.recognize(converted).targets(converted).get(0).vintage()).isEqualTo("2017");
        Header unnamed = header("codes.csv", "", "seq_no", "naics_code", "naics_title");
        assertThatThrownBy(() -> FileKinds.recognize(unnamed).targets(unnamed)).isInstanceOf(FileProblem.class)
                .extracting(e -> ((FileProblem) e).messageKey()).isEqualTo("reference.problem.unknownVintage");
    }

    @Test
    void namesTheColumnAndTheFormatOfABadCode() throws Exception {
        Header h = header("naics_2022.csv", "", "naics_code", "naics_title");
        FileKind.RowMapper mapper = FileKinds.recognize(h).targets(h).get(0).mapper();
        assertThatThrownBy(() -> mapper.map(List.of("3361A", "Cars"))).isInstanceOf(ValueProblem.class)
                .satisfies(e -> {
                    ValueProblem problem = (ValueProblem) e;
                    assertThat(problem.column()).isEqualTo("naics_code");
                    assertThat(problem.messageKey()).isEqualTo("reference.problem.badCode");
                    assertThat(problem.arguments()[0]).isEqualTo("3361A");
                });
        assertThatThrownBy(() -> mapper.map(List.of("336110", ""))).isInstanceOf(ValueProblem.class)
                .extracting(e -> ((ValueProblem) e).messageKey()).isEqualTo("reference.problem.required");
    }

    @Test
    void readsTheSocVintageFromTheTitleLinesAboveTheHeader() throws Exception {
        Header h = header("soc_definitions.xlsx", "November 2017 (for reference year January 2018)\n***final structure for the 2018 SOC***",
                "SOC Group", "SOC Code", "SOC Title", "SOC Definition");
        FileKind.Target target = FileKinds.recognize(h).targets(h).get(0);
        assertThat(target.vintage()).isEqualTo("2018");
        assertThat(target.mapper().map(List.of("Detailed", "29-1141", "Registered Nurses", "Assess patient health problems")))
                .containsExactly("29-1141", "Registered Nurses", "detailed", "Assess patient health problems", "29-0000", "29-1000", "29-1140");
    }

    @Test
    void reportsAMissingColumnByItsPublishedName() {
        Header h = header("soc_2018.csv", "", "SOC Group", "SOC Code", "SOC Title");
        assertThat(FileKinds.recognize(h)).isInstanceOf(FileKinds.SocStructure.class);
        Header noTitle = header("projections_2024.csv", "", "soc_code", "employment_2024_thousands", "employment_2034_thousands");
        assertThatThrownBy(() -> FileKinds.recognize(noTitle).targets(noTitle)).isInstanceOf(FileProblem.class)
                .extracting(e -> ((FileProblem) e).arguments()[0]).isEqualTo("occupation_title");
    }

    @Test
    void findsTheOnetReleaseInTheFolderNameOrTheReadMe() throws Exception {
        Path release = Files.createDirectories(folder.resolve("db_29_1_text"));
        Header inFolder = new Header(release.resolve("Job Zones.txt"), "Job Zones.txt", List.of("O*NET-SOC Code", "Title", "Job Zone"), 1, "");
        assertThat(FileKinds.recognize(inFolder).targets(inFolder).get(0).vintage()).isEqualTo("29.1");

        Path loose = Files.createDirectories(folder.resolve("upload"));
        Files.writeString(loose.resolve("Read Me.txt"), "O*NET 28.2 Database\nFebruary 2024 Release");
        Header withReadMe = new Header(loose.resolve("job_zones.csv"), "job_zones.csv", List.of("O*NET-SOC Code", "Title", "Job Zone"), 1, "");
        assertThat(FileKinds.recognize(withReadMe).targets(withReadMe).get(0).vintage()).isEqualTo("28.2");

        Path bare = Files.createDirectories(folder.resolve("bare"));
        Header unknown = new Header(bare.resolve("job_zones.csv"), "job_zones.csv", List.of("O*NET-SOC Code", "Title", "Job Zone"), 1, "");
        assertThatThrownBy(() -> FileKinds.recognize(unknown).targets(unknown)).isInstanceOf(FileProblem.class)
                .extracting(e -> ((FileProblem) e).messageKey()).isEqualTo("reference.problem.unknownOnetRelease");
    }

    @Test
    void splitsSkillsFromKnowledgeByElementAndKeepsOnlyImportanceAndLevel() throws Exception {
        Path release = Files.createDirectories(folder.resolve("28.2"));
        Header h = new Header(release.resolve("ratings.csv"), "ratings.csv", List.of("O*NET-SOC Code", "Title", "Element ID", "Element Name",
                "Scale ID", "Scale Name", "Data Value", "N", "Recommend Suppress"), 1, "");
        List<FileKind.Target> targets = FileKinds.recognize(h).targets(h);
        FileKind.RowMapper skills = targets.get(0).mapper();
        FileKind.RowMapper knowledge = targets.get(1).mapper();
        List<String> reading = List.of("51-4121.00", "Welders", "2.A.1.a", "Reading Comprehension", "IM", "Importance", "2.5", "8", "N");
        h.sample(reading);
        assertThat(FileKinds.recognize(h).targets(h)).extracting(FileKind.Target::dataset).containsExactly(ReferenceDataset.ONET_SKILLS);
        h.sample(List.of("51-4121.00", "Welders", "4.A.1.a.1", "Getting Information", "IM", "Importance", "4", "8", "N"));
        assertThat(FileKinds.recognize(h).targets(h)).as("work activities feed nothing").isEmpty();
        assertThat(skills.map(reading)).containsExactly("51-4121.00", "51-4121", "2.A.1.a", "Reading Comprehension", "IM", "2.5", "f");
        assertThat(knowledge.map(reading)).isNull();
        assertThat(skills.map(List.of("51-4121.00", "Welders", "2.A.1.a", "Reading Comprehension", "XX", "Other", "2", "8", "N"))).isNull();
    }

    @Test
    void readsBlsProjectionsAsExportedWithSampleTitlesAndTopCodedWages() throws Exception {
        Header h = header("Employment Projections.csv", "", "Occupation Title", "Occupation Code", "Employment 2024", "Employment 2034",
                "Employment Change, 2024-2034", "Employment Percent Change, 2024-2034", "Occupational Openings, 2024-2034 Annual Average",
                "Median Annual Wage 2024", "Typical Entry-Level Education");
        FileKind.Target target = FileKinds.recognize(h).targets(h).get(0);
        assertThat(target.vintage()).isEqualTo("2024-2034");
        String[] row = target.mapper().map(List.of("Chief executives    * CEO* Chief Operating Officer", "=\"11-1011\"", "309.40", "1,309.4", "-6.1",
                "-2.0", "19.4", ">=239,200", "Bachelor's degree"));
        assertThat(row[0]).isEqualTo("11-1011");
        assertThat(row[1]).isEqualTo("Chief executives");
        assertThat(row[2]).isEqualTo("CEO; Chief Operating Officer");
        assertThat(row[5]).isEqualTo("309.4");
        assertThat(row[6]).isEqualTo("1309.4");
        assertThat(row[10]).isEqualTo("239200");
        assertThat(row[11]).isEqualTo("t");
    }

    @Test
    void keepsLeadingZerosOfFipsCodesAndDerivesTheCountyCode() throws Exception {
        Header h = header("list1_2023.xlsx", "", "CBSA Code", "CBSA Title", "Metropolitan/Micropolitan Statistical Area",
                "County/County Equivalent", "State Name", "FIPS State Code", "FIPS County Code", "Central/Outlying County");
        String[] row = FileKinds.recognize(h).targets(h).get(0).mapper()
                .map(List.of("33860", "Montgomery, AL", "Metropolitan Statistical Area", "Autauga County", "Alabama", "1", "1", "Outlying"));
        assertThat(row[7]).isEqualTo("01001");
        assertThat(row[2]).isEqualTo("metropolitan");
        assertThat(row[10]).isEqualTo("f");
    }

    @Test
    void doesNotMistakeOtherFilesForReferenceData() {
        assertThat(FileKinds.recognize(header("qcew.csv", "", "area_fips", "own_code", "industry_code", "annual_avg_emplvl"))).isNull();
        assertThat(FileKinds.recognize(header("notes.csv", "", "name", "email"))).isNull();
    }
}
