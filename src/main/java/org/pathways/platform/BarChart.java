package org.pathways.platform;

import java.util.List;

/**
 * A bar chart as {@code static/js/pathways.js} draws it from a canvas's {@code data-chart-json}: the groups along the axis
 * and one series of values per colour. A null value is a figure withheld or not measured, drawn as a gap, never a zero;
 * the table beside every chart has the same figures.
 */
public record BarChart(List<String> labels, List<Series> series) {

    public record Series(String label, List<? extends Number> values) {
    }
}
