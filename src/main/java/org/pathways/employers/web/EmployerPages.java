package org.pathways.employers.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobImport;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobInput;
import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.employers.CriticalJobs.PainPoint;
import org.pathways.employers.CriticalJobs.PayUnit;
import org.pathways.employers.EmployerImport;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Employers.EstablishmentInput;
import org.pathways.employers.Employers.EstablishmentView;
import org.pathways.employers.PainPointAnalysis;
import org.pathways.employers.PainPointKind;
import org.pathways.employers.ProfessionalRole;
import org.pathways.employers.Sector;
import org.pathways.employers.SizeClasses;
import org.pathways.employers.TalentSourcing;
import org.pathways.platform.Uploads;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageResult;
import org.pathways.shared.PageQuery;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Employer profiles for the people who keep them: the list with its filters, the profile with its
 * establishments and critical jobs, and the forms. Read-only members see everything and change nothing.
 */
@Controller
@Members
class EmployerPages {

    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final Contacts contacts;
    private final TalentSourcing sourcing;
    private final EmployerProfiles profiles;
    private final EmployerImport employerImport;
    private final CriticalJobImport criticalJobImport;
    private final SizeClasses sizeClasses;

    EmployerPages(Employers employers, CriticalJobs criticalJobs, Contacts contacts, TalentSourcing sourcing,
                  EmployerProfiles profiles, EmployerImport employerImport, CriticalJobImport criticalJobImport, SizeClasses sizeClasses) {
        this.criticalJobImport = criticalJobImport;
        this.employerImport = employerImport;
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.contacts = contacts;
        this.sourcing = sourcing;
        this.profiles = profiles;
        this.sizeClasses = sizeClasses;
    }

    /** The state picker of the establishment form. */
    @ModelAttribute("states")
    List<org.pathways.reference.UsStates.State> states() {
        return org.pathways.reference.UsStates.ALL;
    }

    record SourcingForm(Contacts.Level level, TalentSourcing.Reach reach, @Size(max = 200) String counties,
                        @Size(max = 500) String areaNote, List<TalentSourcing.Channel> channels, String hiresOpportunity,
                        List<TalentSourcing.Population> populations, Integer version) {

        TalentSourcing.Sourcing sourcing() {
            List<String> fips = counties == null ? List.of() : java.util.Arrays.stream(counties.split("[,;\\s]+"))
                    .filter(f -> !f.isBlank()).map(String::strip).distinct().toList();
            return new TalentSourcing.Sourcing(level, reach, fips, areaNote, channels == null ? List.of() : channels,
                    hiresOpportunity == null || hiresOpportunity.isBlank() ? null : hiresOpportunity,
                    populations == null ? List.of() : populations);
        }

        static SourcingForm of(TalentSourcing.SourcingView view) {
            TalentSourcing.Sourcing s = view.sourcing();
            return new SourcingForm(s.level(), s.reach(), String.join(", ", s.counties()), s.areaNote(), s.channels(),
                    s.hiresOpportunity(), s.populations(), view.version());
        }
    }

    @Editors
    @GetMapping("/critical-jobs/{criticalJobId}/sourcing")
    String editSourcing(@PathVariable long criticalJobId, Model model) {
        TalentSourcing.SourcingView view = sourcing.of(criticalJobId);
        model.addAttribute("form", SourcingForm.of(view));
        return sourcingForm(view, model);
    }

    @Editors
    @PostMapping("/critical-jobs/{criticalJobId}/sourcing")
    String updateSourcing(@PathVariable long criticalJobId, @Valid @ModelAttribute("form") SourcingForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        TalentSourcing.SourcingView view = sourcing.of(criticalJobId);
        if (!errors.hasErrors()) {
            try {
                sourcing.save(criticalJobId, form.version() == null ? -1 : form.version(), form.sourcing());
                redirect.addFlashAttribute("saved", "criticalJob.saved");
                return "redirect:/employers/" + criticalJobs.get(criticalJobId).employerId() + "#jobs-heading";
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            }
        }
        return sourcingForm(view, model);
    }

    private String sourcingForm(TalentSourcing.SourcingView view, Model model) {
        model.addAttribute("job", view);
        model.addAttribute("employer", employers.get(criticalJobs.get(view.criticalJobId()).employerId()));
        model.addAttribute("levels", Contacts.Level.values());
        model.addAttribute("reaches", TalentSourcing.Reach.values());
        model.addAttribute("channelChoices", TalentSourcing.Channel.values());
        model.addAttribute("populationChoices", TalentSourcing.Population.values());
        return "employers/sourcing-form";
    }

    record ContactForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String jobTitle, @NotNull ProfessionalRole role,
                       @NotNull Contacts.Level level, Long establishmentId, Boolean decisionAuthority, Boolean supportsPartnership,
                       Boolean pointOfContact, Boolean thirdParty, Boolean volunteer, @Size(max = 254) String email,
                       @Size(max = 40) String phone, @Size(max = 2000) String notes, Integer version) {

        Contacts.ContactInput input() {
            return new Contacts.ContactInput(name, jobTitle, role, level, establishmentId, checked(decisionAuthority),
                    checked(supportsPartnership), checked(pointOfContact), checked(thirdParty), checked(volunteer), email, phone, notes);
        }

        static ContactForm of(Contacts.ContactView c) {
            return new ContactForm(c.name(), c.jobTitle(), c.role(), c.level(), c.establishmentId(), c.decisionAuthority(),
                    c.supportsPartnership(), c.pointOfContact(), c.thirdParty(), c.volunteer(), c.email(), c.phone(), c.notes(), c.version());
        }
    }

    record EmployerForm(@NotBlank @Size(max = 200) String name, @NotNull Sector sector, Boolean foreign,
                        @Size(max = 500) String industryDescription, @Size(max = 7) String naicsCode,
                        @Size(max = 200) String enterpriseName, @Size(max = 300) String website,
                        @Min(0) @Max(10_000_000) Integer headCount, @Size(max = 4000) String notes, Boolean confirmDuplicate,
                        Integer version) {

        EmployerInput input() {
            return new EmployerInput(name, sector, checked(foreign), industryDescription, naicsCode, enterpriseName, website, headCount, notes);
        }

        static EmployerForm of(EmployerView e) {
            return new EmployerForm(e.name(), e.sector(), e.foreign(), e.industryDescription(), e.naicsCode(), e.enterpriseName(),
                    e.website(), e.headCount(), e.notes(), false, e.version());
        }
    }

    record EstablishmentForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String firmName,
                             @Size(max = 300) String addressLine, @Size(max = 100) String city, @Size(max = 40) String state,
                             @Size(max = 10) String postalCode, @Size(max = 100) String countyFips, @Size(max = 6) String naicsCode,
                             @Min(0) @Max(10_000_000) Integer headCount, Boolean headquarters, Integer version) {

        EstablishmentInput input() {
            return new EstablishmentInput(name, firmName, addressLine, city, state, postalCode, countyFips, naicsCode, headCount,
                    checked(headquarters));
        }

        static EstablishmentForm of(EstablishmentView s) {
            return new EstablishmentForm(s.name(), s.firmName(), s.addressLine(), s.city(), s.state(), s.postalCode(), s.countyFips(),
                    s.naicsCode(), s.headCount(), s.headquarters(), s.version());
        }
    }

    record CriticalJobForm(@NotBlank @Size(max = 200) String employerTitle, @Size(max = 7) String socCode, Boolean socConfirmed,
                           Long establishmentId, @Size(max = 200) String businessFunction, @Min(0) Integer positions,
                           @Min(0) Integer openings, @Min(0) BigDecimal payMin, @Min(0) BigDecimal payMax, PayUnit payUnit,
                           @Min(1) @Max(100) Integer criticalityRank, Integer version) {

        static CriticalJobForm of(CriticalJobView j) {
            return new CriticalJobForm(j.employerTitle(), j.socCode(), j.socConfirmed(), j.establishmentId(), j.businessFunction(),
                    j.positions(), j.openings(), j.payMin(), j.payMax(), j.payUnit(), j.criticalityRank(), j.version());
        }
    }

    @GetMapping("/employers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Sector sector,
                @RequestParam(required = false) String naics, @RequestParam(required = false) String county,
                @RequestParam(required = false) String cbsa, @RequestParam(required = false) Integer size,
                @RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page, Model model) {
        EmployerQuery query = new EmployerQuery(q, sector, naics, county, cbsa, size, archived);
        PageQuery pageQuery = PageQuery.of(page, 25);
        try {
            model.addAttribute("result", employers.list(query, pageQuery));
        } catch (InvalidInput unplaced) {
            if (!List.of("county", "cbsa").contains(unplaced.field())) {
                throw unplaced;
            }
            // a county or metro the filters cannot place: the box says why, and nothing is listed rather than everything
            model.addAttribute("result", PageResult.of(List.of(), PageQuery.of(0, 25), 0));
            model.addAttribute("filterProblem", unplaced);
        }
        model.addAttribute("query", query);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sizeClasses", sizeClasses.all());
        return "employers/list";
    }

    /** The whole list as CSV, streamed a page at a time, with the filters of the page it was asked from. */
    @GetMapping("/employers/export.csv")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Sector sector,
                @RequestParam(required = false) String naics, @RequestParam(required = false) String county,
                @RequestParam(required = false) String cbsa, @RequestParam(required = false) Integer size,
                @RequestParam(defaultValue = "false") boolean archived, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"employers.csv\"");
        EmployerCsv.write(employers, new EmployerQuery(q, sector, naics, county, cbsa, size, archived),
                new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)));
    }

    @Editors
    @GetMapping("/employers/import")
    String importForm(Model model) {
        model.addAttribute("kind", "EMPLOYERS");
        return "employers/import";
    }

    @Editors
    @PostMapping("/employers/import")
    String importFile(@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                      @RequestParam(defaultValue = "EMPLOYERS") String kind, @RequestParam(defaultValue = "false") boolean allowSameNames,
                      Model model) throws IOException {
        boolean jobs = "CRITICAL_JOBS".equals(kind);
        model.addAttribute("kind", jobs ? "CRITICAL_JOBS" : "EMPLOYERS");
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "employerImport.noFile");
            return "employers/import";
        }
        model.addAttribute("report", Uploads.withSaved(List.of(file), saved -> jobs ? criticalJobImport.importFile(saved.get(0))
                : employerImport.importFile(saved.get(0), allowSameNames)));
        model.addAttribute("fileName", Uploads.safeName(file.getOriginalFilename(), 0));
        return "employers/import";
    }

    @Editors
    @GetMapping("/employers/new")
    String newEmployer(Model model) {
        model.addAttribute("form", new EmployerForm("", null, false, "", "", "", "", null, "", false, null));
        model.addAttribute("sectors", Sector.values());
        return "employers/form";
    }

    @Editors
    @PostMapping("/employers")
    String create(@Valid @ModelAttribute("form") EmployerForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EmployerView created = employers.create(form.input(), checked(form.confirmDuplicate()));
                redirect.addFlashAttribute("saved", "employer.created");
                return "redirect:/employers/" + created.id();
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            }
        }
        model.addAttribute("sectors", Sector.values());
        return "employers/form";
    }

    @GetMapping("/employers/{employerId}")
    String detail(@PathVariable long employerId, Model model) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        model.addAttribute("employer", profile.employer());
        model.addAttribute("establishments", profile.establishments());
        model.addAttribute("criticalJobs", profile.criticalJobs());
        model.addAttribute("rankGaps", rankGaps(profile.criticalJobs()));
        model.addAttribute("contacts", profile.contacts());
        model.addAttribute("formerContacts", contacts.former(employerId));
        model.addAttribute("sourcing", profile.sourcingByJob());
        model.addAttribute("gaps", profile.gaps());
        model.addAttribute("memberships", profile.memberships());
        return "employers/detail";
    }

    record CsrDeiForm(String csrStaff, String csrApproach, String csrHrOverlap, String deiPriority, String deiExperience, Integer version) {

        /** Yes / no / not known as "true", "false" or blank. */
        private static Boolean yesNo(String value) {
            return value == null || value.isBlank() ? null : Boolean.valueOf(value);
        }

        private static String choice(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        Employers.CsrDeiProfile profile() {
            return new Employers.CsrDeiProfile(yesNo(csrStaff), choice(csrApproach), yesNo(csrHrOverlap), choice(deiPriority),
                    choice(deiExperience));
        }

        static CsrDeiForm of(EmployerView e) {
            Employers.CsrDeiProfile p = e.csrDei();
            return new CsrDeiForm(p.csrStaff() == null ? "" : p.csrStaff().toString(), p.csrApproach(),
                    p.csrHrOverlap() == null ? "" : p.csrHrOverlap().toString(), p.deiPriority(), p.deiExperience(), e.version());
        }
    }

    @Editors
    @GetMapping("/employers/{employerId}/csr-dei")
    String editCsrDei(@PathVariable long employerId, Model model) {
        EmployerView employer = employers.get(employerId);
        model.addAttribute("form", CsrDeiForm.of(employer));
        return csrDeiForm(employer, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/csr-dei")
    String updateCsrDei(@PathVariable long employerId, @ModelAttribute("form") CsrDeiForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (errors.hasErrors()) {
            // a version that is not a number leaves no form to read: ask to open the page again rather than guess
            model.addAttribute("form", CsrDeiForm.of(employer));
            model.addAttribute("problem", "employer.changedByOther");
            return csrDeiForm(employer, model);
        }
        try {
            employers.updateCsrDei(employerId, form.version() == null ? -1 : form.version(), form.profile());
            redirect.addFlashAttribute("saved", "employer.saved");
            return "redirect:/employers/" + employerId + "#csr-heading";
        } catch (InvalidInput invalid) {
            reject(errors, invalid, model);
        } catch (Conflict conflict) {
            model.addAttribute("problem", conflict.messageKey());
        }
        return csrDeiForm(employer, model);
    }

    private String csrDeiForm(EmployerView employer, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("approaches", Employers.CsrDeiProfile.APPROACHES);
        model.addAttribute("priorities", Employers.CsrDeiProfile.PRIORITIES);
        model.addAttribute("experiences", Employers.CsrDeiProfile.EXPERIENCES);
        return "employers/csr-dei-form";
    }

    @Editors
    @GetMapping("/employers/{employerId}/contacts/new")
    String newContact(@PathVariable long employerId, Model model) {
        model.addAttribute("form", new ContactForm("", "", null, Contacts.Level.CORPORATE, null, false, false, false, false, false,
                "", "", "", null));
        return contactForm(employers.get(employerId), null, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/contacts")
    String createContact(@PathVariable long employerId, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                contacts.add(employerId, form.input());
                redirect.addFlashAttribute("saved", "contact.created");
                return "redirect:/employers/" + employerId + "#people-heading";
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            }
        }
        return contactForm(employer, null, model);
    }

    @Editors
    @GetMapping("/contacts/{contactId}/edit")
    String editContact(@PathVariable long contactId, Model model) {
        Contacts.ContactView contact = contacts.get(contactId);
        model.addAttribute("form", ContactForm.of(contact));
        return contactForm(employers.get(contact.employerId()), contact, model);
    }

    @Editors
    @PostMapping("/contacts/{contactId}")
    String updateContact(@PathVariable long contactId, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.get(contactId);
        if (!errors.hasErrors()) {
            try {
                contacts.update(contactId, form.version() == null ? -1 : form.version(), form.input());
                redirect.addFlashAttribute("saved", "contact.saved");
                return "redirect:/employers/" + contact.employerId() + "#people-heading";
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            }
        }
        return contactForm(employers.get(contact.employerId()), contact, model);
    }

    /** The person moved on: off the lists, pickers and coverage view, still named in the engagements they were part of. */
    @Editors
    @PostMapping("/contacts/{contactId}/archive")
    String archiveContact(@PathVariable long contactId, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.archive(contactId);
        redirect.addFlashAttribute("saved", "contact.archived");
        return "redirect:/employers/" + contact.employerId() + "#people-heading";
    }

    @Editors
    @PostMapping("/contacts/{contactId}/restore")
    String restoreContact(@PathVariable long contactId, RedirectAttributes redirect) {
        Contacts.ContactView contact = contacts.restore(contactId);
        redirect.addFlashAttribute("saved", "contact.restored");
        return "redirect:/employers/" + contact.employerId() + "#people-heading";
    }

    private String contactForm(EmployerView employer, Contacts.ContactView contact, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("contact", contact);
        model.addAttribute("establishments", employers.establishments(employer.id()));
        model.addAttribute("roles", ProfessionalRole.values());
        model.addAttribute("levels", Contacts.Level.values());
        return "employers/contact-form";
    }

    /** Ranks 1, 3 and 4 given: rank 2 is missing. Shown as a notice; saving one job at a time passes through gaps. */
    private static List<Integer> rankGaps(List<CriticalJobView> jobs) {
        int highest = jobs.stream().map(CriticalJobView::criticalityRank).filter(r -> r != null).mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> gaps = new ArrayList<>();
        for (int rank = 1; rank < highest; rank++) {
            int wanted = rank;
            if (jobs.stream().noneMatch(j -> j.criticalityRank() != null && j.criticalityRank() == wanted)) {
                gaps.add(rank);
            }
        }
        return gaps;
    }

    @Editors
    @GetMapping("/employers/{employerId}/edit")
    String edit(@PathVariable long employerId, Model model) {
        EmployerView employer = employers.get(employerId);
        model.addAttribute("employer", employer);
        model.addAttribute("form", EmployerForm.of(employer));
        model.addAttribute("sectors", Sector.values());
        return "employers/form";
    }

    @Editors
    @PostMapping("/employers/{employerId}")
    String update(@PathVariable long employerId, @Valid @ModelAttribute("form") EmployerForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                employers.update(employerId, form.version() == null ? -1 : form.version(), form.input(), checked(form.confirmDuplicate()));
                redirect.addFlashAttribute("saved", "employer.saved");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
                model.addAttribute("latest", employer);
            }
        }
        model.addAttribute("employer", employer);
        model.addAttribute("sectors", Sector.values());
        return "employers/form";
    }

    @Editors
    @PostMapping("/employers/{employerId}/archive")
    String archive(@PathVariable long employerId, @RequestParam int version, @RequestParam(defaultValue = "true") boolean archived,
                   RedirectAttributes redirect) {
        try {
            employers.archive(employerId, version, archived);
            redirect.addFlashAttribute("saved", archived ? "employer.archivedNotice" : "employer.restoredNotice");
        } catch (Conflict conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:/employers/" + employerId;
    }

    @Editors
    @GetMapping("/employers/{employerId}/establishments/new")
    String newEstablishment(@PathVariable long employerId, Model model) {
        model.addAttribute("employer", employers.get(employerId));
        model.addAttribute("form", new EstablishmentForm("", "", "", "", "", "", "", "", null, false, null));
        return "employers/establishment-form";
    }

    @Editors
    @PostMapping("/employers/{employerId}/establishments")
    String createEstablishment(@PathVariable long employerId, @Valid @ModelAttribute("form") EstablishmentForm form, BindingResult errors,
                               Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                employers.addEstablishment(employerId, form.input());
                redirect.addFlashAttribute("saved", "establishment.created");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            }
        }
        model.addAttribute("employer", employer);
        return "employers/establishment-form";
    }

    @Editors
    @GetMapping("/establishments/{establishmentId}/edit")
    String editEstablishment(@PathVariable long establishmentId, Model model) {
        EstablishmentView establishment = employers.establishment(establishmentId);
        model.addAttribute("employer", employers.get(establishment.employerId()));
        model.addAttribute("establishment", establishment);
        model.addAttribute("form", EstablishmentForm.of(establishment));
        return "employers/establishment-form";
    }

    @Editors
    @PostMapping("/establishments/{establishmentId}")
    String updateEstablishment(@PathVariable long establishmentId, @Valid @ModelAttribute("form") EstablishmentForm form,
                               BindingResult errors, Model model, RedirectAttributes redirect) {
        EstablishmentView establishment = employers.establishment(establishmentId);
        if (!errors.hasErrors()) {
            try {
                employers.updateEstablishment(establishmentId, form.version() == null ? -1 : form.version(), form.input());
                redirect.addFlashAttribute("saved", "establishment.saved");
                return "redirect:/employers/" + establishment.employerId();
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            }
        }
        model.addAttribute("employer", employers.get(establishment.employerId()));
        model.addAttribute("establishment", establishment);
        return "employers/establishment-form";
    }

    @Editors
    @GetMapping("/employers/{employerId}/critical-jobs/new")
    String newCriticalJob(@PathVariable long employerId, Model model) {
        model.addAttribute("form", new CriticalJobForm("", "", false, null, "", null, null, null, null, PayUnit.HOUR, null, null));
        return criticalJobForm(employers.get(employerId), null, List.of(), model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/critical-jobs")
    String createCriticalJob(@PathVariable long employerId, @Valid @ModelAttribute("form") CriticalJobForm form, BindingResult errors,
                             @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        List<PainPoint> pains = painPoints(fields, errors);
        if (!errors.hasErrors()) {
            try {
                criticalJobs.add(employerId, input(form, pains));
                redirect.addFlashAttribute("saved", "criticalJob.created");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            }
        } else {
            alsoTheRulesThatNeedData(employerId, null, form, pains, errors, model);
        }
        return criticalJobForm(employer, null, pains, model);
    }

    @Editors
    @GetMapping("/critical-jobs/{criticalJobId}/edit")
    String editCriticalJob(@PathVariable long criticalJobId, Model model) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        model.addAttribute("form", CriticalJobForm.of(job));
        return criticalJobForm(employers.get(job.employerId()), job, job.painPoints(), model);
    }

    @Editors
    @PostMapping("/critical-jobs/{criticalJobId}")
    String updateCriticalJob(@PathVariable long criticalJobId, @Valid @ModelAttribute("form") CriticalJobForm form, BindingResult errors,
                             @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        List<PainPoint> pains = painPoints(fields, errors);
        if (!errors.hasErrors()) {
            try {
                criticalJobs.update(criticalJobId, form.version() == null ? -1 : form.version(), input(form, pains));
                redirect.addFlashAttribute("saved", "criticalJob.saved");
                return "redirect:/employers/" + job.employerId();
            } catch (InvalidInput invalid) {
                reject(errors, invalid, model);
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            }
        } else {
            alsoTheRulesThatNeedData(job.employerId(), criticalJobId, form, pains, errors, model);
        }
        return criticalJobForm(employers.get(job.employerId()), job, pains, model);
    }

    private String criticalJobForm(EmployerView employer, CriticalJobView job, List<PainPoint> pains, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("job", job);
        model.addAttribute("establishments", employers.establishments(employer.id()));
        model.addAttribute("painKinds", PainPointKind.values());
        model.addAttribute("analyses", PainPointAnalysis.values());
        model.addAttribute("payUnits", PayUnit.values());
        Map<PainPointKind, PainPoint> byKind = new java.util.EnumMap<>(PainPointKind.class);
        pains.forEach(p -> byKind.put(p.kind(), p));
        model.addAttribute("pains", byKind);
        return "employers/critical-job-form";
    }

    /**
     * The form's own checks failed (a negative count, a rank over 100): the service's rules are run too, on what can be
     * read, and their problems added where the field has none yet, so the person fixes everything in one round.
     */
    private void alsoTheRulesThatNeedData(long employerId, Long criticalJobId, CriticalJobForm form, List<PainPoint> pains,
                                          BindingResult errors, Model model) {
        if (form == null || errors.getTarget() == null) {
            return;
        }
        List<InvalidInput> found = criticalJobs.problems(employerId, criticalJobId, input(form, pains)).stream()
                .filter(p -> p.field().equals("painPoints") || !errors.hasFieldErrors(p.field())).toList();
        if (!found.isEmpty()) {
            reject(errors, InvalidInput.all(found), model);
        }
    }

    private static CriticalJobInput input(CriticalJobForm form, List<PainPoint> pains) {
        return new CriticalJobInput(form.employerTitle(), form.socCode(), checked(form.socConfirmed()), form.establishmentId(),
                form.businessFunction(), form.positions(), form.openings(), form.payMin(), form.payMax(), form.payUnit(),
                form.criticalityRank(), pains);
    }

    /** Pain points come as rank.KIND, analysis.KIND and note.KIND fields; a kind without a rank is not one. */
    private static List<PainPoint> painPoints(Map<String, String> fields, BindingResult errors) {
        List<PainPoint> pains = new ArrayList<>();
        for (PainPointKind kind : PainPointKind.values()) {
            String rank = fields.getOrDefault("rank." + kind.name(), "").strip();
            if (rank.isEmpty()) {
                continue;
            }
            try {
                int value = Integer.parseInt(rank);
                if (value < 1 || value > PainPointKind.values().length) {
                    throw new NumberFormatException();
                }
                String analysis = fields.getOrDefault("analysis." + kind.name(), "NOT_ASKED");
                pains.add(new PainPoint(kind, value, PainPointAnalysis.valueOf(analysis.isBlank() ? "NOT_ASKED" : analysis),
                        fields.get("note." + kind.name())));
            } catch (IllegalArgumentException notARank) {
                errors.reject("painPoint.rankInvalid", new Object[] {rank, PainPointKind.values().length}, "painPoint.rankInvalid");
            }
        }
        return pains;
    }

    /**
     * A checkbox the browser leaves out of the request, unticked or not on the page at all, is no. Form
     * records hold {@code Boolean} so that a missing box binds as empty instead of failing the whole form.
     */
    private static boolean checked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }

    private static void reject(BindingResult errors, InvalidInput invalid, Model model) {
        for (InvalidInput problem : invalid.problems()) {
            if (problem.field().equals("painPoints")) {
                errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
            } else {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            }
            if (problem.messageKey().equals("employer.duplicateName")) {
                model.addAttribute("duplicateName", true);
            }
        }
    }
}
