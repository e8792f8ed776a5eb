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
    public sealed interface Block permits Heading, Paragraph, Note, Alert, Items, Table {
        String kind();
    }

    /** A heading of level 1 (a part) or 2 (a question within it). */
    public record Heading(int level, String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    /**
     * Text as written: line breaks are kept. The {@code marked} parts (words still to be written, say) are highlighted
     * wherever they occur, in every format.
     */
    public record Paragraph(String text, List<String> marked) implements Block {
        public Paragraph(String text) {
            this(text, List.of());
        }

        public Paragraph {
            marked = marked == null ? List.of() : marked.stream().filter(m -> m != null && !m.isEmpty()).distinct().toList();
        }

        public String kind() {
            return "paragraph";
        }

        /** A run of the text, highlighted or not. */
        public record Span(String text, boolean marked) {
        }

        /** The text in runs, the marked parts as runs of their own. */
        public List<Span> spans() {
            if (marked.isEmpty() || text == null) {
                return List.of(new Span(text == null ? "" : text, false));
            }
            java.util.regex.Pattern any = java.util.regex.Pattern.compile(String.join("|", marked.stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(java.util.regex.Pattern::quote).toList()));
            List<Span> spans = new java.util.ArrayList<>();
            java.util.regex.Matcher m = any.matcher(text);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    spans.add(new Span(text.substring(at, m.start()), false));
                }
                spans.add(new Span(m.group(), true));
                at = m.end();
            }
            if (at < text.length()) {
                spans.add(new Span(text.substring(at), false));
            }
            return spans;
        }
    }

    /** A warning the reader must not miss, at the head of the document ("not ready to send: …"). */
    public record Alert(String text) implements Block {
        public String kind() {
            return "alert";
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
