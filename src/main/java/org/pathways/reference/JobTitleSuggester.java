package org.pathways.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Suggests SOC codes for a job title as an employer wrote it. Every official title of the current releases
 * (SOC titles and direct-match titles, O*NET titles, alternate and reported titles, BLS sample titles) is
 * reduced to its words ({@link TitleWords}) and indexed; a title is scored against each with the cosine of
 * their word weights (rare words weigh more), and each occupation gets the score of its best title. The
 * index lives in memory (about 80,000 titles) and is rebuilt when the reference data changes.
 */
@Service
public class JobTitleSuggester {

    public static final int MAX_SUGGESTIONS = 5;

    /**
     * Below this score the first suggestion is not offered as a match. Measured on the 171 real posting titles of
     * the evaluation set with the full official files: every first suggestion scored 0.65 or more (86% of them
     * right); "Home Health Aide - weekends" against the starter set, which then lacked home health aides, put
     * Registered Nurses first at 0.55. A lower score means the title's words are not in any listed title.
     */
    public static final double GOOD_MATCH = 0.6;

    /** At least half of the title's words, by weight, are words some listed title uses. */
    public static final double UNDERSTOOD = 0.5;
    /** How much an occupation's size can lift its rank: enough to break ties, not to overrule a better match. */
    static final float EMPLOYMENT_PRIOR = 0.08f;
    /** Trust in each kind of title: the SOC's own titles and BLS coders' direct matches most, O*NET's lay titles a little less. */
    static final float OFFICIAL_TITLE = 1.0f;
    static final float REPORTED_TITLE = 0.99f;
    static final float ALTERNATE_TITLE = 0.98f;
    static final float SAMPLE_TITLE = 0.98f;

    private final JdbcClient jdbc;
    private final ReleaseWatch releaseWatch;
    private volatile Index index;
    private volatile String indexedReleases = "";

    JobTitleSuggester(JdbcClient jdbc, ReleaseWatch releaseWatch) {
        this.jdbc = jdbc;
        this.releaseWatch = releaseWatch;
    }

    /**
     * A suggested occupation; the score (0–1) is how closely its best title matches, and {@code understood} how much of
     * the title's words (by weight) any listed title uses at all: words no title uses are left out of the ranking,
     * so a match on the one ordinary word of a title can score high while saying little.
     */
    public record Suggestion(String soc, String title, double score, double understood) {

        /** Whether to offer it as a match rather than as a guess: see {@link #GOOD_MATCH} and {@link #UNDERSTOOD}. */
        public boolean good() {
            return score >= GOOD_MATCH && understood >= UNDERSTOOD;
        }
    }

    public List<Suggestion> suggest(String jobTitle, int limit) {
        Map<String, Float> words = TitleWords.weighted(jobTitle == null || jobTitle.length() <= 200 ? jobTitle : jobTitle.substring(0, 200));
        if (words.isEmpty()) {
            return List.of();
        }
        return current().suggest(words, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    /** Rebuilds when the current releases changed (an import here or by the command line). */
    private Index current() {
        String releases = releaseWatch.signature();
        Index built = index;
        if (built != null && releases.equals(indexedReleases)) {
            return built;
        }
        synchronized (this) {
            if (index == null || !releases.equals(indexedReleases)) {
                index = build();
                indexedReleases = releases;
            }
            return index;
        }
    }

    private Index build() {
        Index.Builder builder = new Index.Builder();
        jdbc.sql("""
                        select code, title from ref_soc where soc_group = 'detailed'
                        and release_id = (select id from ref_release where dataset = 'soc' and current)""")
                .query((rs, n) -> {
                    builder.occupation(rs.getString(1), rs.getString(2));
                    builder.title(rs.getString(1), rs.getString(2), OFFICIAL_TITLE);
                    return null;
                }).list();
        jdbc.sql("""
                        select soc_code, employment from ref_wage where occupation_group in ('detailed', 'broad') and employment is not null
                        and release_id = (select id from ref_release where dataset = 'bls-oews-wages' and current)""")
                .query((rs, n) -> {
                    builder.employment(rs.getString(1), rs.getLong(2));
                    return null;
                }).list();
        add(builder, "select soc_code, title from ref_soc_title where release_id = (select id from ref_release where dataset = 'soc-titles' and current)", OFFICIAL_TITLE);
        jdbc.sql("select soc_code, title from ref_onet_occupation where release_id = (select id from ref_release where dataset = 'onet-occupations' and current)")
                .query((rs, n) -> {
                    builder.occupation(rs.getString(1), rs.getString(2));
                    builder.title(rs.getString(1), rs.getString(2), OFFICIAL_TITLE);
                    return null;
                }).list();
        add(builder, "select soc_code, title from ref_onet_title where release_id = (select id from ref_release where dataset = 'onet-reported-titles' and current)", REPORTED_TITLE);
        add(builder, """
                select soc_code, title from ref_onet_title where release_id = (select id from ref_release where dataset = 'onet-alternate-titles' and current)
                union all
                select soc_code, short_title from ref_onet_title where short_title is not null
                   and release_id = (select id from ref_release where dataset = 'onet-alternate-titles' and current)""", ALTERNATE_TITLE);
        jdbc.sql("select soc_code, title, sample_titles from ref_projection where release_id = (select id from ref_release where dataset = 'bls-projections' and current)")
                .query((rs, n) -> {
                    builder.title(rs.getString(1), rs.getString(2), SAMPLE_TITLE);
                    String samples = rs.getString(3);
                    if (samples != null) {
                        for (String sample : samples.split(";")) {
                            builder.title(rs.getString(1), sample.replace('¿', ' ').trim(), SAMPLE_TITLE);
                        }
                    }
                    return null;
                }).list();
        return builder.build();
    }

    private void add(Index.Builder builder, String sql, float weight) {
        jdbc.sql(sql).query((rs, n) -> {
            builder.title(rs.getString(1), rs.getString(2), weight);
            return null;
        }).list();
    }

    /** An inverted index from words to titles; immutable once built. */
    static final class Index {
        private final String[] occupations;
        private final String[] occupationTitles;
        private final int[] titleOccupation;
        private final float[] titleWeight;
        private final float[] titleNorm;
        private final int[][] postings;
        private final float[] idf;
        private final Map<String, Integer> vocabulary;
        private final float[] prior;

        private Index(String[] occupations, String[] occupationTitles, int[] titleOccupation, float[] titleWeight,
                      float[] titleNorm, int[][] postings, float[] idf, Map<String, Integer> vocabulary, float[] prior) {
            this.prior = prior;
            this.occupations = occupations;
            this.occupationTitles = occupationTitles;
            this.titleOccupation = titleOccupation;
            this.titleWeight = titleWeight;
            this.titleNorm = titleNorm;
            this.postings = postings;
            this.idf = idf;
            this.vocabulary = vocabulary;
        }

        List<Suggestion> suggest(Map<String, Float> words, int limit) {
            float queryNorm = 0;
            float[] scores = new float[titleOccupation.length];
            int[] touched = new int[titleOccupation.length];
            int touchedCount = 0;
            float given = 0;
            float known = 0;
            for (Map.Entry<String, Float> word : words.entrySet()) {
                Integer id = vocabulary.get(word.getKey());
                given += word.getValue();
                if (id == null) {
                    continue; // a word no official title uses (a place, a brand) says nothing about the job
                }
                known += word.getValue();
                float weight = idf[id] * idf[id] * word.getValue();
                queryNorm += weight * word.getValue();
                for (int title : postings[id]) {
                    if (scores[title] == 0) {
                        touched[touchedCount++] = title;
                    }
                    scores[title] += weight;
                }
            }
            if (touchedCount == 0) {
                return List.of();
            }
            float norm = (float) Math.sqrt(queryNorm);
            float[] best = new float[occupations.length];
            for (int i = 0; i < touchedCount; i++) {
                int title = touched[i];
                float cosine = scores[title] / (norm * titleNorm[title]) * titleWeight[title];
                int occupation = titleOccupation[title];
                if (cosine > best[occupation]) {
                    best[occupation] = cosine;
                }
            }
            List<Integer> ranked = new ArrayList<>();
            for (int i = 0; i < best.length; i++) {
                if (best[i] > 0) {
                    ranked.add(i);
                }
            }
            // Many occupations share a title ("Maintenance Technician", "Production Worker"); among equal matches
            // the one that employs more people is the likelier meaning of a posting.
            float[] rank = new float[best.length];
            for (int i : ranked) {
                rank[i] = best[i] * (1 + EMPLOYMENT_PRIOR * prior[i]);
            }
            ranked.sort(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparing(i -> occupations[i]));
            List<Suggestion> suggestions = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
                int occupation = ranked.get(i);
                suggestions.add(new Suggestion(occupations[occupation], occupationTitles[occupation],
                        Math.round(Math.min(1.0, best[occupation]) * 1000) / 1000.0, given == 0 ? 0 : Math.round(known / given * 100) / 100.0));
            }
            return suggestions;
        }

        static final class Builder {
            private final Map<String, Integer> occupationIds = new LinkedHashMap<>();
            private final Map<String, String> occupationTitles = new HashMap<>();
            private final Map<String, Integer> vocabulary = new HashMap<>();
            private final Map<String, Integer> seen = new HashMap<>();
            private final List<int[]> titleWords = new ArrayList<>();
            private final List<Integer> titleOccupation = new ArrayList<>();
            private final List<Float> titleWeight = new ArrayList<>();

            private final java.util.Set<String> detailed = new java.util.HashSet<>();
            private final Map<String, Long> employment = new HashMap<>();

            /** National employment of an occupation (OEWS), the tie-breaker between equal matches. */
            void employment(String soc, long people) {
                employment.merge(soc, people, Math::max);
            }

            /** An occupation of the SOC; once any is known, titles of codes outside the SOC (BLS groups) are left out. */
            void occupation(String soc, String title) {
                occupationTitles.putIfAbsent(soc, title);
                detailed.add(soc);
            }

            void title(String soc, String title, float weight) {
                if (soc == null || title == null || title.isBlank() || !detailed.isEmpty() && !detailed.contains(soc)) {
                    return;
                }
                List<String> words = TitleWords.of(title);
                if (words.isEmpty()) {
                    return;
                }
                int occupation = occupationIds.computeIfAbsent(soc, s -> occupationIds.size());
                occupationTitles.putIfAbsent(soc, title);
                String key = occupation + ":" + String.join(" ", words.stream().sorted().toList());
                Integer existing = seen.get(key);
                if (existing != null) {
                    titleWeight.set(existing, Math.max(titleWeight.get(existing), weight));
                    return;
                }
                int[] ids = words.stream().mapToInt(w -> vocabulary.computeIfAbsent(w, x -> vocabulary.size())).toArray();
                seen.put(key, titleWords.size());
                titleWords.add(ids);
                titleOccupation.add(occupation);
                titleWeight.add(weight);
            }

            Index build() {
                int titles = titleWords.size();
                int[] documentFrequency = new int[vocabulary.size()];
                for (int[] ids : titleWords) {
                    for (int id : ids) {
                        documentFrequency[id]++;
                    }
                }
                float[] idf = new float[vocabulary.size()];
                int[][] postings = new int[vocabulary.size()][];
                int[] fill = new int[vocabulary.size()];
                for (int id = 0; id < idf.length; id++) {
                    idf[id] = (float) Math.log(1.0 + (double) titles / documentFrequency[id]);
                    postings[id] = new int[documentFrequency[id]];
                }
                float[] norms = new float[titles];
                int[] occupationOf = new int[titles];
                float[] weights = new float[titles];
                for (int t = 0; t < titles; t++) {
                    float sum = 0;
                    for (int id : titleWords.get(t)) {
                        sum += idf[id] * idf[id];
                        postings[id][fill[id]++] = t;
                    }
                    norms[t] = (float) Math.sqrt(sum);
                    occupationOf[t] = titleOccupation.get(t);
                    weights[t] = titleWeight.get(t);
                }
                String[] codes = occupationIds.keySet().toArray(String[]::new);
                String[] names = Arrays.stream(codes).map(occupationTitles::get).toArray(String[]::new);
                float[] prior = new float[codes.length];
                for (int i = 0; i < codes.length; i++) {
                    // OEWS publishes some occupations only within their broad group (51-2092 within 51-2090)
                    Long people = employment.getOrDefault(codes[i], employment.get(codes[i].substring(0, 6) + "0"));
                    // 0 for an occupation of ten people, 1 for one of ten million
                    prior[i] = people == null || people < 10 ? 0 : (float) Math.min(1.0, (Math.log10(people) - 1) / 6);
                }
                return new Index(codes, names, occupationOf, weights, norms, postings, idf, Map.copyOf(vocabulary), prior);
            }
        }
    }
}
