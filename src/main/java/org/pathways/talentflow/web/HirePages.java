package org.pathways.talentflow.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.FormErrors;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Uploads;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.HireImport;
import org.pathways.talentflow.Hires;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.HireView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An employer's hire records: the list with its retention checkpoints, one hire typed or corrected, and the import. */
@Controller
@Members
class HirePages {

    /** The review step's form: the file kept and, for each source it could not place, what the person chose. */
    record ReviewForm(Long pending, List<PlaceRow> places) {
        ReviewForm {
            places = places == null ? List.of() : places;
        }
    }

    /** One source name: a provider's id, or "NEW" with the kind of the provider to add. */
    record PlaceRow(String name, String choice, Providers.Kind kind) {
    }

    private final Hires hires;
    private final HireImport hireImport;
    private final Providers providers;

    HirePages(Hires hires, HireImport hireImport, Providers providers) {
        this.hires = hires;
        this.hireImport = hireImport;
        this.providers = providers;
    }

    /**
     * Where an employer's hire pages are: under the profile for the organization that keeps it, under "own employers" for
     * the employer organization a profile stands for (which records its own hires there, and reaches no other page of it).
     */
    private String base(long employerId) {
        return (hires.employer(employerId).own() ? "/own-employers/" : "/employers/") + employerId;
    }

    /** An employer organization's profiles kept by others, each leading to its own hires. */
    @GetMapping("/own-employers")
    String ownEmployers(Model model) {
        model.addAttribute("profiles", hires.ownProfiles());
        return "talentflow/own-employers";
    }

    @GetMapping("/own-employers/{ownEmployerId}/hires")
    String ownList(@PathVariable long ownEmployerId, @RequestParam(required = false) Long criticalJobId,
                   @RequestParam(required = false) Integer page, Model model) {
        return list(ownEmployerId, criticalJobId, page, model);
    }

    @Editors
    @PostMapping("/own-employers/{ownEmployerId}/hires")
    String ownRecord(@PathVariable long ownEmployerId, @Valid @ModelAttribute("form") HireInput form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        return record(ownEmployerId, form, errors, model, redirect);
    }

    @GetMapping("/own-employers/{ownEmployerId}/hires/import")
    String ownImportForm(@PathVariable long ownEmployerId, Model model) {
        return importForm(ownEmployerId, model);
    }

    @Editors
    @PostMapping("/own-employers/{ownEmployerId}/hires/import")
    String ownImportFile(@PathVariable long ownEmployerId, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        return importFile(ownEmployerId, file, model);
    }

    @Editors
    @PostMapping("/own-employers/{ownEmployerId}/hires/import/review")
    String ownReview(@PathVariable long ownEmployerId, @ModelAttribute("review") ReviewForm form, Model model) throws IOException {
        return review(ownEmployerId, form, model);
    }

    @GetMapping("/employers/{employerId}/hires")
    String list(@PathVariable long employerId, @RequestParam(required = false) Long criticalJobId,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("form", HireInput.blank());
        return listPage(employerId, criticalJobId, page, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/hires")
    String record(@PathVariable long employerId, @Valid @ModelAttribute("form") HireInput form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                hires.record(employerId, form);
                redirect.addFlashAttribute("saved", "hires.recorded");
                return "redirect:" + base(employerId) + "/hires";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        } else {
            alsoTheRules(errors, employerId, form);
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, HireInput.blank());
        }
        return listPage(employerId, null, null, model);
    }

    @GetMapping("/hires/{hireId}/edit")
    String editForm(@PathVariable long hireId, Model model) {
        HireView hire = hires.get(hireId);
        model.addAttribute("form", HireInput.of(hire));
        return editPage(hire, hire.version(), model);
    }

    @Editors
    @PostMapping("/hires/{hireId}")
    String update(@PathVariable long hireId, @RequestParam(required = false) String version, @Valid @ModelAttribute("form") HireInput form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        HireView hire = hires.get(hireId);
        Integer read = FormErrors.openedVersion(version);
        if (read == null) {
            model.addAttribute("form", HireInput.of(hire));
            model.addAttribute("problem", "hires.changedSince");
            return editPage(hire, hire.version(), model);
        }
        if (!errors.hasErrors()) {
            try {
                hires.update(hireId, read, form);
                redirect.addFlashAttribute("saved", "hires.updated");
                return "redirect:" + base(hire.employerId()) + "/hires";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        } else {
            alsoTheRules(errors, hire.employerId(), form);
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, HireInput.of(hire));
        }
        return editPage(hire, read, model);
    }

    @Editors
    @PostMapping("/hires/{hireId}/remove")
    String remove(@PathVariable long hireId, RedirectAttributes redirect) {
        HireView hire = hires.get(hireId);
        try {
            hires.remove(hireId);
            redirect.addFlashAttribute("saved", "hires.removed");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:" + base(hire.employerId()) + "/hires";
    }

    @GetMapping("/employers/{employerId}/hires/import")
    String importForm(@PathVariable long employerId, Model model) {
        return importPage(employerId, model);
    }

    /** An applicant-tracking export: imported at once, refused with every problem, or kept for the review of its sources. */
    @Editors
    @PostMapping("/employers/{employerId}/hires/import")
    String importFile(@PathVariable long employerId, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "employerImport.noFile");
            return importPage(employerId, model);
        }
        String name = Uploads.safeName(file.getOriginalFilename(), 0);
        HireImport.Report report = Uploads.withSaved(List.of(file), saved -> hireImport.importFile(employerId, saved.get(0), name));
        model.addAttribute("report", report);
        model.addAttribute("fileName", name);
        if (report.needsReview()) {
            model.addAttribute("review", reviewOf(report));
        }
        return importPage(employerId, model);
    }

    @Editors
    @PostMapping("/employers/{employerId}/hires/import/review")
    String review(@PathVariable long employerId, @ModelAttribute("review") ReviewForm form, Model model) throws IOException {
        if (form.pending() == null) {
            model.addAttribute("problem", "hireImport.reviewGone");
            return importPage(employerId, model);
        }
        List<HireImport.Placement> placements = new ArrayList<>();
        for (PlaceRow row : form.places()) {
            String choice = row.choice() == null ? "" : row.choice().strip();
            Long providerId = choice.matches("\\d{1,18}") ? Long.valueOf(choice) : null;
            placements.add(new HireImport.Placement(row.name(), providerId, "NEW".equals(choice) ? row.kind() : null));
        }
        String name = hireImport.pendingFileName(employerId, form.pending());
        HireImport.Report report = hireImport.placeAndImport(employerId, form.pending(), placements);
        model.addAttribute("report", report);
        model.addAttribute("fileName", name);
        if (report.needsReview() || report.failed()) {
            model.addAttribute("review", report.needsReview() ? reviewOf(report) : form);
        }
        return importPage(employerId, model);
    }

    /** The rules that need data, beside what the form could not take, so every problem shows in one round. */
    private void alsoTheRules(BindingResult errors, long employerId, HireInput form) {
        if (errors.getTarget() != null) {
            FormErrors.rejectAlso(errors, hires.problemsOf(employerId, form));
        }
    }

    private static ReviewForm reviewOf(HireImport.Report report) {
        return new ReviewForm(report.pendingId(), report.unknownSources().stream().map(u -> new PlaceRow(u.name(), null, null)).toList());
    }

    private String listPage(long employerId, Long criticalJobId, Integer page, Model model) {
        model.addAttribute("employer", hires.employer(employerId));
        model.addAttribute("base", base(employerId));
        model.addAttribute("hires", hires.list(employerId, new Hires.HireQuery(criticalJobId, null, null, null), PageQuery.of(page, 50)));
        model.addAttribute("criticalJobId", criticalJobId);
        model.addAttribute("today", LocalDate.now());
        return withChoices(employerId, model, "talentflow/hires");
    }

    private String editPage(HireView hire, int version, Model model) {
        model.addAttribute("employer", hires.employer(hire.employerId()));
        model.addAttribute("base", base(hire.employerId()));
        model.addAttribute("hire", hire);
        model.addAttribute("version", version);
        return withChoices(hire.employerId(), model, "talentflow/hire-edit");
    }

    private String importPage(long employerId, Model model) {
        model.addAttribute("employer", hires.employer(employerId));
        model.addAttribute("base", base(employerId));
        model.addAttribute("providers", providers.list(null));
        model.addAttribute("kinds", Providers.Kind.values());
        return "talentflow/import";
    }

    private String withChoices(long employerId, Model model, String view) {
        model.addAttribute("jobs", hires.jobs(employerId));
        model.addAttribute("providers", providers.list(null));
        model.addAttribute("populations", Population.values());
        model.addAttribute("credentialKinds", CredentialKind.values());
        model.addAttribute("reasons", Hires.SeparationReason.values());
        model.addAttribute("units", Hires.WageUnit.values());
        return view;
    }
}
