package org.pathways.employers.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pathways.employers.Contacts;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.EmployerProfiles;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerInput;
import org.pathways.employers.Employers.EmployerQuery;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Sector;
import org.pathways.employers.SizeClasses;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
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
 * Employer profiles for the people who keep them: the list with its filters, the profile, its own form, the CSR and
 * DEI profile and archiving. Establishments, people, critical jobs and imports have controllers of their own.
 * Read-only members see everything and change nothing.
 */
@Controller
@Members
class EmployerPages {

    private final Employers employers;
    private final Contacts contacts;
    private final EmployerProfiles profiles;
    private final SizeClasses sizeClasses;
    private final CriticalJobs criticalJobs;

    EmployerPages(Employers employers, Contacts contacts, EmployerProfiles profiles, SizeClasses sizeClasses, CriticalJobs criticalJobs) {
        this.criticalJobs = criticalJobs;
        this.employers = employers;
        this.contacts = contacts;
        this.profiles = profiles;
        this.sizeClasses = sizeClasses;
    }

    @ModelAttribute("sectors")
    Sector[] sectors() {
        return Sector.values();
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
    @GetMapping("/employers/new")
    String newEmployer(Model model) {
        model.addAttribute("form", EmployerInput.blank());
        return "employers/form";
    }

    /** A name another profile already has is saved only when the person says it is another employer ({@code confirmDuplicate}). */
    @Editors
    @PostMapping("/employers")
    String create(@Valid @ModelAttribute("form") EmployerInput form, BindingResult errors,
                  @RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EmployerView created = employers.create(form, confirmDuplicate);
                redirect.addFlashAttribute("saved", "employer.created");
                return "redirect:/employers/" + created.id();
            } catch (InvalidInput invalid) {
                refused(errors, invalid, model);
            }
        }
        return "employers/form";
    }

    @GetMapping("/employers/{employerId}")
    String detail(@PathVariable long employerId, Model model) {
        EmployerProfiles.Profile profile = profiles.of(employerId);
        model.addAttribute("employer", profile.employer());
        model.addAttribute("establishments", profile.establishments());
        model.addAttribute("criticalJobs", profile.criticalJobs());
        model.addAttribute("rankGaps", CriticalJobs.rankGaps(profile.criticalJobs()));
        model.addAttribute("contacts", profile.contacts());
        model.addAttribute("formerContacts", contacts.former(employerId));
        model.addAttribute("sourcing", profile.sourcingByJob());
        model.addAttribute("requirementItems", criticalJobs.requirementItems(employerId));
        model.addAttribute("gaps", profile.gaps());
        model.addAttribute("memberships", profile.memberships());
        model.addAttribute("ownOrganization", employers.ownOrganization(employerId).orElse(null));
        model.addAttribute("employerOrganizations", employers.employerOrganizations());
        return "employers/detail";
    }

    /** Links the profile to the employer's own organization on Pathways (none unlinks), whose people then follow its referrals. */
    @Editors
    @PostMapping("/employers/{employerId}/own-organization")
    String linkOwnOrganization(@PathVariable long employerId, @RequestParam(required = false) Long organizationId,
                               RedirectAttributes redirect) {
        try {
            employers.linkOwnOrganization(employerId, organizationId);
            redirect.addFlashAttribute("saved", "employer.ownOrganizationSaved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/employers/" + employerId;
    }

    @Editors
    @GetMapping("/employers/{employerId}/edit")
    String edit(@PathVariable long employerId, Model model) {
        EmployerView employer = employers.get(employerId);
        model.addAttribute("employer", employer);
        model.addAttribute("form", EmployerInput.of(employer));
        model.addAttribute("version", employer.version());
        return "employers/form";
    }

    @Editors
    @PostMapping("/employers/{employerId}")
    String update(@PathVariable long employerId, @Valid @ModelAttribute("form") EmployerInput form, BindingResult errors,
                  @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean confirmDuplicate,
                  Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        if (!errors.hasErrors()) {
            try {
                employers.update(employerId, version == null ? -1 : version, form, confirmDuplicate);
                redirect.addFlashAttribute("saved", "employer.saved");
                return "redirect:/employers/" + employerId;
            } catch (InvalidInput invalid) {
                refused(errors, invalid, model);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
                model.addAttribute("latest", employer);
            }
        }
        model.addAttribute("employer", employer);
        model.addAttribute("version", version);
        return "employers/form";
    }

    /** The form shows the duplicate-name checkbox only once a name was found taken. */
    private static void refused(BindingResult errors, InvalidInput invalid, Model model) {
        FormErrors.reject(errors, invalid);
        if (invalid.problems().stream().anyMatch(p -> p.messageKey().equals("employer.duplicateName"))) {
            model.addAttribute("duplicateName", true);
        }
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
    @GetMapping("/employers/{employerId}/csr-dei")
    String editCsrDei(@PathVariable long employerId, Model model) {
        EmployerView employer = employers.get(employerId);
        model.addAttribute("form", employer.csrDei());
        model.addAttribute("version", employer.version());
        return csrDeiForm(employer, model);
    }

    /** The version is read as text: one that is not a number asks to open the page again rather than failing. */
    @Editors
    @PostMapping("/employers/{employerId}/csr-dei")
    String updateCsrDei(@PathVariable long employerId, @ModelAttribute("form") Employers.CsrDeiProfile form, BindingResult errors,
                        @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        EmployerView employer = employers.get(employerId);
        Integer opened = FormErrors.openedVersion(version);
        if (opened == null) {
            model.addAttribute("form", employer.csrDei());
            model.addAttribute("version", employer.version());
            model.addAttribute("problem", "employer.changedByOther");
            return csrDeiForm(employer, model);
        }
        model.addAttribute("version", opened);
        if (!errors.hasErrors()) {
            try {
                employers.updateCsrDei(employerId, opened, form);
                redirect.addFlashAttribute("saved", "employer.saved");
                return "redirect:/employers/" + employerId + "#csr-heading";
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        return csrDeiForm(employer, model);
    }

    private String csrDeiForm(EmployerView employer, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("approaches", Employers.CsrDeiProfile.CsrApproach.values());
        model.addAttribute("priorities", Employers.CsrDeiProfile.DeiPriority.values());
        model.addAttribute("experiences", Employers.CsrDeiProfile.DeiExperience.values());
        return "employers/csr-dei-form";
    }

}
