package org.pathways.reference.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.reference.importing.TableSource.UnreadableFile;

/** Reading the formats publishers ship, and refusing files built to harm the reader. Hand-written fixtures only. */
class TableSourceTests {

    private static final ImportLimits LIMITS = ImportLimits.standard(5);

    @TempDir
    Path folder;

    @Test
    void readsQuotedCommasQuotesAndValuesSpanningLines() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"),
                "\uFEFFcode,title,note\n11,\"Agriculture, Forestry\",\"said \"\"hi\"\"\"\n21,\"Two\nlines\",\n\n22,Last,x\n");
        List<List<String>> rows = readAll(file);
        assertThat(rows.get(0)).containsExactly("code", "title", "note");
        assertThat(rows.get(1)).containsExactly("11", "Agriculture, Forestry", "said \"hi\"");
        assertThat(rows.get(2)).containsExactly("21", "Two\nlines", "");
    }

    @Test
    void readsOnlyTheColumnsAskedForAndStillCountsTheRest() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b,c\r\n1,\"long, quoted\ntitle\",3\r\n4,5 \"inch\",6\r\n");
        try (TableSource table = TableSource.open(file, LIMITS)) {
            java.util.BitSet only = new java.util.BitSet();
            only.set(0);
            only.set(2);
            table.onlyColumns(only);
            assertThat(table.next()).containsExactly("a", "", "c");
            assertThat(table.next()).containsExactly("1", "", "3");
            assertThat(table.next()).containsExactly("4", "", "6");
            assertThat(table.rowNumber()).isEqualTo(4);
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void countsSpreadsheetRowsSoProblemsPointAtTheRightLine() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n1,\"x\ny\"\n\n3,z\n");
        try (TableSource table = TableSource.open(file, LIMITS)) {
            table.next();
            table.next();
            assertThat(table.rowNumber()).isEqualTo(2);
            assertThat(table.next()).isEmpty();
            assertThat(table.next()).containsExactly("3", "z");
            assertThat(table.rowNumber()).isEqualTo(5);
        }
    }

    @Test
    void readsTabSeparatedText() throws Exception {
        Path file = Files.writeString(folder.resolve("Occupation Data.txt"), "O*NET-SOC Code\tTitle\tDescription\n29-1141.00\tRegistered Nurses\tAssess, plan\n");
        assertThat(readAll(file).get(1)).containsExactly("29-1141.00", "Registered Nurses", "Assess, plan");
    }

    @Test
    void readsLatin1FilesAsCensusShipsThem() throws Exception {
        Path file = folder.resolve("co-est.csv");
        Files.write(file, "STATE,COUNTY,CTYNAME\n35,013,Doña Ana County\n".getBytes(Charset.forName("ISO-8859-1")));
        assertThat(readAll(file).get(1)).containsExactly("35", "013", "Doña Ana County");
    }

    @Test
    void refusesAQuoteThatNeverCloses() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n1,\"never closed\n2,3\n");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).messageKey()).isEqualTo("reference.problem.unclosedQuote");
    }

    @Test
    void refusesEmptyAndOversizedFiles() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        assertThatThrownBy(() -> TableSource.open(empty, LIMITS)).extracting(e -> ((UnreadableFile) e).messageKey())
                .isEqualTo("reference.problem.empty");
        Path big = folder.resolve("big.csv");
        Files.write(big, new byte[6 * 1024 * 1024]);
        assertThatThrownBy(() -> TableSource.open(big, LIMITS)).extracting(e -> ((UnreadableFile) e).messageKey())
                .isEqualTo("reference.problem.tooLarge");
    }

    @Test
    void readsTheFirstSheetOfAnExcelWorkbookWithGapsAndNumbers() throws Exception {
        Path file = Workbooks.write(folder.resolve("codes.xlsx"),
                List.of(List.of("Seq. No.", "2022 NAICS US   Code", "2022 NAICS US Title"), List.of(), List.of("1", "11", "Agriculture & more")));
        List<List<String>> rows = readAll(file);
        assertThat(rows.get(0)).containsExactly("Seq. No.", "2022 NAICS US   Code", "2022 NAICS US Title");
        assertThat(rows.get(1)).isEmpty();
        assertThat(rows.get(2)).containsExactly("1", "11", "Agriculture & more");
    }

    @Test
    void showsNumbersAsThePersonTypedThem() {
        assertThat(XlsxTable.number("32.659999999999997")).isEqualTo("32.66");
        assertThat(XlsxTable.number("11.0")).isEqualTo("11");
        assertThat(XlsxTable.number("1.5E-2")).isEqualTo("0.015");
        assertThat(XlsxTable.columnIndex("AB12")).isEqualTo(27);
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() throws Exception {
        // 200 MB of the same character compresses to a few hundred kilobytes
        byte[] filler = new byte[200 * 1024 * 1024];
        Arrays.fill(filler, (byte) 'a');
        byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[head.length + filler.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        System.arraycopy(filler, 0, xml, head.length, filler.length);
        Path file = Workbooks.writeParts(folder.resolve("bomb.xlsx"), xml);
        assertThat(Files.size(file)).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).messageKey()).isEqualTo("reference.problem.unsafeWorkbook");
    }

    @Test
    void refusesEntityTricksAndNeverReadsTheFileTheyPointAt() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&leak;</t></is></c></row></sheetData></worksheet>";
        Path external = Workbooks.writeParts(folder.resolve("xxe.xlsx"), xxe.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(external)).isInstanceOf(UnreadableFile.class)
                .hasMessageNotContaining("TOP-SECRET")
                .extracting(e -> ((UnreadableFile) e).messageKey()).isEqualTo("reference.problem.unsafeWorkbook");

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
        Path billion = Workbooks.writeParts(folder.resolve("laughs.xlsx"), laughs.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(billion)).isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).messageKey()).isEqualTo("reference.problem.unsafeWorkbook");
    }

    @Test
    void saysAWorkbookCutShortIsDamaged() throws Exception {
        Path whole = Workbooks.write(folder.resolve("whole.xlsx"), List.of(List.of("a", "b"), List.of("1", "2")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = folder.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> readAll(cut)).isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).messageKey()).isEqualTo("reference.problem.damagedWorkbook");
    }

    @Test
    void saysAnOldExcelFileMustBeSavedAgain() throws Exception {
        Path xls = Files.write(folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2});
        assertThatThrownBy(() -> TableSource.open(xls, LIMITS)).extracting(e -> ((UnreadableFile) e).messageKey())
                .isEqualTo("reference.problem.oldExcel");
    }

    private static List<List<String>> readAll(Path file) throws IOException, UnreadableFile {
        List<List<String>> rows = new ArrayList<>();
        try (TableSource table = TableSource.open(file, LIMITS)) {
            List<String> row;
            while ((row = table.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
