package org.pathways.reference;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The competencies of the current O*NET release, for hiring requirements: skills and knowledge areas (element ids such
 * as 2.A.1.a) and technology, by its commodity (43232104 "Word processing software"). The catalogue is small (about
 * 70 elements and a few hundred commodities), so it is held in memory per release and searched there; an
 * occupation's own elements, by O*NET's importance for it, are read when asked.
 */
@Service
public class Competencies {

    public enum Kind { SKILL, KNOWLEDGE, TECHNOLOGY }

    /** One O*NET element or technology commodity. */
    public record Competency(String elementId, String name, Kind kind) {
    }

    /** An element as O*NET rates it for one occupation: importance 1–5 and level 0–7 (null for technology). */
    public record Rated(Competency competency, BigDecimal importance, BigDecimal level) {
    }

    private static final Map<String, Kind> RATED = Map.of("onet-skills", Kind.SKILL, "onet-knowledge", Kind.KNOWLEDGE);

    private final JdbcClient jdbc;
    private final ReleaseWatch releases;
    private volatile String loadedFor = null;
    private volatile List<Competency> catalogue = List.of();

    Competencies(JdbcClient jdbc, ReleaseWatch releases) {
        this.jdbc = jdbc;
        this.releases = releases;
    }

    /** Every competency of the current releases, skills first, then knowledge, then technology, each by name. */
    public List<Competency> all() {
        String signature = releases.signature();
        if (!signature.equals(loadedFor)) {
            catalogue = load();
            loadedFor = signature;
        }
        return catalogue;
    }

    public Optional<Competency> byId(Kind kind, String elementId) {
        return elementId == null ? Optional.empty()
                : all().stream().filter(c -> c.kind() == kind && c.elementId().equals(elementId.strip())).findFirst();
    }

    /** The competency of this kind whose name is the one typed, in any case and with or without accents. */
    public Optional<Competency> named(Kind kind, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(name.strip());
        return all().stream().filter(c -> (kind == null || c.kind() == kind) && fold(c.name()).equals(wanted)).findFirst();
    }

    /**
     * Competencies whose name has words starting with the words typed; the occupation's own rated elements first, by
     * importance, then the others by name. Nothing typed lists the occupation's own.
     */
    public List<Competency> search(String query, String soc, int limit) {
        List<String> words = query == null ? List.of() : List.of(fold(query.strip()).split("[^\\p{L}\\p{N}+#]+")).stream()
                .filter(w -> !w.isBlank()).toList();
        Map<String, Competency> found = new LinkedHashMap<>();
        for (Rated own : soc == null ? List.<Rated>of() : rated(soc)) {
            if (matches(own.competency(), words)) {
                found.put(key(own.competency()), own.competency());
            }
        }
        if (!words.isEmpty()) {
            all().stream().filter(c -> matches(c, words)).forEach(c -> found.putIfAbsent(key(c), c));
        }
        return found.values().stream().limit(Math.max(1, Math.min(limit, 50))).toList();
    }

    /** The occupation's skills and knowledge by importance, most important first (the first O*NET code of the SOC). */
    public List<Rated> rated(String soc) {
        List<Rated> rated = new ArrayList<>();
        RATED.forEach((dataset, kind) -> jdbc.sql("""
                        select element_id, element_name, max(value) filter (where scale_id = 'IM') as importance,
                               max(value) filter (where scale_id = 'LV') as level
                        from ref_onet_rating t
                        where t.release_id = (select id from ref_release where dataset = ? and current)
                          and t.soc_code = ? and t.onet_code = (select min(onet_code) from ref_onet_rating where soc_code = ?
                              and release_id = (select id from ref_release where dataset = ? and current))
                        group by element_id, element_name""").params(dataset, soc, soc, dataset)
                .query((rs, n) -> rated.add(new Rated(new Competency(rs.getString(1), rs.getString(2), kind), rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))).list());
        rated.sort(Comparator.comparing((Rated r) -> r.importance() == null ? BigDecimal.ZERO : r.importance()).reversed()
                .thenComparing(r -> r.competency().name()));
        return rated;
    }

    private List<Competency> load() {
        List<Competency> loaded = new ArrayList<>();
        for (Map.Entry<String, Kind> dataset : List.of(Map.entry("onet-skills", Kind.SKILL), Map.entry("onet-knowledge", Kind.KNOWLEDGE))) {
            jdbc.sql("""
                            select distinct element_id, element_name from ref_onet_rating
                            where release_id = (select id from ref_release where dataset = ? and current) order by element_name""")
                    .param(dataset.getKey())
                    .query((rs, n) -> loaded.add(new Competency(rs.getString(1), rs.getString(2), dataset.getValue()))).list();
        }
        jdbc.sql("""
                        select distinct commodity_code, commodity_title from ref_onet_technology
                        where release_id = (select id from ref_release where dataset = 'onet-technology-skills' and current)
                          and commodity_code is not null and commodity_title is not null order by commodity_title""")
                .query((rs, n) -> loaded.add(new Competency(rs.getString(1), rs.getString(2), Kind.TECHNOLOGY))).list();
        return List.copyOf(loaded);
    }

    private static boolean matches(Competency competency, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> own = List.of(fold(competency.name()).split("[^\\p{L}\\p{N}+#]+"));
        return words.stream().allMatch(w -> own.stream().anyMatch(o -> o.startsWith(w)));
    }

    private static String key(Competency competency) {
        return competency.kind() + ":" + competency.elementId();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
