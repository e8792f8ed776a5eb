package org.pathways.outcomes.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathways.outcomes.Kpis;
import org.pathways.platform.HomeSummary;
import org.pathways.platform.PathwaysUser;
import org.springframework.stereotype.Component;

/**
 * The top of a member's home page: the headline outcomes of their own work over the last twelve months (their OPSO's
 * referrals, their people as a provider, their own employer profiles, else the first collaborative they are part of), with
 * the funnel and retention charts and a way to the dashboard; a collaborative manager, a line for each of the first
 * collaboratives it is part of. Platform administrators keep the installation's summary.
 */
@Component
class OutcomeHomeSummary implements HomeSummary {

    static final int COLLABORATIVES_SHOWN = 5;

    private final Kpis kpis;
    private final DashboardParts parts;

    OutcomeHomeSummary(Kpis kpis, DashboardParts parts) {
        this.kpis = kpis;
        this.parts = parts;
    }

    @Override
    public Optional<Summary> summaryFor(PathwaysUser me) {
        if (!me.isMember() || me.isPlatformAdmin()) {
            return Optional.empty();
        }
        List<DashboardParts.Choice> choices = parts.choices();
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        DashboardParts.Choice first = choices.get(0);
        if (first.scope() == Kpis.Scope.COLLABORATIVE && me.managesCollaboratives()) {
            // a manager's work is its collaboratives: one line each, the first few, rather than the charts of one of them
            List<Kpis.KpiTable> tables = choices.stream().limit(COLLABORATIVES_SHOWN)
                    .map(c -> kpis.table(new Kpis.KpiQuery(c.scope(), c.id(), null, null, null))).toList();
            return Optional.of(new Summary("outcomes/home", "collaboratives", Map.of("tables", tables, "more",
                    choices.size() > COLLABORATIVES_SHOWN)));
        }
        Kpis.KpiTable table = kpis.table(new Kpis.KpiQuery(first.scope(), first.id(), null, null, null));
        Map<String, Object> model = new HashMap<>(parts.charts(table));
        model.put("table", table);
        return Optional.of(new Summary("outcomes/home", "summary", model));
    }
}
