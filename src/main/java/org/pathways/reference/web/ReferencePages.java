package org.pathways.reference.web;

import org.pathways.reference.Competencies;
import org.pathways.reference.JobTitleSuggester;
import org.pathways.reference.ReferenceData;
import org.pathways.reference.ReferenceSearch;
import org.pathways.reference.SocLevel;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Labor market information for everyone signed in: the search page (which works without JavaScript and
 * updates as one types with htmx), the picker fragments other forms reuse, and the occupation page.
 * Pickers take {@code q}, or the value of the one field that asks (htmx sends an input under its own name,
 * {@code naicsCode} or {@code employerTitle}), so any form's input can use them directly.
 */
@Controller
@SignedIn
class ReferencePages {

    private final ReferenceSearch search;
    private final JobTitleSuggester suggester;
    private final ReferenceData referenceData;

    private final Competencies competencies;

    ReferencePages(ReferenceSearch search, JobTitleSuggester suggester, ReferenceData referenceData, Competencies competencies) {
        this.competencies = competencies;
        this.search = search;
        this.suggester = suggester;
        this.referenceData = referenceData;
    }

    @GetMapping("/reference")
    String page(@RequestParam(required = false) String soc, @RequestParam(required = false) String naics,
                @RequestParam(required = false) String county, @RequestParam(required = false) String title, Model model) {
        model.addAttribute("soc", soc);
        model.addAttribute("naics", naics);
        model.addAttribute("county", county);
        model.addAttribute("title", title);
        if (soc != null) {
            model.addAttribute("socMatches", search.soc(soc, null, ReferenceSearch.DEFAULT_LIMIT));
        }
        if (naics != null) {
            model.addAttribute("naicsMatches", search.naics(naics, null, ReferenceSearch.DEFAULT_LIMIT));
        }
        if (county != null) {
            model.addAttribute("countyMatches", search.counties(county, ReferenceSearch.DEFAULT_LIMIT));
        }
        if (title != null) {
            model.addAttribute("suggestions", suggester.suggest(title, JobTitleSuggester.MAX_SUGGESTIONS));
            model.addAttribute("goodMatch", JobTitleSuggester.GOOD_MATCH);
        }
        return "reference/search";
    }

    @GetMapping("/reference/pickers/soc")
    String socPicker(@RequestParam java.util.Map<String, String> params, @RequestParam(required = false) String level, Model model) {
        String q = query(params);
        // a level the picker does not know widens the search to all four, as an empty one does
        model.addAttribute("socMatches", search.soc(q, SocLevel.named(level).orElse(null), ReferenceSearch.DEFAULT_LIMIT));
        model.addAttribute("soc", q);
        return "reference/pickers :: soc";
    }

    @GetMapping("/reference/pickers/naics")
    String naicsPicker(@RequestParam java.util.Map<String, String> params, Model model) {
        String q = query(params);
        model.addAttribute("naicsMatches", search.naics(q, null, ReferenceSearch.DEFAULT_LIMIT));
        model.addAttribute("naics", q);
        return "reference/pickers :: naics";
    }

    @GetMapping("/reference/pickers/counties")
    String countyPicker(@RequestParam java.util.Map<String, String> params, Model model) {
        String q = query(params);
        model.addAttribute("countyMatches", search.counties(q, ReferenceSearch.DEFAULT_LIMIT));
        model.addAttribute("county", q);
        return "reference/pickers :: counties";
    }

    /** O*NET competencies for a requirement row: the occupation's own first ({@code soc}), then any other by name. */
    @GetMapping("/reference/pickers/competencies")
    String competencyPicker(@RequestParam java.util.Map<String, String> params, @RequestParam(required = false) String soc, Model model) {
        java.util.Map<String, String> typed = new java.util.HashMap<>(params);
        typed.remove("soc");
        String q = query(typed);
        String occupation = soc != null && soc.matches("\\d{2}-\\d{4}") ? soc : null;
        model.addAttribute("competencyMatches", competencies.search(q, occupation, 12));
        model.addAttribute("competency", q);
        return "reference/pickers :: competencies";
    }

    @GetMapping("/reference/pickers/metros")
    String metroPicker(@RequestParam java.util.Map<String, String> params, Model model) {
        String q = query(params);
        model.addAttribute("metroMatches", search.metros(q, ReferenceSearch.DEFAULT_LIMIT));
        model.addAttribute("metro", q);
        return "reference/pickers :: metros";
    }

    @GetMapping("/reference/pickers/job-titles")
    String titlePicker(@RequestParam java.util.Map<String, String> params, Model model) {
        String q = query(params);
        model.addAttribute("suggestions", suggester.suggest(q, JobTitleSuggester.MAX_SUGGESTIONS));
        model.addAttribute("title", q);
        model.addAttribute("goodMatch", JobTitleSuggester.GOOD_MATCH);
        return "reference/pickers :: titles";
    }

    private static String query(java.util.Map<String, String> params) {
        String value = params.containsKey("q") ? params.get("q") : params.entrySet().stream()
                .filter(e -> !e.getKey().equals("level") && !e.getKey().equals("lang"))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        // an input that collects several codes ("39049, franklin") asks about what is being typed: the last part
        return value == null || value.indexOf(',') < 0 ? value : value.substring(value.lastIndexOf(',') + 1).strip();
    }

    @GetMapping("/reference/occupations/{soc}")
    String occupation(@PathVariable String soc, Model model) {
        model.addAttribute("occupation", referenceData.occupation(soc));
        return "reference/occupation";
    }
}
