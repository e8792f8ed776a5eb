package org.pathways.demand.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.demand.DemandRollUp;
import org.pathways.demand.DemandSurveys;
import org.pathways.demand.SurveyFiles;
import org.pathways.platform.BarChart;
import org.pathways.platform.Uploads;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.Permissions.CollaborativeManagers;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.pathways.platform.FormErrors;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A collaborative's demand surveys: building one, inviting members, tracking who answered, reminding, closing,
 * importing and exporting answers (the managing organization); the roll-up (everyone the collaborative shares it with).
 */
@Controller
@SignedIn
class SurveyPages {

    private final DemandSurveys surveys;
    private final DemandRollUp rollUp;
    private final SurveyFiles files;
    private final Collaboratives collaboratives;
    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    SurveyPages(DemandSurveys surveys, DemandRollUp rollUp, SurveyFiles files, Collaboratives collaboratives, MessageSource messages,
                tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.surveys = surveys;
        this.rollUp = rollUp;
        this.files = files;
        this.collaboratives = collaboratives;
        this.messages = messages;
    }

    /**
     * The page's shape of {@link DemandSurveys.SurveyInput}: the periods as rows of two lists (label, months). It holds
     * no rules; the input record's limits and the service's rules are checked when it is created (decision 0007).
     */
    record SurveyForm(String title, String intro,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, List<String> periodLabels, List<Integer> periodMonths,
                      List<String> socCodes) {

        DemandSurveys.SurveyInput input() {
            List<DemandSurveys.Period> periods = new ArrayList<>();
            List<String> labels = periodLabels == null ? List.of() : periodLabels;
            for (int i = 0; i < labels.size(); i++) {
                Integer months = periodMonths != null && i < periodMonths.size() ? periodMonths.get(i) : null;
                if (labels.get(i) != null && !labels.get(i).isBlank()) {
                    periods.add(new DemandSurveys.Period(i + 1, labels.get(i), months == null ? 0 : months));
                }
            }
            return new DemandSurveys.SurveyInput(title, intro, closesOn, periods, socCodes);
        }
    }

    @GetMapping("/collaboratives/{collaborativeId}/surveys")
    String list(@PathVariable long collaborativeId, Model model) {
        model.addAttribute("collaborative", collaboratives.get(collaborativeId));
        model.addAttribute("surveys", surveys.of(collaborativeId));
        return "demand/surveys";
    }

    @CollaborativeManagers
    @GetMapping("/collaboratives/{collaborativeId}/surveys/new")
    String newSurvey(@PathVariable long collaborativeId, Model model) {
        Collaboratives.CollaborativeView collaborative = collaboratives.managed(collaborativeId);
        List<String> shared = collaboratives.sharedCriticalJobs(collaborativeId).stream().map(Collaboratives.SharedJob::socCode).toList();
        // the year as text: a number would be written "2,026"
        String year = Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
        model.addAttribute("form", new SurveyForm(messages.getMessage("survey.defaultTitle", new Object[] {year}, LocaleContextHolder.getLocale()),
                "", LocalDate.now(ZoneOffset.UTC).plusWeeks(3), List.of(text("survey.defaultPeriod1"), text("survey.defaultPeriod2"), "", "", "", ""),
                List.of(12, 24, 12, 12, 12, 12), shared));
        return form(collaborative, model);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String employerOf(long surveyId, long invitationId) {
        return surveys.invitations(surveyId).stream().filter(i -> i.id() == invitationId).map(DemandSurveys.InvitationView::employerName)
                .findFirst().orElse("");
    }

    @CollaborativeManagers
    @PostMapping("/collaboratives/{collaborativeId}/surveys")
    String create(@PathVariable long collaborativeId, @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Collaboratives.CollaborativeView collaborative = collaboratives.managed(collaborativeId);
        if (!errors.hasErrors()) {
            try {
                DemandSurveys.SurveyView created = surveys.create(collaborativeId, form.input());
                redirect.addFlashAttribute("saved", "survey.created");
                return "redirect:/surveys/" + created.id();
            } catch (InvalidInput invalid) {
                // the service speaks of periods; the form holds them as two lists of labels and lengths
                invalid.problems().forEach(p -> errors.rejectValue("periods".equals(p.field()) ? "periodLabels" : p.field(), p.messageKey(),
                        p.arguments(), p.messageKey()));
            }
        }
        if (form == null || errors.getTarget() == null) {
            // a value that could not be read (a date that is not one) leaves no form: the page needs one to list the periods
            FormErrors.showInstead(model, errors, new SurveyForm("", "", null, List.of("", ""), List.of(12, 24), List.of()));
        }
        return form(collaborative, model);
    }

    private String form(Collaboratives.CollaborativeView collaborative, Model model) {
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("sharedJobs", collaboratives.sharedCriticalJobs(collaborative.id()));
        return "demand/survey-form";
    }

    @GetMapping("/surveys/{surveyId}")
    String detail(@PathVariable long surveyId, Model model) {
        DemandSurveys.SurveyView survey = surveys.get(surveyId);
        model.addAttribute("survey", survey);
        DemandRollUp.RollUp roll = rollUp.of(surveyId);
        model.addAttribute("rollUp", roll);
        model.addAttribute("chart", json.writeValueAsString(chart(survey, roll)));
        if (survey.managed()) {
            model.addAttribute("invitations", surveys.invitations(surveyId));
        }
        return "demand/survey";
    }


    /** Openings per occupation (the groups) and period (the series); a withheld figure is a gap, not a zero. */
    private static BarChart chart(DemandSurveys.SurveyView survey, DemandRollUp.RollUp roll) {
        List<String> socs = roll.cells().stream().map(DemandRollUp.Cell::socCode).distinct().toList();
        List<String> labels = socs.stream().map(soc -> roll.cells().stream().filter(c -> c.socCode().equals(soc)).findFirst()
                .map(DemandRollUp.Cell::socTitle).orElse(soc)).toList();
        List<BarChart.Series> series = survey.periods().stream().map(period -> new BarChart.Series(period.label(), socs.stream()
                .map(soc -> roll.cells().stream().filter(c -> c.socCode().equals(soc) && c.period() == period.number()).findFirst()
                        .map(DemandRollUp.Cell::openings).orElse(null))
                .toList())).toList();
        return new BarChart(labels, series);
    }

    @CollaborativeManagers
    @PostMapping("/surveys/{surveyId}/open")
    String open(@PathVariable long surveyId, RedirectAttributes redirect) {
        int invited = surveys.open(surveyId);
        redirect.addFlashAttribute("savedText", messages.getMessage("survey.invited", new Object[] {invited}, LocaleContextHolder.getLocale()));
        return "redirect:/surveys/" + surveyId;
    }

    @CollaborativeManagers
    @PostMapping("/surveys/{surveyId}/remind")
    String remind(@PathVariable long surveyId, RedirectAttributes redirect) {
        int reminded = surveys.remind(surveyId);
        redirect.addFlashAttribute("savedText", messages.getMessage("survey.reminded", new Object[] {reminded}, LocaleContextHolder.getLocale()));
        return "redirect:/surveys/" + surveyId;
    }

    @CollaborativeManagers
    @PostMapping("/surveys/{surveyId}/close")
    String close(@PathVariable long surveyId, RedirectAttributes redirect) {
        surveys.close(surveyId);
        redirect.addFlashAttribute("saved", "survey.closedNow");
        return "redirect:/surveys/" + surveyId;
    }

    @CollaborativeManagers
    @PostMapping("/invitations/{invitationId}/revoke")
    String revoke(@PathVariable long invitationId, RedirectAttributes redirect) {
        long surveyId = surveys.revoke(invitationId);
        redirect.addFlashAttribute("savedText", text("survey.linkRevokedFor", employerOf(surveyId, invitationId)));
        return "redirect:/surveys/" + surveyId + "#invitations";
    }

    @CollaborativeManagers
    @PostMapping("/invitations/{invitationId}/renew")
    String renew(@PathVariable long invitationId, RedirectAttributes redirect) {
        long surveyId = surveys.renew(invitationId);
        redirect.addFlashAttribute("savedText", text("survey.linkRenewedFor", employerOf(surveyId, invitationId)));
        return "redirect:/surveys/" + surveyId + "#invitations";
    }

    @CollaborativeManagers
    @GetMapping("/surveys/{surveyId}/answers.csv")
    void export(@PathVariable long surveyId, HttpServletResponse response) throws IOException {
        surveys.managed(surveyId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + surveyId + "-answers.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (PrintWriter out = response.getWriter()) {
            files.export(surveyId, out);
        }
    }

    @org.springframework.web.bind.annotation.ModelAttribute("columns")
    String columns() {
        return SurveyFiles.COLUMN_LIST;
    }

    @CollaborativeManagers
    @GetMapping("/surveys/{surveyId}/import")
    String importForm(@PathVariable long surveyId, Model model) {
        model.addAttribute("survey", surveys.managed(surveyId));
        return "demand/import";
    }

    @CollaborativeManagers
    @PostMapping("/surveys/{surveyId}/import")
    String importFile(@PathVariable long surveyId, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("survey", surveys.managed(surveyId));
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "employerImport.noFile");
            return "demand/import";
        }
        model.addAttribute("report", Uploads.withSaved(List.of(file), saved -> files.importFile(surveyId, saved.get(0))));
        return "demand/import";
    }

    /** A survey that is closed or not open cannot be reminded or closed again: say so on its page instead of an error page. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Conflict.class)
    String conflict(Conflict conflict, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", conflict.messageKey());
        String path = request.getRequestURI();
        return "redirect:" + path.substring(0, path.lastIndexOf('/'));
    }
}
