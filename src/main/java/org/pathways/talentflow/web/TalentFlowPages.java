package org.pathways.talentflow.web;

import java.time.LocalDate;

import org.pathways.platform.Permissions.Members;
import org.pathways.shared.InvalidInput;
import org.pathways.talentflow.Hires;
import org.pathways.talentflow.TalentFlow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A collaborative's talent flow: where its members' hires came from, where they live, who stayed, each provider's capture rate. */
@Controller
@Members
class TalentFlowPages {

    private final TalentFlow flow;

    TalentFlowPages(TalentFlow flow) {
        this.flow = flow;
    }

    @GetMapping("/collaboratives/{collaborativeId}/talent-flow")
    String page(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) String soc, @RequestParam(required = false) Integer checkpointDays, Model model) {
        int checkpoint = checkpointDays == null || !Hires.CHECKPOINTS.contains(checkpointDays) ? 90 : checkpointDays;
        TalentFlow.Period period = new TalentFlow.Period(year, from, to, soc == null || soc.isBlank() ? null : soc.strip());
        try {
            TalentFlow.Flow computed = flow.of(collaborativeId, period, checkpoint);
            model.addAttribute("flow", computed);
            model.addAttribute("capture", flow.captureRates(collaborativeId, period, checkpoint));
            model.addAttribute("supply", flow.supplyAndDemand(computed));
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.messageKey());
            model.addAttribute("problemArguments", invalid.arguments());
            TalentFlow.Period fallback = new TalentFlow.Period(null, null, null, null);
            TalentFlow.Flow computed = flow.of(collaborativeId, fallback, checkpoint);
            model.addAttribute("flow", computed);
            model.addAttribute("capture", flow.captureRates(collaborativeId, fallback, checkpoint));
            model.addAttribute("supply", flow.supplyAndDemand(computed));
        }
        int thisYear = LocalDate.now().getYear();
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 5, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("checkpoints", Hires.CHECKPOINTS);
        model.addAttribute("checkpoint", checkpoint);
        return "talentflow/flow";
    }

    /** Where the hires live on a map of the counties, with where the members are and recruit, and the same figures as a table. */
    @GetMapping("/collaboratives/{collaborativeId}/talent-flow/map")
    String map(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
               @RequestParam(required = false) String soc, Model model) {
        TalentFlow.Period period = new TalentFlow.Period(year, from, to, soc == null || soc.isBlank() ? null : soc.strip());
        try {
            model.addAttribute("map", flow.map(collaborativeId, period));
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.messageKey());
            model.addAttribute("map", flow.map(collaborativeId, new TalentFlow.Period(null, null, null, null)));
        }
        return "talentflow/map";
    }
}
