package org.pathways.reference.web;

import java.io.IOException;
import java.util.List;

import org.pathways.platform.PathwaysUser;
import org.pathways.reference.ImportReport;
import org.pathways.reference.JobTitleSuggester;
import org.pathways.reference.JobTitleSuggester.Suggestion;
import org.pathways.reference.OccupationProfile;
import org.pathways.reference.ReferenceData;
import org.pathways.reference.ReferenceData.Release;
import org.pathways.reference.ReferenceSearch;
import org.pathways.reference.ReferenceSearch.CodeMatch;
import org.pathways.reference.ReferenceSearch.CountyMatch;
import org.pathways.reference.SocLevel;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.Permissions.PlatformAdmins;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reference data for scripts and other systems: pickers, occupations, job-title coding, releases; and,
 * for platform administrators, imports. O*NET content in answers is CC BY 4.0 (see the attribution field).
 */
@RestController
@SignedIn
class ReferenceApi {

    private final ReferenceSearch search;
    private final JobTitleSuggester suggester;
    private final ReferenceData referenceData;
    private final MessageSource messages;

    ReferenceApi(ReferenceSearch search, JobTitleSuggester suggester, ReferenceData referenceData, MessageSource messages) {
        this.search = search;
        this.suggester = suggester;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @GetMapping("/api/v1/reference/naics")
    List<CodeMatch> naics(@RequestParam(required = false) String q, @RequestParam(required = false) String vintage,
                          @RequestParam(defaultValue = "20") int limit) {
        return search.naics(q, vintage, limit);
    }

    @GetMapping("/api/v1/reference/soc")
    List<CodeMatch> soc(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
                        @RequestParam(defaultValue = "20") int limit) {
        SocLevel named = level == null ? null
                : SocLevel.named(level).orElseThrow(() -> new InvalidInput("level", "reference.api.badLevel"));
        return search.soc(q, named, limit);
    }

    @GetMapping("/api/v1/reference/counties")
    List<CountyMatch> counties(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        return search.counties(q, limit);
    }

    record Occupation(OccupationProfile occupation, String attribution) {
    }

    @GetMapping("/api/v1/reference/occupations/{soc}")
    Occupation occupation(@PathVariable String soc) {
        OccupationProfile profile = referenceData.occupation(soc);
        return new Occupation(profile, profile.showsOnetData() ? OccupationProfile.ONET_ATTRIBUTION : null);
    }

    @GetMapping("/api/v1/reference/job-titles/suggest")
    List<Suggestion> suggest(@RequestParam(required = false) String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title", "reference.api.titleRequired");
        }
        if (title.length() > 200) {
            throw new InvalidInput("title", "reference.api.titleTooLong");
        }
        return suggester.suggest(title, JobTitleSuggester.MAX_SUGGESTIONS);
    }

    @GetMapping("/api/v1/reference/releases")
    List<Release> releases() {
        return referenceData.releases();
    }

    record ImportProblem(int row, String column, String message) {
    }

    record ImportedFile(String file, String dataset, String vintage, ImportReport.Outcome outcome, long rows, String note,
                        List<ImportProblem> problems, int moreProblems) {
    }

    record ImportResult(boolean changed, long millis, List<ImportedFile> files) {
    }

    @PlatformAdmins
    @PostMapping(path = "/api/v1/reference/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importFiles(@RequestParam("files") List<MultipartFile> files) throws IOException {
        ImportReport report = ReferenceAdminPages.importUploads(files, referenceData, PathwaysUser.current().username());
        var locale = LocaleContextHolder.getLocale();
        List<ImportedFile> results = report.files().stream().map(f -> new ImportedFile(f.file(), f.dataset(), f.vintage(),
                f.outcome(), f.rows(), f.note() == null ? null : messages.getMessage(f.note(), locale),
                f.problems().stream().map(p -> new ImportProblem(p.row(), p.column(), messages.getMessage(p.message(), locale))).toList(),
                f.moreProblems())).toList();
        ImportResult body = new ImportResult(report.changed(), report.millis(), results);
        return report.failed() ? ResponseEntity.unprocessableEntity().body(body) : ResponseEntity.ok(body);
    }
}
