package org.pathways.talentflow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped county shapes decode into every county of a state, each outline closed and inside the drawing's frame. */
class CountyShapesTests {

    private static final Pattern POINT = Pattern.compile("[ML](-?[0-9.]+),(-?[0-9.]+)");

    @Test
    void ohioIsItsEightyEightCountiesEachAClosedOutlineInsideTheFrame() {
        CountyShapes.Drawing ohio = new CountyShapes().states(List.of("39"));
        assertThat(ohio.counties()).hasSize(88);
        assertThat(ohio.counties()).extracting(CountyShapes.Shape::fips).contains("39049", "39089",
                "39041").allMatch(f -> f.startsWith("39"));
        assertThat(ohio.height()).as("Ohio is a little taller than wide at its latitude").isBetween(600, 760);
        for (CountyShapes.Shape county : ohio.counties()) {
            assertThat(county.path()).startsWith("M").endsWith("Z");
            Matcher point = POINT.matcher(county.path());
            int points = 0;
            while (point.find()) {
                points++;
                assertThat(Double.parseDouble(point.group(1))).isBetween(0.0, (double) CountyShapes.WIDTH);
                assertThat(Double.parseDouble(point.group(2))).isBetween(0.0, (double) ohio.height());
            }
            assertThat(points).as(county.name()).isGreaterThan(3);
            assertThat(county.x()).isBetween(0.0, (double) CountyShapes.WIDTH);
        }
        CountyShapes.Shape franklin = ohio.counties().stream().filter(c -> c.fips().equals("39049")).findFirst().orElseThrow();
        CountyShapes.Shape lucas = ohio.counties().stream().filter(c -> c.fips().equals("39095")).findFirst().orElseThrow();
        assertThat(lucas.y()).as("Toledo's county is north of Columbus's").isLessThan(franklin.y());
        assertThat(new CountyShapes().states(List.of("99")).counties()).isEmpty();
    }
}
