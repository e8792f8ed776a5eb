package org.pathways.employers.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.employers.Employers;
import org.pathways.employers.Intermediaries;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerSummary;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Employers.EstablishmentInput;
import org.pathways.employers.Employers.EstablishmentView;
import org.pathways.employers.Sector;
import org.pathways.employers.TalentSourcing;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employer profiles for scripts and other systems, with the same rules as the pages (a stale version answers 409). */
@RestController
@Members
class EmployerApi {

    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final Contacts contacts;
    private final TalentSourcing sourcing;
    private final Intermediaries intermediaries;

    EmployerApi(Employers employers, CriticalJobs criticalJobs, Contacts contacts, TalentSourcing sourcing, Intermediaries intermediaries) {
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.contacts = contacts;
        this.sourcing = sourcing;
        this.intermediaries = intermediaries;
    }

    @GetMapping("/api/v1/critical-jobs/{criticalJobId}/sourcing")
    TalentSourcing.SourcingView sourcing(@PathVariable long criticalJobId) {
        return sourcing.of(criticalJobId);
    }

    @Editors
    @PutMapping("/api/v1/critical-jobs/{criticalJobId}/sourcing")
    TalentSourcing.SourcingView updateSourcing(@PathVariable long criticalJobId, @Valid @RequestBody TalentSourcing.Sourcing body,
                                               @RequestParam(required = false) Integer version) {
        return sourcing.save(criticalJobId, version == null ? -1 : version, body);
    }

    /** The employer's own organization on Pathways the profile is linked to ({@code organizationId} null unlinks). */
    record OwnOrganization(Long organizationId) {
    }

    @GetMapping("/api/v1/employers/{employerId}/own-organization")
    OwnOrganization ownOrganization(@PathVariable long employerId) {
        return new OwnOrganization(employers.ownOrganization(employerId).map(Employers.OrganizationChoice::id).orElse(null));
    }

    /** Links the profile to the employer's own organization, whose people then see the referrals made to its jobs. */
    @Editors
    @PutMapping("/api/v1/employers/{employerId}/own-organization")
    OwnOrganization linkOwnOrganization(@PathVariable long employerId, @RequestBody OwnOrganization body) {
        employers.linkOwnOrganization(employerId, body.organizationId());
        return ownOrganization(employerId);
    }

    @Editors
    @PutMapping("/api/v1/employers/{employerId}/csr-dei")
    EmployerView updateCsrDei(@PathVariable long employerId, @RequestBody Employers.CsrDeiProfile body,
                              @RequestParam(required = false) Integer version) {
        return employers.updateCsrDei(employerId, version == null ? -1 : version, body);
    }

    record IntermediaryProfile(Intermediaries.IntermediaryView intermediary, List<Intermediaries.Member> members,
                               List<Intermediaries.InitiativeView> initiatives) {
    }

    @GetMapping("/api/v1/intermediaries")
    List<Intermediaries.IntermediaryView> intermediaries() {
        return intermediaries.list();
    }

    @Editors
    @PostMapping("/api/v1/intermediaries")
    ResponseEntity<Intermediaries.IntermediaryView> createIntermediary(@Valid @RequestBody Intermediaries.IntermediaryInput body) {
        Intermediaries.IntermediaryView created = intermediaries.create(body);
        return ResponseEntity.created(URI.create("/api/v1/intermediaries/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/intermediaries/{intermediaryId}")
    IntermediaryProfile intermediary(@PathVariable long intermediaryId) {
        return new IntermediaryProfile(intermediaries.get(intermediaryId), intermediaries.members(intermediaryId),
                intermediaries.initiatives(intermediaryId));
    }

    @Editors
    @PutMapping("/api/v1/intermediaries/{intermediaryId}")
    Intermediaries.IntermediaryView updateIntermediary(@PathVariable long intermediaryId, @Valid @RequestBody Intermediaries.IntermediaryInput body,
                                                       @RequestParam(required = false) Integer version) {
        return intermediaries.update(intermediaryId, version == null ? -1 : version, body);
    }

    @Editors
    @PostMapping("/api/v1/intermediaries/{intermediaryId}/members")
    List<Intermediaries.Member> addIntermediaryMember(@PathVariable long intermediaryId, @RequestParam long employerId) {
        intermediaries.addMember(intermediaryId, employerId);
        return intermediaries.members(intermediaryId);
    }

    @GetMapping("/api/v1/employers/{employerId}/memberships")
    Intermediaries.Memberships memberships(@PathVariable long employerId) {
        return intermediaries.of(employerId);
    }


    record Coverage(List<Contacts.ContactView> contacts, List<String> gaps) {
    }

    @GetMapping("/api/v1/employers/{employerId}/contacts")
    Coverage contacts(@PathVariable long employerId) {
        return new Coverage(contacts.of(employerId), contacts.coverage(employerId).stream().map(Contacts.Gap::key).toList());
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/contacts")
    ResponseEntity<Contacts.ContactView> addContact(@PathVariable long employerId, @Valid @RequestBody Contacts.ContactInput body) {
        Contacts.ContactView created = contacts.add(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
    }

    @Editors
    @PutMapping("/api/v1/contacts/{contactId}")
    Contacts.ContactView updateContact(@PathVariable long contactId, @Valid @RequestBody Contacts.ContactInput body,
                                       @RequestParam(required = false) Integer version) {
        return contacts.update(contactId, version == null ? -1 : version, body);
    }

    /** Takes a person off the lists and pickers (they moved on); past engagements keep their name. */
    @Editors
    @PostMapping("/api/v1/contacts/{contactId}/archive")
    Contacts.ContactView archiveContact(@PathVariable long contactId) {
        return contacts.archive(contactId);
    }

    @Editors
    @PostMapping("/api/v1/contacts/{contactId}/restore")
    Contacts.ContactView restoreContact(@PathVariable long contactId) {
        return contacts.restore(contactId);
    }




    record EmployerProfile(EmployerView employer, List<EstablishmentView> establishments, List<CriticalJobView> criticalJobs) {
    }

    @GetMapping("/api/v1/employers")
    PageResult<EmployerSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Sector sector,
                                     @RequestParam(required = false) String naics, @RequestParam(required = false) String county,
                                     @RequestParam(required = false) String cbsa, @RequestParam(required = false) Integer sizeClass,
                                     @RequestParam(defaultValue = "false") boolean archived,
                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return employers.list(new EmployerQuery(q, sector, naics, county, cbsa, sizeClass, archived), PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/employers.csv")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Sector sector,
                @RequestParam(required = false) String naics, @RequestParam(required = false) String county,
                @RequestParam(required = false) String cbsa, @RequestParam(required = false) Integer sizeClass,
                @RequestParam(defaultValue = "false") boolean archived, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        EmployerCsv.write(employers, new EmployerQuery(q, sector, naics, county, cbsa, sizeClass, archived),
                new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)));
    }

    @Editors
    @PostMapping("/api/v1/employers")
    ResponseEntity<EmployerView> create(@Valid @RequestBody EmployerInput body, @RequestParam(defaultValue = "false") boolean confirmDuplicate) {
        EmployerView created = employers.create(body, confirmDuplicate);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/employers/{employerId}")
    EmployerProfile get(@PathVariable long employerId) {
        return new EmployerProfile(employers.get(employerId), employers.establishments(employerId), criticalJobs.of(employerId));
    }

    @Editors
    @PutMapping("/api/v1/employers/{employerId}")
    EmployerView update(@PathVariable long employerId, @Valid @RequestBody EmployerInput body, @RequestParam(required = false) Integer version,
                        @RequestParam(defaultValue = "false") boolean confirmDuplicate) {
        return employers.update(employerId, version == null ? -1 : version, body, confirmDuplicate);
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/archive")
    EmployerView archive(@PathVariable long employerId, @RequestParam int version, @RequestParam(defaultValue = "true") boolean archived) {
        return employers.archive(employerId, version, archived);
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/establishments")
    ResponseEntity<EstablishmentView> addEstablishment(@PathVariable long employerId, @Valid @RequestBody EstablishmentInput body) {
        EstablishmentView created = employers.addEstablishment(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + created.id())).body(created);
    }

    @Editors
    @PutMapping("/api/v1/establishments/{establishmentId}")
    EstablishmentView updateEstablishment(@PathVariable long establishmentId, @Valid @RequestBody EstablishmentInput body,
                                          @RequestParam(required = false) Integer version) {
        return employers.updateEstablishment(establishmentId, version == null ? -1 : version, body);
    }

    @Editors
    @PostMapping("/api/v1/employers/{employerId}/critical-jobs")
    ResponseEntity<CriticalJobView> addCriticalJob(@PathVariable long employerId, @Valid @RequestBody CriticalJobInput body) {
        CriticalJobView created = criticalJobs.add(employerId, body);
        return ResponseEntity.created(URI.create("/api/v1/critical-jobs/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/critical-jobs/{criticalJobId}")
    CriticalJobView criticalJob(@PathVariable long criticalJobId) {
        return criticalJobs.get(criticalJobId);
    }

    @Editors
    @PutMapping("/api/v1/critical-jobs/{criticalJobId}")
    CriticalJobView updateCriticalJob(@PathVariable long criticalJobId, @Valid @RequestBody CriticalJobInput body,
                                      @RequestParam(required = false) Integer version) {
        return criticalJobs.update(criticalJobId, version == null ? -1 : version, body);
    }
}
