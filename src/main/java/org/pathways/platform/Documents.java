package org.pathways.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a {@link PrintedDocument} into what people print or send: a print page (HTML), a PDF and a Word file
 * (.docx). The PDF is the print page laid out by openhtmltopdf with an embedded font, so it looks the same and
 * carries every accented letter; the Word file is written directly as WordprocessingML, which Word, LibreOffice and
 * Google Docs open and let people edit.
 */
@Service
public class Documents {

    public enum Format {
        HTML(MediaType.TEXT_HTML, "html"), PDF(MediaType.APPLICATION_PDF, "pdf"),
        DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx");

        private final MediaType mediaType;
        private final String extension;

        Format(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private static final String FONT = "DejaVu Sans";
    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final ITemplateEngine templates;
    private final String css;
    private final byte[] regularFont;
    private final byte[] boldFont;

    Documents(ITemplateEngine templates) {
        this.templates = templates;
        this.css = new String(read("static/css/document.css"), StandardCharsets.UTF_8);
        this.regularFont = read("fonts/DejaVuSans.ttf");
        this.boldFont = read("fonts/DejaVuSans-Bold.ttf");
    }

    /**
     * Lays out one small PDF in the background once the application is ready. The first PDF otherwise pays for loading
     * the fonts, compiling the template and a great deal of PDFBox code: measured at 2.2 s, against about 50 ms after.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                pdf(new PrintedDocument("en", "Pathways", "Pathways", null, List.of(new PrintedDocument.Heading(1, "Ready"),
                        new PrintedDocument.Paragraph("Á é ñ ü"), new PrintedDocument.Table(List.of("a"), List.of(List.of("b")))), null));
            } catch (RuntimeException e) {
                log.warn("The PDF warm-up failed; the first PDF will be slower: {}", e.toString());
            }
        }, "pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The document as a download (PDF, Word) or a print page (HTML), never cached: it may hold what only the
     * organization should see.
     */
    public ResponseEntity<byte[]> respond(PrintedDocument document, Format format, String fileName) {
        byte[] body = switch (format) {
            case HTML -> html(document, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(document);
            case DOCX -> docx(document);
        };
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(format == Format.HTML
                ? new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8) : format.mediaType).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (format != Format.HTML) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(fileName + "." + format.extension, StandardCharsets.UTF_8).build().toString());
        }
        return response.body(body);
    }

    /** The print page; for the PDF the style sheet is inlined, since the PDF maker fetches nothing. */
    public String html(PrintedDocument document, boolean forPdf) {
        Context context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("document", document);
        context.setVariable("inlineCss", forPdf ? css : null);
        return templates.process("platform/document", context);
    }

    public byte[] pdf(PrintedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged PDF (PDF/UA): headings, paragraphs and tables keep their structure for screen readers.
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html(document, true), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Word: the smallest package Word accepts (content types, relationships, document, styles, core properties).

    public byte[] docx(PrintedDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                    </Relationships>""");
            entry(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            entry(zip, "docProps/core.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <dc:title>%s</dc:title><dc:language>%s</dc:language><dc:creator>Pathways</dc:creator>
                    <dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>
                    </cp:coreProperties>""".formatted(xml(document.title()), xml(document.language()), Instant.now().toString().replaceAll("\\.\\d+Z$", "Z")));
            entry(zip, "word/styles.xml", STYLES.replace("LANG", document.language().contains("-") ? document.language() : document.language() + "-US"));
            entry(zip, "word/document.xml", body(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One part of an Office package (Word here, Excel in {@link Workbooks}). */
    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String body(PrintedDocument document) {
        StringBuilder w = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
        paragraph(w, "Title", document.title());
        if (document.subtitle() != null) {
            paragraph(w, "Subtitle", document.subtitle());
        }
        for (PrintedDocument.Block block : document.blocks()) {
            if (block instanceof PrintedDocument.Heading h) {
                paragraph(w, h.level() <= 1 ? "Heading1" : "Heading2", h.text());
            } else if (block instanceof PrintedDocument.Paragraph p) {
                w.append("<w:p>");
                p.spans().forEach(span -> w.append(span.marked() ? run(span.text(), false, true) : run(span.text(), false)));
                w.append("</w:p>");
            } else if (block instanceof PrintedDocument.Alert a) {
                w.append("<w:p><w:pPr><w:pStyle w:val=\"Alert\"/></w:pPr>").append(run(a.text(), true)).append("</w:p>");
            } else if (block instanceof PrintedDocument.Note n) {
                w.append("<w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr>").append(n.label().isEmpty() ? "" : run(n.label() + " ", true))
                        .append(run(n.text(), false)).append("</w:p>");
            } else if (block instanceof PrintedDocument.Items items) {
                items.items().forEach(item -> paragraph(w, "ListItem", "\u2022\t" + item));
            } else if (block instanceof PrintedDocument.Table t) {
                table(w, t);
            }
        }
        if (document.footer() != null) {
            paragraph(w, "Note", document.footer());
        }
        // US Letter with one-inch margins.
        w.append("<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\""
                + " w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        return w.toString();
    }

    private static void paragraph(StringBuilder w, String style, String text) {
        w.append("<w:p>");
        if (style != null) {
            w.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        w.append(run(text, false)).append("</w:p>");
    }

    /** A run of text; line breaks become Word line breaks, tabs Word tabs. */
    private static String run(String text, boolean bold) {
        return run(text, bold, false);
    }

    private static String run(String text, boolean bold, boolean highlighted) {
        StringBuilder r = new StringBuilder("<w:r>");
        if (bold || highlighted) {
            r.append("<w:rPr>").append(bold ? "<w:b/>" : "").append(highlighted ? "<w:highlight w:val=\"yellow\"/>" : "").append("</w:rPr>");
        }
        String[] lines = (text == null ? "" : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.append("<w:br/>");
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    r.append("<w:tab/>");
                }
                r.append("<w:t xml:space=\"preserve\">").append(xml(cells[j])).append("</w:t>");
            }
        }
        return r.append("</w:r>").toString();
    }

    private static void table(StringBuilder w, PrintedDocument.Table t) {
        w.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>");
        t.headers().forEach(h -> w.append("<w:gridCol/>"));
        w.append("</w:tblGrid>");
        row(w, t.headers(), true);
        t.rows().forEach(cells -> row(w, cells, false));
        w.append("</w:tbl><w:p/>");
    }

    private static void row(StringBuilder w, List<String> cells, boolean header) {
        w.append("<w:tr>");
        if (header) {
            w.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (String cell : cells) {
            w.append("<w:tc><w:p>").append(run(cell, header)).append("</w:p></w:tc>");
        }
        w.append("</w:tr>");
    }

    /** Text made safe for XML: the five escapes, and the control characters XML 1.0 cannot carry dropped. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>
            <w:lang w:val="LANG"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr>
            <w:rPr><w:b/><w:color w:val="1F4E5F"/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555555"/><w:sz w:val="24"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
            <w:pPr><w:keepNext/><w:spacing w:before="280" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E5F"/><w:sz w:val="28"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
            <w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555555"/><w:sz w:val="19"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Alert"><w:name w:val="Alert"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:color="B35C00"/><w:left w:val="single" w:sz="12" w:color="B35C00"/><w:bottom w:val="single" w:sz="12" w:color="B35C00"/><w:right w:val="single" w:sz="12" w:color="B35C00"/></w:pBdr><w:shd w:val="clear" w:fill="FFF4E0"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/>
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
            <w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/><w:tblPr><w:tblBorders>
            <w:top w:val="single" w:sz="4" w:color="999999"/><w:left w:val="single" w:sz="4" w:color="999999"/>
            <w:bottom w:val="single" w:sz="4" w:color="999999"/><w:right w:val="single" w:sz="4" w:color="999999"/>
            <w:insideH w:val="single" w:sz="4" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:color="999999"/>
            </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>""";
}
