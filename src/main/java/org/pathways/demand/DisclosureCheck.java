package org.pathways.demand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Looks over every figure a roll-up shows members and partners for a way to work out one employer's answer from
 * them: a figure of one employer; two totals of the same answers whose employers differ by one (the difference is
 * that employer's number); or an occupation's openings in all periods shown beside all its periods but one (the
 * missing period follows by subtraction). The confidentiality rule looks at one figure at a time; this looks at pairs.
 */
public final class DisclosureCheck {

    private static final Pattern PERIOD = Pattern.compile("openings (\\S+) (\\d+)");

    private DisclosureCheck() {
    }

    /** What can be worked out from the figures shown, one line each; empty when nothing can. */
    public static List<String> isolatable(List<DemandRollUp.Figure> figures) {
        List<String> found = new ArrayList<>();
        Map<String, List<Set<Long>>> byMeasure = new TreeMap<>();
        for (DemandRollUp.Figure figure : figures) {
            if (!figure.shown()) {
                continue;
            }
            if (figure.employers().size() == 1) {
                found.add(figure.measure() + " is one employer's figure");
            }
            byMeasure.computeIfAbsent(figure.measure(), k -> new ArrayList<>()).add(figure.employers());
        }
        byMeasure.forEach((measure, sets) -> {
            for (int i = 0; i < sets.size(); i++) {
                for (int j = 0; j < sets.size(); j++) {
                    if (i != j && sets.get(i).containsAll(sets.get(j)) && sets.get(i).size() == sets.get(j).size() + 1) {
                        Set<Long> extra = new HashSet<>(sets.get(i));
                        extra.removeAll(sets.get(j));
                        found.add(measure + ": two totals differ by employer " + extra.iterator().next());
                    }
                }
            }
        });
        // openings in all periods, less the periods shown, is the sum of the periods withheld: shown beside any withheld period, it reveals it
        for (DemandRollUp.Figure total : figures) {
            if (total.shown() && total.measure().endsWith(" all periods")) {
                String soc = total.measure().split(" ")[1];
                figures.stream().filter(f -> !f.shown() && PERIOD.matcher(f.measure()).matches() && f.measure().startsWith("openings " + soc + " "))
                        .forEach(f -> found.add(total.measure() + " is shown beside the withheld " + f.measure()));
            }
        }
        return found;
    }
}
