package org.pathways.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pickers: NAICS industries, SOC occupations and counties by code prefix or by the words of their
 * names. A code prefix lists the codes under it in order. Words match the start of a name's words ("tech"
 * finds "Technicians"); exact names come first, then names with the words whole ("nurse" before
 * "nursery"), then SOC occupations found only through BLS's direct-match titles; among equals, SOC
 * occupations that employ more people, NAICS levels from general to specific, and counties by population.
 *
 * <p>The lists are small (a few thousand entries each), so each release is held in memory once asked for
 * and searched there: a type-ahead answers in well under a millisecond and never waits on the database.
 */
@Service
public class ReferenceSearch {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_QUERY = 100;

    private final JdbcClient jdbc;
    private final ReleaseWatch releaseWatch;
    private final Map<String, Object> lists = new ConcurrentHashMap<>();
    private volatile String listedReleases = "";

    ReferenceSearch(JdbcClient jdbc, ReleaseWatch releaseWatch) {
        this.jdbc = jdbc;
        this.releaseWatch = releaseWatch;
    }

    /** A NAICS or SOC code with its title and its level in the hierarchy. */
    public record CodeMatch(String code, String title, String level, String parentCode) {
    }

    /** A county with its state and, when it is in one, its metropolitan or micropolitan area. */
    public record CountyMatch(String code, String title, String name, String state, String stateName, String cbsaCode,
                              String cbsaTitle) {
    }

    private record Entry(CodeMatch match, String[] words, List<String[]> otherTitles, int levelOrder, long size) {
    }

    private record County(CountyMatch match, String[] words, String state, long population) {
    }

    /** The current NAICS code, if it exists. */
    public java.util.Optional<CodeMatch> naicsCode(String code) {
        Long release = releaseWatch.current("naics");
        if (release == null || code == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(byCode("naics-codes:" + release, () -> cached("naics:" + release, () -> loadNaics(release))
                .stream().map(Entry::match).toList(), CodeMatch::code).get(code));
    }

    /** The current SOC code, if it exists. */
    public java.util.Optional<CodeMatch> socCode(String code) {
        Long release = releaseWatch.current("soc");
        if (release == null || code == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(byCode("soc-codes:" + release, () -> cached("soc:" + release, () -> loadSoc(release))
                .stream().map(Entry::match).toList(), CodeMatch::code).get(code));
    }

    /** A county of the current release with its state and metro area, if it exists. */
    public java.util.Optional<CountyMatch> county(String fips) {
        Long release = releaseWatch.current("counties");
        if (release == null || fips == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(byCode("county-codes:" + release, () -> cached("counties:" + release,
                () -> loadCounties(release)).stream().map(County::match).toList(), CountyMatch::code).get(fips));
    }

    public List<CodeMatch> naics(String query, String vintage, int limit) {
        Long release = vintage == null || vintage.isBlank() ? releaseWatch.current("naics") : releaseOf("naics", vintage.strip());
        if (release == null) {
            return List.of();
        }
        List<Entry> entries = cached("naics:" + release, () -> loadNaics(release));
        String q = clean(query);
        if (q.isEmpty()) {
            return entries.stream().filter(e -> e.levelOrder() == 2).map(Entry::match).toList();
        }
        if (q.matches("[0-9][0-9 -]*")) {
            String prefix = q.replace(" ", "");
            return entries.stream().filter(e -> e.match().code().startsWith(prefix))
                    .sorted(Comparator.comparing((Entry e) -> e.match().code())).limit(limit(limit)).map(Entry::match).toList();
        }
        return byWords(entries, q, words(q), limit, Comparator.comparingInt(Entry::levelOrder));
    }

    /** Occupations and groups matching the words or the code typed, at one level or (null) at all four. */
    public List<CodeMatch> soc(String query, SocLevel level, int limit) {
        Long release = releaseWatch.current("soc");
        if (release == null) {
            return List.of();
        }
        List<Entry> all = cached("soc:" + release, () -> loadSoc(release));
        List<Entry> entries = level == null ? all : all.stream().filter(e -> e.match().level().equals(level.code())).toList();
        String q = clean(query);
        if (q.isEmpty()) {
            String shown = (level == null ? SocLevel.MAJOR : level).code();
            return entries.stream().filter(e -> e.match().level().equals(shown)).limit(limit(limit)).map(Entry::match).toList();
        }
        String prefix = socPrefix(q);
        if (prefix != null) {
            return entries.stream().filter(e -> e.match().code().startsWith(prefix)).limit(limit(limit)).map(Entry::match).toList();
        }
        // occupations before groups, then the occupations that employ the most people
        String detailed = SocLevel.DETAILED.code();
        return byWords(entries, q, words(q), limit, Comparator.comparingInt((Entry e) -> e.match().level().equals(detailed) ? 0 : 1)
                .thenComparing(Comparator.comparingLong(Entry::size).reversed()));
    }

    public List<CountyMatch> counties(String query, int limit) {
        Long release = releaseWatch.current("counties");
        String q = clean(query);
        if (release == null || q.isEmpty()) {
            return List.of();
        }
        List<County> counties = cached("counties:" + release, () -> loadCounties(release));
        if (q.matches("\\d{1,5}")) {
            return counties.stream().filter(c -> c.match().code().startsWith(q))
                    .sorted(Comparator.comparing((County c) -> c.match().code())).limit(limit(limit)).map(County::match).toList();
        }
        List<String> words = words(q);
        String lower = fold(q);
        return counties.stream()
                .filter(c -> words.stream().allMatch(w -> c.state() != null && c.state().equalsIgnoreCase(w) || startsAWord(c.words(), w)))
                .sorted(Comparator.comparing((County c) -> !fold(c.match().name()).startsWith(lower))
                        .thenComparing(Comparator.comparingLong(County::population).reversed())
                        .thenComparing(c -> c.match().code()))
                .limit(limit(limit)).map(County::match).toList();
    }

    /**
     * The counties a person's words can mean ("Franklin County, OH", "franklin oh", "39049"), at most two: one is the
     * answer, two say it is ambiguous, none that no county has that name. {@code state} narrows a name without one.
     */
    public List<CountyMatch> countiesNamed(String typed, String state) {
        String county = typed == null ? "" : typed.strip();
        if (county.matches("\\d{5}")) {
            return county(county).map(List::of).orElse(List.of());
        }
        String query = county.replaceAll("(?i)\\bcounty\\b", " ").replace(',', ' ')
                + (state == null || county.matches("(?i).*\\b" + java.util.regex.Pattern.quote(state) + "\\b.*") ? "" : " " + state);
        List<CountyMatch> found = counties(query, 2);
        // "Franklin County, OH" is that county even where a longer name starts the same way
        return found.stream().filter(c -> fold(c.title()).equals(fold(county))).findFirst()
                .map(List::of).orElse(found);
    }

    /** Metropolitan and micropolitan areas (CBSAs) by name or code, the most populous first. */
    public List<CodeMatch> metros(String query, int limit) {
        Long release = releaseWatch.current("counties");
        String q = clean(query);
        if (release == null || q.isEmpty()) {
            return List.of();
        }
        List<County> counties = cached("counties:" + release, () -> loadCounties(release));
        java.util.Map<String, long[]> population = new java.util.HashMap<>();
        java.util.Map<String, String> titles = new java.util.TreeMap<>();
        for (County county : counties) {
            if (county.match().cbsaCode() != null) {
                titles.put(county.match().cbsaCode(), county.match().cbsaTitle());
                population.computeIfAbsent(county.match().cbsaCode(), k -> new long[1])[0] += county.population();
            }
        }
        List<String> words = words(q);
        String lower = fold(q);
        return titles.entrySet().stream()
                .filter(e -> q.matches("\\d{1,5}") ? e.getKey().startsWith(q) : words.stream().allMatch(w -> startsAWord(wordsOf(e.getValue()), w)))
                .sorted(Comparator.comparing((java.util.Map.Entry<String, String> e) -> !fold(e.getValue()).startsWith(lower))
                        .thenComparing(e -> -population.get(e.getKey())[0]).thenComparing(java.util.Map.Entry::getKey))
                .limit(limit(limit)).map(e -> new CodeMatch(e.getKey(), e.getValue(), "cbsa", null)).toList();
    }

    /** The metro a person's words name: its code, or a title that only one metro starts with; else up to two candidates. */
    public List<CodeMatch> metrosNamed(String typed) {
        String metro = typed == null ? "" : typed.strip();
        List<CodeMatch> found = metros(metro, 2);
        return found.stream().filter(m -> m.code().equals(metro) || fold(m.title()).equals(fold(metro))).findFirst().map(List::of).orElse(found);
    }

    private static List<CodeMatch> byWords(List<Entry> entries, String q, List<String> words, int limit, Comparator<Entry> among) {
        if (words.isEmpty()) {
            return List.of();
        }
        String exact = fold(q);
        record Scored(Entry entry, int rank) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            int rank;
            if (String.join(" ", entry.words()).equals(String.join(" ", words))) {
                rank = 0;
            } else if (words.stream().allMatch(w -> isAWord(entry.words(), w))) {
                rank = 1;
            } else if (words.stream().allMatch(w -> startsAWord(entry.words(), w))) {
                rank = 2;
            } else if (entry.otherTitles().stream().anyMatch(t -> words.stream().allMatch(w -> startsAWord(t, w)))) {
                rank = 3;
            } else {
                continue;
            }
            found.add(new Scored(entry, rank));
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::rank)
                        .thenComparing(Scored::entry, among)
                        .thenComparingInt(s -> s.entry().match().title().length())
                        .thenComparing(s -> s.entry().match().code()))
                .limit(limit(limit)).map(s -> s.entry().match()).toList();
    }

    /** A whole word, or its plural ("nurse" is in "Registered Nurses", not in "Nursery"). */
    private static boolean isAWord(String[] words, String word) {
        for (String w : words) {
            if (w.equals(word) || w.equals(word + "s") || w.equals(word + "es")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAWord(String[] words, String word) {
        for (String w : words) {
            if (w.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, java.util.function.Supplier<List<T>> load) {
        String releases = releaseWatch.signature();
        if (!releases.equals(listedReleases)) {
            lists.clear();
            listedReleases = releases;
        }
        return (List<T>) lists.computeIfAbsent(key, k -> load.get());
    }

    /**
     * A code → entry map of a cached list, for the lookups other modules make row by row. Built outside the
     * cache's own computation: the list it is built from is itself a cache entry.
     */
    @SuppressWarnings("unchecked")
    private <T> Map<String, T> byCode(String key, java.util.function.Supplier<List<T>> entries, java.util.function.Function<T, String> code) {
        cached("", List::of); // clears the cache first if the releases changed
        Object known = lists.get(key);
        if (known != null) {
            return ((List<Map<String, T>>) known).get(0);
        }
        Map<String, T> map = new HashMap<>();
        for (T entry : entries.get()) {
            map.put(code.apply(entry), entry);
        }
        lists.putIfAbsent(key, List.of(map));
        return map;
    }

    private Long releaseOf(String dataset, String vintage) {
        return jdbc.sql("select id from ref_release where dataset = ? and vintage = ?").params(dataset, vintage)
                .query(Long.class).optional().orElse(null);
    }

    private List<Entry> loadNaics(long release) {
        return jdbc.sql("select code, title, level, parent_code from ref_naics where release_id = ? order by seq nulls last, code")
                .param(release)
                .query((rs, n) -> new Entry(new CodeMatch(rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3)), rs.getString(4)),
                        wordsOf(rs.getString(2)), List.of(), rs.getInt(3), 0))
                .list();
    }

    private List<Entry> loadSoc(long release) {
        Map<String, List<String[]>> directMatch = new HashMap<>();
        Long titles = releaseWatch.current("soc-titles");
        if (titles != null) {
            jdbc.sql("select soc_code, title from ref_soc_title where release_id = ?").param(titles).query((rs, n) -> {
                directMatch.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(wordsOf(rs.getString(2)));
                return null;
            }).list();
        }
        Map<String, Long> employment = new HashMap<>();
        Long wages = releaseWatch.current("bls-oews-wages");
        if (wages != null) {
            jdbc.sql("select soc_code, max(employment) from ref_wage where release_id = ? and employment is not null group by soc_code")
                    .param(wages).query((rs, n) -> employment.put(rs.getString(1), rs.getLong(2))).list();
        }
        return jdbc.sql("select code, title, soc_group, major_code from ref_soc where release_id = ? order by code").param(release)
                .query((rs, n) -> {
                    String code = rs.getString(1);
                    String group = rs.getString(3);
                    long people = employment.getOrDefault(code, employment.getOrDefault(code.substring(0, 6) + "0", 0L));
                    return new Entry(new CodeMatch(code, rs.getString(2), group, group.equals("major") ? null : rs.getString(4)),
                            wordsOf(rs.getString(2)), directMatch.getOrDefault(code, List.of()), 0, people);
                })
                .list();
    }

    private List<County> loadCounties(long release) {
        Long states = releaseWatch.current("states");
        Long areas = releaseWatch.current("cbsa-delineation");
        return jdbc.sql("""
                        select c.fips, c.name, c.state_name, c.population, st.abbreviation, cb.cbsa_code, cb.cbsa_title
                        from ref_county c
                        left join ref_state st on st.release_id = ? and st.fips = c.state_fips
                        left join ref_cbsa_county cb on cb.release_id = ? and cb.county_fips = c.fips
                        where c.release_id = ? order by c.fips""")
                .params(states == null ? -1 : states, areas == null ? -1 : areas, release)
                .query((rs, n) -> {
                    String name = rs.getString("name");
                    String stateName = rs.getString("state_name");
                    String state = rs.getString("abbreviation");
                    long population = rs.getLong("population");
                    return new County(new CountyMatch(rs.getString("fips"), name + ", " + (state != null ? state : stateName), name,
                            state, stateName, rs.getString("cbsa_code"), rs.getString("cbsa_title")),
                            wordsOf(name + " " + stateName), state, population);
                })
                .list();
    }

    /** "29-11", "2911" and "291141" are all the start of a SOC code. */
    static String socPrefix(String q) {
        String compact = q.replace(" ", "");
        if (!compact.matches("\\d{2}(-?\\d{0,4})")) {
            return null;
        }
        String digits = compact.replace("-", "");
        return digits.length() <= 2 ? digits : digits.substring(0, 2) + "-" + digits.substring(2);
    }

    /** The first words of a query: lower case without accents ("Doña" is found by "dona"), letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && words.size() < 8) {
                words.add(word);
            }
        }
        return words;
    }

    private static String[] wordsOf(String title) {
        return java.util.Arrays.stream(fold(title).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String clean(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip();
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    private static int limit(int requested) {
        return requested <= 0 ? DEFAULT_LIMIT : Math.min(requested, MAX_LIMIT);
    }
}
