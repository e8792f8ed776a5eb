package org.pathways.reference.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an Excel (.xlsx) workbook, read as a stream. Workbooks come from outside, so the
 * reader refuses document type declarations (no entity expansion, no external entities) and stops any
 * part that inflates beyond {@link ImportLimits#maxInflatedBytes()} or grows more than
 * {@link ImportLimits#maxInflationRatio()} times its compressed size (zip bombs).
 */
final class XlsxTable implements TableSource {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int MAX_ENTRIES = 10_000;

    private final ZipFile zip;
    private final XMLStreamReader sheet;
    private final List<String> sharedStrings;
    private final ImportLimits limits;
    private int rowNumber;
    private List<String> pending;
    private int pendingNumber;

    private XlsxTable(ZipFile zip, XMLStreamReader sheet, List<String> sharedStrings, ImportLimits limits) {
        this.zip = zip;
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.limits = limits;
    }

    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    static XlsxTable open(Path file, ImportLimits limits) throws IOException, UnreadableFile {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException damaged) {
            throw new UnreadableFile("reference.problem.damagedWorkbook");
        }
        try {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnreadableFile("reference.problem.unsafeWorkbook");
            }
            String sheetPath = firstSheetPath(zip, limits);
            List<String> shared = sharedStrings(zip, limits);
            ZipEntry sheetEntry = zip.getEntry(sheetPath);
            if (sheetEntry == null) {
                throw new UnreadableFile("reference.problem.notWorkbook");
            }
            XMLStreamReader sheet = xml(zip, sheetEntry, limits);
            return new XlsxTable(zip, sheet, shared, limits);
        } catch (UnreadableFile | RuntimeException | IOException e) {
            zip.close();
            if (e instanceof ZipException) {
                throw new UnreadableFile("reference.problem.damagedWorkbook");
            }
            throw e;
        }
    }

    private static String firstSheetPath(ZipFile zip, ImportLimits limits) throws IOException, UnreadableFile {
        ZipEntry workbook = zip.getEntry("xl/workbook.xml");
        if (workbook == null) {
            throw new UnreadableFile("reference.problem.notWorkbook");
        }
        String firstSheetRelation = null;
        try {
            XMLStreamReader xml = xml(zip, workbook, limits);
            while (xml.hasNext() && firstSheetRelation == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    firstSheetRelation = xml.getAttributeValue(RELATIONSHIPS, "id");
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        if (firstSheetRelation == null) {
            throw new UnreadableFile("reference.problem.notWorkbook");
        }
        ZipEntry relations = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relations == null) {
            return "xl/worksheets/sheet1.xml";
        }
        try {
            XMLStreamReader xml = xml(zip, relations, limits);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && firstSheetRelation.equals(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    xml.close();
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        throw new UnreadableFile("reference.problem.notWorkbook");
    }

    private static List<String> sharedStrings(ZipFile zip, ImportLimits limits) throws IOException, UnreadableFile {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return strings;
        }
        try {
            XMLStreamReader xml = xml(zip, entry, limits);
            StringBuilder text = null;
            boolean inPhonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> inPhonetic = true;
                        case "t" -> {
                            if (text != null && !inPhonetic) {
                                text.append(xml.getElementText());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("si") && text != null) {
                        strings.add(text.toString());
                        text = null;
                    } else if (xml.getLocalName().equals("rPh")) {
                        inPhonetic = false;
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        return strings;
    }

    private static XMLStreamReader xml(ZipFile zip, ZipEntry entry, ImportLimits limits) throws IOException, UnreadableFile {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new BoundedInflation(zip.getInputStream(entry), entry, limits));
            return new DtdRefusingReader(reader);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    private static UnreadableFile unreadable(XMLStreamException e) {
        if (e.getCause() instanceof UnsafeWorkbook || e.getNestedException() instanceof UnsafeWorkbook
                || e instanceof DtdRefused) {
            return new UnreadableFile("reference.problem.unsafeWorkbook");
        }
        return new UnreadableFile("reference.problem.damagedWorkbook");
    }

    @Override
    public List<String> next() throws IOException, UnreadableFile {
        if (pending != null) {
            // Excel leaves empty rows out of the file; they still count for row numbers
            if (rowNumber + 1 < pendingNumber) {
                rowNumber++;
                return new ArrayList<>();
            }
            List<String> row = pending;
            rowNumber = pendingNumber;
            pending = null;
            return row;
        }
        try {
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    String r = sheet.getAttributeValue(null, "r");
                    int number = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    pending = readRow();
                    pendingNumber = number;
                    return next();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        } catch (NumberFormatException e) {
            throw new UnreadableFile("reference.problem.damagedWorkbook");
        }
    }

    private List<String> readRow() throws XMLStreamException, UnreadableFile {
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                String reference = sheet.getAttributeValue(null, "r");
                String type = sheet.getAttributeValue(null, "t");
                int column = reference == null ? nextColumn : columnIndex(reference);
                if (column >= limits.maxCells()) {
                    throw new UnreadableFile("reference.problem.tooManyColumns", pendingNumber, limits.maxCells());
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(cellValue(type));
                nextColumn = column + 1;
            }
        }
        return cells;
    }

    private String cellValue(String type) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = sheet.getElementText();
                    case "t" -> {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        inline.append(sheet.getElementText());
                    }
                    default -> {
                    }
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? "" : inline.toString();
        }
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(value.trim());
            return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
        }
        if ("str".equals(type) || "e".equals(type)) {
            return value;
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        return number(value);
    }

    /** Excel keeps 15 significant digits; 32.659999999999997 in the file is the 32.66 a person typed. */
    static String number(String stored) {
        try {
            BigDecimal value = new BigDecimal(stored.trim()).round(new MathContext(15));
            String plain = value.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        } catch (NumberFormatException notANumber) {
            return stored;
        }
    }

    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing the zip releases everything
        }
        zip.close();
    }

    /** Counts inflated bytes and stops a part that grows past the limits. */
    private static final class BoundedInflation extends FilterInputStream {
        private final long maxBytes;
        private long read;

        BoundedInflation(InputStream in, ZipEntry entry, ImportLimits limits) {
            super(in);
            long compressed = Math.max(entry.getCompressedSize(), 1);
            this.maxBytes = Math.min(limits.maxInflatedBytes(), compressed * limits.maxInflationRatio() + 1024 * 1024);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws UnsafeWorkbook {
            read += n;
            if (read > maxBytes) {
                throw new UnsafeWorkbook();
            }
        }
    }

    private static final class UnsafeWorkbook extends IOException {
        UnsafeWorkbook() {
            super("a workbook part inflates beyond the allowed size");
        }
    }

    private static final class DtdRefused extends XMLStreamException {
        DtdRefused() {
            super("document type declarations are not accepted");
        }
    }

    /** Workbooks never need a DTD; one is a sign of an entity-expansion or external-entity attack. */
    private static final class DtdRefusingReader extends javax.xml.stream.util.StreamReaderDelegate {
        DtdRefusingReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new DtdRefused();
            }
            return event;
        }
    }
}
