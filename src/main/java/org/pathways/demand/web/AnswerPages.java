package org.pathways.demand.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.demand.DemandSurveys;
import org.pathways.demand.SurveyAnswers;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an employer answers a demand survey on, reached by its private link without an account. The link is
 * the only thing that says whose answers these are; nothing in the form can point at another employer.
 */
@Controller
@PublicEndpoint("an employer answers through the private link it was sent, without an account; the link is the credential and SurveyAnswers checks it")
class AnswerPages {

    private final SurveyAnswers answers;
    private final org.pathways.platform.Times times;

    AnswerPages(SurveyAnswers answers, org.pathways.platform.Times times) {
        this.answers = answers;
        this.times = times;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("maxNumber")
    int maxNumber() {
        return SurveyAnswers.MAX_NUMBER;
    }

    @GetMapping("/s/{token}")
    String sheet(@PathVariable String token, Model model) {
        SurveyAnswers.Sheet sheet = answers.open(token);
        // nobody is signed in here: the times are the organizing organization's, as its invitation's dates are
        times.useZoneOf(sheet.organizationId());
        model.addAttribute("sheet", sheet);
        model.addAttribute("values", values(sheet));
        return "demand/answer";
    }

    @PostMapping("/s/{token}")
    String save(@PathVariable String token, @RequestParam Map<String, String> form, Model model) {
        SurveyAnswers.Sheet sheet = answers.open(token);
        times.useZoneOf(sheet.organizationId());
        boolean submit = "submit".equals(form.get("action"));
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, SurveyAnswers.JobAnswer> given = parse(sheet, form, problems);
        if (problems.isEmpty()) {
            try {
                boolean nothing = "yes".equals(form.get("nothingToReport"));
                SurveyAnswers.Sheet saved = answers.save(token, version(form), given, submit, "yes".equals(form.get("confirmed")), nothing);
                model.addAttribute("sheet", saved);
                model.addAttribute("values", values(saved));
                model.addAttribute("saved", !submit ? "surveyAnswer.draftSaved" : nothing ? "surveyAnswer.submittedNothing" : "surveyAnswer.submitted");
                return "demand/answer";
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(p -> problems.put(p.field(), p.messageKey()));
            } catch (SurveyAnswers.NeedsConfirmation unusual) {
                model.addAttribute("unusual", unusual.unusual());
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            }
        }
        // what they typed stays on the page, with each problem next to its field
        model.addAttribute("sheet", sheet);
        model.addAttribute("values", form);
        model.addAttribute("fieldProblems", problems);
        if (!problems.isEmpty()) {
            model.addAttribute("problem", "form.fixBelow");
        }
        return "demand/answer";
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The form's fields, named head-SOC, growth-SOC-N, replacement-SOC-N, hard-SOC and comment-SOC. */
    static Map<String, SurveyAnswers.JobAnswer> parse(SurveyAnswers.Sheet sheet, Map<String, String> form, Map<String, String> problems) {
        Map<String, SurveyAnswers.JobAnswer> given = new LinkedHashMap<>();
        for (SurveyAnswers.SheetJob job : sheet.jobs()) {
            String soc = job.socCode();
            Map<Integer, Integer> growth = new HashMap<>();
            Map<Integer, Integer> replacement = new HashMap<>();
            for (DemandSurveys.Period period : sheet.periods()) {
                Integer g = number(form, "growth-" + soc + "-" + period.number(), problems);
                Integer r = number(form, "replacement-" + soc + "-" + period.number(), problems);
                if (g != null || r != null) {
                    growth.put(period.number(), g == null ? 0 : g);
                    replacement.put(period.number(), r == null ? 0 : r);
                }
            }
            String hard = form.getOrDefault("hard-" + soc, "");
            if (!hard.isEmpty() && !hard.equals("true") && !hard.equals("false")) {
                problems.put("hard-" + soc, "validation.choice"); // "maybe" is not no
                hard = "";
            }
            given.put(soc, new SurveyAnswers.JobAnswer(number(form, "head-" + soc, problems), hard.isEmpty() ? null : Boolean.valueOf(hard),
                    form.getOrDefault("comment-" + soc, "").strip(), growth, replacement));
        }
        return given;
    }

    private static Integer number(Map<String, String> form, String field, Map<String, String> problems) {
        String text = form.getOrDefault(field, "").strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (!org.pathways.shared.Text.isPlainWholeNumber(text)) {
                throw new NumberFormatException(text); // ١٢ is a number to Java, not to the person reading the totals
            }
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.put(field, "surveyAnswer.wholeNumber");
            return null;
        }
    }

    /** The saved answers as the form's field values. */
    private static Map<String, String> values(SurveyAnswers.Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        values.put("version", Integer.toString(sheet.version()));
        for (SurveyAnswers.SheetJob job : sheet.jobs()) {
            SurveyAnswers.JobAnswer answer = job.answer();
            if (answer == null) {
                continue;
            }
            String soc = job.socCode();
            if (answer.headCount() != null) {
                values.put("head-" + soc, answer.headCount().toString());
            }
            if (answer.hardToFill() != null) {
                values.put("hard-" + soc, answer.hardToFill().toString());
            }
            values.put("comment-" + soc, answer.comment() == null ? "" : answer.comment());
            answer.growth().forEach((period, n) -> values.put("growth-" + soc + "-" + period, n.toString()));
            answer.replacement().forEach((period, n) -> values.put("replacement-" + soc + "-" + period, n.toString()));
        }
        return values;
    }
}
