package org.pathways.platform;

import java.util.List;

/**
 * A document people print, send or keep: a title and a list of blocks, with every text already in the reader's
 * language. {@link Documents} turns the same document into a print page, a PDF and a Word file, so the three never
 * drift apart.
 *
 * @param language the language tag the texts are in (en, es): it goes into the files for screen readers and spelling
 * @param from     the organization the document comes from, shown above its title (the employer reads it from them)
 * @param footer   a line on every page: who made the document and when
 */
public record PrintedDocument(String language, String from, String title, String subtitle, List<Block> blocks, String footer) {

    /** One block of the document; {@link #kind()} names it for the print template. */
    public sealed interface Block permits Heading, Paragraph, Note, Items, Table {
        String kind();
    }

    /** A heading of level 1 (a part) or 2 (a question within it). */
    public record Heading(int level, String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    /** Text as written: line breaks are kept. */
    public record Paragraph(String text) implements Block {
        public String kind() {
            return "paragraph";
        }
    }

    /** A small aside with a label in bold, such as "Pathways knows: …" or "Status: answered". */
    public record Note(String label, String text) implements Block {
        public String kind() {
            return "note";
        }
    }

    public record Items(List<String> items) implements Block {
        public String kind() {
            return "items";
        }
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public String kind() {
            return "table";
        }
    }
}
