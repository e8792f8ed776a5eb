package org.pathways.talentflow.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Uploads;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.talentflow.HireImport;
import org.pathways.talentflow.Hires;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.HireView;
import org.pathways.talentflow.TalentFlow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Hire records and a collaborative's talent flow for scripts, with the pages' rules. */
@RestController
@Members
class HireApi {

    private final Hires hires;
    private final HireImport hireImport;
    private final TalentFlow flow;

    HireApi(Hires hires, HireImport hireImport, TalentFlow flow) {
        this.hires = hires;
        this.hireImport = hireImport;
        this.flow = flow;
    }

    @GetMapping("/api/v1/employers/{employerId}/hires")
    PageResult<HireView> list(@PathVariable long employerId, @RequestParam(required = false) Long criticalJobId,
                              @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                              @RequestParam(required = false) Long providerId, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return hires.list(employerId, new Hires.HireQuery(criticalJobId, from, to, providerId), PageQuery.of(page, size));
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/hires")
    ResponseEntity<HireView> create(@PathVariable long employerId, @Valid @RequestBody HireInput body) {
        HireView created = hires.record(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/hires/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/hires/{hireId}")
    HireView get(@PathVariable long hireId) {
        return hires.get(hireId);
    }

    /** Corrects a hire (most often, that the person left); send the {@code version} you read as {@code ?version=N}. */
    @Editors
    @PutMapping("/api/v1/hires/{hireId}")
    HireView put(@PathVariable long hireId, @Valid @RequestBody HireInput body, @RequestParam(required = false) Integer version) {
        return hires.update(hireId, version == null ? -1 : version, body);
    }

    @Editors
    @DeleteMapping("/api/v1/hires/{hireId}")
    ResponseEntity<Void> delete(@PathVariable long hireId) {
        hires.remove(hireId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Imports an applicant-tracking export (multipart {@code file}). A source no provider goes by answers 422 with the
     * names, and nothing is written: send the file again with a {@code place} for each, {@code name=providerId} (add a
     * new provider first with {@code POST /api/v1/providers}). Problems answer 400 with each row and column.
     */
    @Editors
    @PostMapping("/api/v1/employers/{employerId}/hires/import")
    ResponseEntity<HireImport.Report> importFile(@PathVariable long employerId, @RequestParam(name = "file",
            required = false) MultipartFile file,
                                                 @RequestParam(name = "place", required = false) List<String> place) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "employerImport.noFile");
        }
        List<HireImport.Placement> placements = new ArrayList<>();
        for (String entry : place == null ? List.<String>of() : place) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || !entry.substring(equals + 1).strip().matches("\\d{1,18}")) {
                throw new InvalidInput("place", "hireImport.badPlace", entry);
            }
            placements.add(new HireImport.Placement(entry.substring(0, equals), Long.valueOf(entry.substring(equals + 1).strip()), null));
        }
        HireImport.Report report = Uploads.withSaved(List.of(file), saved -> hireImport.importWithPlacements(employerId, saved.get(0),
                placements));
        HttpStatus status = report.failed() ? HttpStatus.BAD_REQUEST : report.needsReview() ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    /** The collaborative's hires by provider, kind, tier and county; withheld figures are nulls with the reason. */
    @GetMapping("/api/v1/collaboratives/{collaborativeId}/talent-flow")
    TalentFlow.Flow talentFlow(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String soc, @RequestParam(defaultValue = "90") int checkpointDays) {
        return flow.of(collaborativeId, new TalentFlow.Period(year, from, to, soc), checkpointDays);
    }

    /** The county breakdown with each county's outline (SVG path) and whether members have establishments or recruit there. */
    @GetMapping("/api/v1/collaboratives/{collaborativeId}/talent-flow/map")
    TalentFlow.CountyMap map(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(required = false) String soc) {
        return flow.map(collaborativeId, new TalentFlow.Period(year, from, to, soc));
    }

    /** Per shared critical job: the openings the latest survey projects, the hires, the referrals in progress and the gap. */
    @GetMapping("/api/v1/collaboratives/{collaborativeId}/supply-demand")
    TalentFlow.SupplyAndDemand supplyAndDemand(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) LocalDate from,
                                               @RequestParam(required = false) LocalDate to) {
        return flow.supplyAndDemand(collaborativeId, new TalentFlow.Period(year, from, to, null));
    }

    @GetMapping("/api/v1/collaboratives/{collaborativeId}/capture-rates")
    TalentFlow.CaptureRates captureRates(@PathVariable long collaborativeId, @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                         @RequestParam(defaultValue = "90") int checkpointDays) {
        return flow.captureRates(collaborativeId, new TalentFlow.Period(year, from, to, null), checkpointDays);
    }
}
