package org.pathways.talentflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Census Bureau's county shapes (2017 cartographic boundaries, as us-atlas publishes them in TopoJSON; see
 * {@code geo/PROVENANCE.md}), drawn as SVG paths on the server: the counties of the states asked for, projected
 * equirectangularly with the longitude scaled at their middle latitude (close enough to equal-area across one or a few
 * states), fitted to a fixed width. The file is read once; the drawing of each set of states is kept, since it never changes.
 */
@Component
public class CountyShapes {

    static final int WIDTH = 640;
    private static final String FILE = "geo/us-counties-2017-10m.topojson.json";

    /** One county drawn: its FIPS code, its name in the file, and its outline as an SVG path in the map's frame. */
    public record Shape(String fips, String name, String path, double x, double y) {
    }

    /** The counties of some states, with the height of the frame they were fitted to (the width is {@link #WIDTH}). */
    public record Drawing(List<Shape> counties, int height) {
    }

    private record County(String fips, String name, List<List<double[]>> rings) {
    }

    private volatile Map<String, County> counties;
    private final Map<Set<String>, Drawing> drawings = new ConcurrentHashMap<>();

    /** The counties of these states (two-digit FIPS codes), drawn; no state known gives an empty drawing. */
    public Drawing states(Collection<String> stateCodes) {
        Set<String> states = new TreeSet<>(stateCodes);
        return drawings.computeIfAbsent(states, this::draw);
    }

    private Drawing draw(Set<String> states) {
        List<County> chosen = all().values().stream().filter(c -> states.contains(c.fips().substring(0, 2))).toList();
        if (chosen.isEmpty()) {
            return new Drawing(List.of(), 0);
        }
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (County county : chosen) {
            for (List<double[]> ring : county.rings()) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = (WIDTH - 8) / ((maxLon - minLon) * cos);
        int height = (int) Math.ceil((maxLat - minLat) * scale) + 8;
        List<Shape> shapes = new ArrayList<>();
        for (County county : chosen) {
            StringBuilder path = new StringBuilder();
            double sumX = 0;
            double sumY = 0;
            int points = 0;
            for (List<double[]> ring : county.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = 4 + (ring.get(i)[0] - minLon) * cos * scale;
                    double y = 4 + (maxLat - ring.get(i)[1]) * scale;
                    path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                    if (ring == county.rings().get(0)) {
                        sumX += x;
                        sumY += y;
                        points++;
                    }
                }
                path.append('Z');
            }
            // where a marker goes: the mean of the outer ring's points, inside any county shaped as counties are
            shapes.add(new Shape(county.fips(), county.name(), path.toString(), sumX / points, sumY / points));
        }
        shapes.sort(java.util.Comparator.comparing(Shape::fips));
        return new Drawing(List.copyOf(shapes), height);
    }

    /** Every county of the file, its rings decoded from the shared arcs (quantized, delta-encoded, as TopoJSON keeps them). */
    private Map<String, County> all() {
        Map<String, County> loaded = counties;
        if (loaded == null) {
            synchronized (this) {
                loaded = counties;
                if (loaded == null) {
                    counties = loaded = read();
                }
            }
        }
        return loaded;
    }

    private static Map<String, County> read() {
        JsonNode topology;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            topology = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the county shapes " + FILE + " could not be read", e);
        }
        double sx = topology.path("transform").path("scale").get(0).asDouble();
        double sy = topology.path("transform").path("scale").get(1).asDouble();
        double tx = topology.path("transform").path("translate").get(0).asDouble();
        double ty = topology.path("transform").path("translate").get(1).asDouble();
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> points = new ArrayList<>(arc.size());
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                points.add(new double[] {x * sx + tx, y * sy + ty});
            }
            arcs.add(points);
        }
        Map<String, County> counties = new HashMap<>();
        for (JsonNode geometry : topology.path("objects").path("counties").path("geometries")) {
            String fips = geometry.path("id").asText();
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asText())) {
                polygons.add(geometry.path("arcs"));
            } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
                geometry.path("arcs").forEach(polygons::add);
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    rings.add(ring(ring, arcs));
                }
            }
            if (fips.length() == 5 && !rings.isEmpty()) {
                counties.put(fips, new County(fips, geometry.path("properties").path("name").asText(fips), rings));
            }
        }
        return Map.copyOf(new LinkedHashMap<>(counties));
    }

    /** A ring from its arcs: a negative index ~i is arc i reversed; each arc after the first starts where the last ended. */
    private static List<double[]> ring(JsonNode indexes, List<List<double[]>> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            List<double[]> arc = arcs.get(i >= 0 ? i : ~i);
            if (i < 0) {
                arc = new ArrayList<>(arc);
                java.util.Collections.reverse(arc);
            }
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring;
    }
}
