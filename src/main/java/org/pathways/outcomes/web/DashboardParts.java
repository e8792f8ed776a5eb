package org.pathways.outcomes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.outcomes.Kpis;
import org.pathways.outcomes.Kpis.Scope;
import org.pathways.outcomes.Targets;
import org.pathways.platform.BarChart;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.PathwaysUser;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the dashboard and the home page's summary share: the scopes a person may look at, and the charts of a KPI table. */
@Component
class DashboardParts {

    /**
     * The lines of a KPI table a page shows, those with the most hires (a statewide collaborative has 200 occupations: all of
     * them made a 300 KB page, 100 ms to render); the total counts every line, and the exports hold them all.
     */
    public static final int LINES_SHOWN = 25;

    /** A scope the person may open from the dashboard's chooser. */
    record Choice(Scope scope, long id, String name) {
    }

    private final Collaboratives collaboratives;
    private final Providers providers;
    private final Hires hires;
    private final Kpis kpis;
    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    DashboardParts(Collaboratives collaboratives, Providers providers, Hires hires, Kpis kpis, MessageSource messages,
                   tools.jackson.databind.json.JsonMapper json) {
        this.kpis = kpis;
        this.collaboratives = collaboratives;
        this.providers = providers;
        this.hires = hires;
        this.messages = messages;
        this.json = json;
    }

    /** A period offered in one click: the last whole quarter (a quarterly partnership report), the last calendar year. */
    record Preset(String labelKey, Object[] arguments, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** The presets a table's viewer may ask for: partners and members whole years only. */
    static List<Preset> presets(Kpis.KpiTable table, java.time.LocalDate today) {
        java.time.LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        java.time.LocalDate year = java.time.LocalDate.of(today.getYear() - 1, 1, 1);
        List<Preset> presets = new ArrayList<>();
        if (table.full()) {
            Object[] named = {String.valueOf(quarter.getYear()), (quarter.getMonthValue() + 2) / 3};
            presets.add(new Preset("outcomes.preset.quarter", named, quarter, quarter.plusMonths(3).minusDays(1)));
            presets.add(new Preset("outcomes.preset.twelveMonths", new Object[0], today.minusYears(1).plusDays(1), today));
        }
        presets.add(new Preset("outcomes.preset.year", new Object[] {String.valueOf(year.getYear())}, year, year.withDayOfYear(1)
                .plusYears(1).minusDays(1)));
        return presets;
    }

    /** The person's own work first (an OPSO's referrals, a provider's people, an employer's own profiles), then collaboratives. */
    List<Choice> choices() {
        PathwaysUser me = PathwaysUser.current();
        List<Choice> choices = new ArrayList<>();
        if (me.organizationType() == OrganizationType.OPSO) {
            choices.add(new Choice(Scope.OPSO, me.organizationId(), me.organizationName()));
        } else {
            providers.ofOrganization(me.organizationId()).ifPresent(p -> choices.add(new Choice(Scope.PROVIDER, p.id(), p.name())));
        }
        if (me.organizationType() == OrganizationType.EMPLOYER) {
            Map<Long, Hires.EmployerRef> own = new HashMap<>();
            hires.ownProfiles().forEach(e -> own.put(e.id(), e));
            kpis.mostHiresFirst(List.copyOf(own.keySet())).stream().map(own::get)
                    .forEach(e -> choices.add(new Choice(Scope.EMPLOYER, e.id(), e.name() + " · " + e.keptBy())));
        }
        collaboratives.list().forEach(c -> choices.add(new Choice(Scope.COLLABORATIVE, c.id(), c.name())));
        return choices;
    }

    /** The funnel and retention of a table's total as bar charts (none when the total is held back). */
    Map<String, Object> charts(Kpis.KpiTable table) {
        Map<String, Object> charts = new HashMap<>();
        Kpis.KpiRow total = table.total();
        if (total.withheld() != null) {
            return charts;
        }
        List<String> steps = List.of("referred", "applied", "interviewed", "offered", "hired").stream()
                .map(step -> text("outcomes.step." + step)).toList();
        charts.put("funnelChart", json.writeValueAsString(new BarChart(steps,
                List.of(new BarChart.Series(text("outcomes.chart.referrals"), total.funnel().steps())))));
        List<String> checkpoints = total.retention().stream().map(r -> text("outcomes.chart.days", r.days())).toList();
        List<Double> retained = total.retention().stream().map(r -> rounded(r.rate())).toList();
        charts.put("retentionChart", json.writeValueAsString(new BarChart(checkpoints,
                List.of(new BarChart.Series(text("outcomes.chart.retainedPercent"), retained)))));
        return charts;
    }

    String trendChart(Targets.TargetView target) {
        List<Double> values = target.trend().stream().map(p -> rounded(p.figure().value())).toList();
        return json.writeValueAsString(new BarChart(target.trend().stream().map(Targets.TrendPoint::quarter).toList(),
                List.of(new BarChart.Series(text("outcomes.chart.actual"), values))));
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
