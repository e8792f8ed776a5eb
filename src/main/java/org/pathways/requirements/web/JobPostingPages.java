package org.pathways.requirements.web;

import java.util.Locale;

import org.pathways.platform.Permissions.Members;
import org.pathways.requirements.JobPostings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/** A critical job's posting for job boards: the JSON-LD shown with what it lacks, and the file to download. */
@Controller
@Members
class JobPostingPages {

    private final JobPostings postings;
    private final JsonMapper json;

    JobPostingPages(JobPostings postings, JsonMapper json) {
        this.postings = postings;
        this.json = json;
    }

    @GetMapping("/critical-jobs/{criticalJobId}/job-posting")
    String show(@PathVariable long criticalJobId, Locale locale, Model model) {
        JobPostings.Posting posting = postings.of(criticalJobId, locale);
        model.addAttribute("posting", posting);
        model.addAttribute("document", json.writerWithDefaultPrettyPrinter().writeValueAsString(posting.jsonLd()));
        return "requirements/job-posting";
    }

    @GetMapping("/critical-jobs/{criticalJobId}/job-posting.jsonld")
    ResponseEntity<byte[]> download(@PathVariable long criticalJobId, Locale locale) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(postings.of(criticalJobId, locale).jsonLd());
        return ResponseEntity.ok().contentType(RequirementsApi.JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("job-posting-" + criticalJobId + ".jsonld").build().toString())
                .body(body);
    }
}
