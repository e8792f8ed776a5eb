package org.pathways.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds words that label people by a deficit ("ex-offender", "at-risk"…) in what an organization writes to employers,
 * and offers strength-based wording instead. Employers respond to people's strengths; a label puts the obstacle
 * first. The built-in list covers English and Spanish; each organization adds its own terms. The check flags and
 * suggests, it never blocks: the writer decides, since a word can be right in context (a statute's name, a quote).
 */
@Service
@Transactional
public class LanguageCheck {

    /** A term to flag and what to write instead; {@code builtIn} terms cannot be removed. */
    public record Term(Long id, String term, String suggestion, boolean builtIn) {
    }

    /** One place a term was found: the words as written, the term, the suggestion, and where (a step, a measure). */
    public record Flag(String where, String found, String term, String suggestion) {
    }

    /** Unfinished placeholders the draft leaves for the writer, "[…]": an export must not carry them to an employer. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]{1,200}\\]");

    /** The placeholders still in a text ("[number of hires]"), in order, each once. */
    static List<String> placeholders(String text) {
        if (text == null) {
            return List.of();
        }
        return PLACEHOLDER.matcher(text).results().map(java.util.regex.MatchResult::group).distinct().toList();
    }

    static final List<Term> BUILT_IN = List.of(
            new Term(null, "ex-offender", "person with a conviction record", true),
            new Term(null, "ex-con", "person returning from incarceration", true),
            new Term(null, "ex-convict", "person returning from incarceration", true),
            new Term(null, "felon", "person with a conviction record", true),
            new Term(null, "convict", "person with a conviction record", true),
            new Term(null, "at-risk", "with untapped potential; name the support the person receives", true),
            new Term(null, "hard to employ", "job seekers we prepare and support", true),
            new Term(null, "hard to place", "job seekers we prepare and support", true),
            new Term(null, "unemployable", "not yet connected to work", true),
            new Term(null, "disadvantaged", "talent from our community; name the strengths people bring", true),
            new Term(null, "underprivileged", "talent from our community; name the strengths people bring", true),
            new Term(null, "the disabled", "people with disabilities", true),
            new Term(null, "handicapped", "people with disabilities", true),
            new Term(null, "wheelchair-bound", "person who uses a wheelchair", true),
            new Term(null, "illegal alien", "immigrant; person without work authorization, where that is the point", true),
            new Term(null, "illegals", "immigrants", true),
            new Term(null, "dropout", "young person completing their education", true),
            new Term(null, "troubled youth", "young people building their careers", true),
            new Term(null, "the homeless", "people experiencing homelessness", true),
            new Term(null, "welfare recipient", "person receiving public assistance", true),
            new Term(null, "low-skilled", "people ready to learn on the job", true),
            new Term(null, "exconvicto", "persona con antecedentes penales", true),
            new Term(null, "ex convicto", "persona con antecedentes penales", true),
            new Term(null, "ex presidiario", "persona que regresa de prisión", true),
            new Term(null, "delincuente", "persona con antecedentes penales", true),
            new Term(null, "en riesgo", "con potencial por desarrollar; nombre el apoyo que recibe", true),
            new Term(null, "difícil de emplear", "personas que preparamos y acompañamos", true),
            new Term(null, "desfavorecido", "talento de nuestra comunidad; nombre sus fortalezas", true),
            new Term(null, "discapacitado", "persona con discapacidad", true),
            new Term(null, "minusválido", "persona con discapacidad", true),
            new Term(null, "ilegal", "persona inmigrante", true),
            new Term(null, "indigente", "persona sin hogar", true));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LanguageCheck(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The built-in terms, then the organization's own, alphabetically. */
    @Transactional(readOnly = true)
    public List<Term> terms() {
        List<Term> terms = new ArrayList<>(BUILT_IN);
        terms.addAll(ownTerms());
        return terms;
    }

    private List<Term> ownTerms() {
        return jdbc.sql("select id, term, suggestion from language_term where organization_id = ? order by lower(term)")
                .param(PathwaysUser.current().organizationId())
                .query((rs, n) -> new Term(rs.getLong("id"), rs.getString("term"), rs.getString("suggestion"), false)).list();
    }

    /** Every flagged term in the texts, in the order of the texts and then of the words. */
    @Transactional(readOnly = true)
    public List<Flag> check(List<Labelled> texts) {
        List<Term> terms = terms();
        List<Flag> flags = new ArrayList<>();
        for (Labelled text : texts) {
            if (text.text() == null || text.text().isBlank()) {
                continue;
            }
            record Hit(int at, int end, Flag flag) {
            }
            List<Hit> hits = new ArrayList<>();
            for (Term term : terms) {
                Matcher m = patternOf(term.term()).matcher(text.text());
                while (m.find()) {
                    hits.add(new Hit(m.start(), m.end(), new Flag(text.where(), m.group(), term.term(), term.suggestion())));
                }
            }
            Matcher placeholder = PLACEHOLDER.matcher(text.text());
            while (placeholder.find()) {
                hits.add(new Hit(placeholder.start(), placeholder.end(), new Flag(text.where(), placeholder.group(), null, null)));
            }
            // Where terms overlap ("ex-convict" holds "convict"), the longest one speaks for the words.
            int covered = -1;
            for (Hit hit : hits.stream().sorted(Comparator.comparingInt(Hit::at).thenComparing(Comparator.<Hit>comparingInt(Hit::end).reversed())).toList()) {
                if (hit.at() >= covered) {
                    flags.add(hit.flag());
                    covered = hit.end();
                }
            }
        }
        return flags;
    }

    /** A text to check and where it stands (a message key, such as a step's name). */
    public record Labelled(String where, String text) {
    }

    /**
     * A term as a whole-word pattern: any case, any run of spaces or hyphens between its words ("ex-offender",
     * "ex offender", "ex–offender"), and the plural or gendered endings of both languages: "felons", "ilegales", and
     * for a last word ending in o or a, all four forms ("desfavorecido", "desfavorecidas").
     */
    static Pattern patternOf(String term) {
        String[] words = term.trim().toLowerCase(Locale.ROOT).split("[\\s\\-\u2010-\u2015]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-\u2010-\u2015]*");
            }
            String word = words[i];
            boolean last = i == words.length - 1;
            if (last && word.length() > 3 && (word.endsWith("o") || word.endsWith("a"))) {
                regex.append(Pattern.quote(word.substring(0, word.length() - 1))).append("(?:o|a|os|as)");
            } else {
                regex.append(Pattern.quote(word)).append(last ? "(?:s|es)?" : "");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Adds a term to the organization's own list; a term already on either list is refused, as is a term without a suggestion. */
    public Term add(String term, String suggestion) {
        List<InvalidInput> problems = new ArrayList<>();
        String cleanTerm = Text.blankToNull(term);
        String cleanSuggestion = Text.blankToNull(suggestion);
        if (cleanTerm == null) {
            problems.add(new InvalidInput("term", "validation.required"));
        } else if (cleanTerm.length() > 80 || !cleanTerm.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}\\s'’\\-]*")) {
            problems.add(new InvalidInput("term", "language.termInvalid", cleanTerm));
        } else if (BUILT_IN.stream().anyMatch(t -> t.term().equalsIgnoreCase(cleanTerm))) {
            problems.add(new InvalidInput("term", "language.termBuiltIn", cleanTerm));
        }
        if (cleanSuggestion == null) {
            problems.add(new InvalidInput("suggestion", "language.suggestionRequired"));
        } else if (cleanSuggestion.length() > 200) {
            problems.add(new InvalidInput("suggestion", "language.suggestionTooLong"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        long organization = PathwaysUser.current().organizationId();
        try {
            long id = jdbc.sql("insert into language_term (organization_id, term, suggestion, created_by) values (?, ?, ?, ?) returning id")
                    .params(organization, cleanTerm, cleanSuggestion, PathwaysUser.current().username()).query(Long.class).single();
            audit.record("language.termAdded", "language_term", id, cleanTerm);
            return new Term(id, cleanTerm, cleanSuggestion, false);
        } catch (DuplicateKeyException duplicate) {
            throw new InvalidInput("term", "language.termExists", cleanTerm);
        }
    }

    public void remove(long termId) {
        String term = jdbc.sql("delete from language_term where id = ? and organization_id = ? returning term")
                .params(termId, PathwaysUser.current().organizationId()).query(String.class).optional()
                .orElseThrow(() -> new NotFound("language_term", termId));
        audit.record("language.termRemoved", "language_term", termId, term);
    }
}
