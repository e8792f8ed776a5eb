package org.pathways.participants.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.participants.CareerPathways;
import org.pathways.participants.Circumstances;
import org.pathways.participants.Circumstances.Barrier;
import org.pathways.participants.Circumstances.CircumstancesInput;
import org.pathways.participants.Circumstances.Support;
import org.pathways.participants.Consents;
import org.pathways.participants.Consents.ConsentInput;
import org.pathways.participants.Matches;
import org.pathways.participants.ParticipantImport;
import org.pathways.participants.ParticipantLinks;
import org.pathways.participants.Participants;
import org.pathways.participants.PathwayDocument;
import org.pathways.participants.Participants.Credential;
import org.pathways.participants.Participants.ParticipantInput;
import org.pathways.participants.Participants.ParticipantQuery;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Participants.Skill;
import org.pathways.participants.Participants.Work;
import org.pathways.participants.Referrals;
import org.pathways.participants.TrainingPrograms;
import org.pathways.participants.Referrals.ReferralInput;
import org.pathways.platform.Documents;
import org.pathways.platform.FormErrors;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Permissions.Staff;
import org.pathways.platform.Uploads;
import org.pathways.platform.UserAccounts;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.PageQuery;
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
 * The OPSO's participants: the list with its filters and what needs attention (consents lapsing, retention checks due), the
 * profile with its consents and referrals, the form, the confidential circumstances (staff only, every opening recorded),
 * the matches and the access log.
 */
@Controller
@Members
class ParticipantPages {

    /** Empty rows after those written, to add more without JavaScript; rows keep their place so problems name them. */
    static final int SPARE_ROWS = 2;

    private final Participants participants;
    private final Circumstances circumstances;
    private final Consents consents;
    private final Referrals referrals;
    private final Matches matches;
    private final UserAccounts users;
    private final CareerPathways pathways;
    private final PathwayDocument pathwayDocument;
    private final Documents documents;
    private final ParticipantImport participantImport;
    private final ParticipantLinks links;
    private final TrainingPrograms programs;

    ParticipantPages(Participants participants, Circumstances circumstances, Consents consents, Referrals referrals, Matches matches,
                     UserAccounts users, CareerPathways pathways, PathwayDocument pathwayDocument, Documents documents,
                     ParticipantImport participantImport, ParticipantLinks links, TrainingPrograms programs) {
        this.links = links;
        this.programs = programs;
        this.participantImport = participantImport;
        this.pathways = pathways;
        this.pathwayDocument = pathwayDocument;
        this.documents = documents;
        this.participants = participants;
        this.circumstances = circumstances;
        this.consents = consents;
        this.referrals = referrals;
        this.matches = matches;
        this.users = users;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("credentialKinds", CredentialKind.values());
        model.addAttribute("stages", Referrals.Stage.values());
        model.addAttribute("contactWays", Participants.ContactWay.values());
        model.addAttribute("payUnits", Participants.PayUnit.values());
    }

    @GetMapping("/participants")
    String list(@Valid @ModelAttribute("query") ParticipantQuery query, BindingResult errors, @RequestParam(required = false) Integer page,
                Model model) {
        ParticipantQuery used = errors.hasErrors() ? ParticipantQuery.none() : query;
        if (errors.getTarget() == null) {
            // a filter the list could not read (a stage that is not one) leaves no query to show: the empty one, with the problem
            FormErrors.showInstead(model, errors, used, "query");
        }
        model.addAttribute("result", participants.search(used, PageQuery.of(page, null)));
        model.addAttribute("staffPeople", colleagues());
        model.addAttribute("pageLinkBase", "/participants?" + queryString(used));
        PathwaysUser me = PathwaysUser.current();
        if (me.isStaff()) {
            model.addAttribute("expiring", consents.expiring(30));
            model.addAttribute("retentionDue", referrals.retentionDue(14));
        }
        return "participants/list";
    }

    @Staff
    @GetMapping("/participants/new")
    String newForm(Model model) {
        return form(padded(ParticipantInput.blank()), null, model);
    }

    @Staff
    @PostMapping("/participants/new")
    String create(@Valid @ModelAttribute("form") ParticipantInput form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = participants.create(withoutCircumstances(form)).id();
                redirect.addFlashAttribute("saved", "participants.created");
                return "redirect:/participants/" + id;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "skills");
            }
        } else {
            alsoTheRules(errors, form);
        }
        FormErrors.showInstead(model, errors, errors.getTarget() == null ? padded(ParticipantInput.blank()) : padded(form));
        return form(null, null, model);
    }

    @Staff
    @GetMapping("/participants/import")
    String importForm() {
        return "participants/import";
    }

    /** A CSV or .xlsx file of participants, all or nothing, every problem at its row and column. */
    @Staff
    @PostMapping("/participants/import")
    String importFile(@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file, Model model)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "employerImport.noFile");
            return "participants/import";
        }
        model.addAttribute("report", Uploads.withSaved(List.of(file), saved -> participantImport.importFile(saved.get(0))));
        model.addAttribute("fileName", Uploads.safeName(file.getOriginalFilename(), 0));
        return "participants/import";
    }

    @GetMapping("/participants/{participantId}")
    String profile(@PathVariable long participantId, Model model) {
        model.addAttribute("consentForm", ConsentInput.blank(LocalDate.now()));
        model.addAttribute("referralForm", new ReferralInput(participantId, null, null, null, null));
        return profilePage(participantId, model);
    }

    @Staff
    @GetMapping("/participants/{participantId}/edit")
    String editForm(@PathVariable long participantId, Model model) {
        ParticipantView participant = participants.get(participantId);
        return form(padded(participant.input()), participant, model);
    }

    @Staff
    @PostMapping("/participants/{participantId}/edit")
    String update(@PathVariable long participantId, @Valid @ModelAttribute("form") ParticipantInput form, BindingResult errors,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        ParticipantView participant = participants.get(participantId);
        Integer opened = FormErrors.openedVersion(version);
        if (opened == null) {
            model.addAttribute("problem", "participants.changedByOther");
        } else if (!errors.hasErrors()) {
            try {
                participants.update(participantId, opened, withoutCircumstances(form));
                redirect.addFlashAttribute("saved", "participants.saved");
                return "redirect:/participants/" + participantId;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "skills");
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        } else if (errors.hasErrors()) {
            alsoTheRules(errors, form);
        }
        FormErrors.showInstead(model, errors, errors.getTarget() == null ? padded(participant.input()) : padded(form));
        model.addAttribute("version", opened == null ? participant.version() : opened);
        return form(null, participant, model);
    }

    /** The confidential circumstances: opening this page is a read, recorded in the participant's access log. */
    @Staff
    @GetMapping("/participants/{participantId}/circumstances")
    String circumstances(@PathVariable long participantId, Model model) {
        Circumstances.CircumstancesView view = circumstances.read(participantId, Circumstances.Read.CIRCUMSTANCES_PAGE);
        model.addAttribute("form", paddedCircumstances(view.input()));
        model.addAttribute("version", view.version());
        return circumstancesPage(participantId, view, model);
    }

    @Staff
    @PostMapping("/participants/{participantId}/circumstances")
    String saveCircumstances(@PathVariable long participantId, @Valid @ModelAttribute("form") CircumstancesInput form, BindingResult errors,
                             @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        Integer opened = FormErrors.openedVersion(version);
        if (opened == null) {
            model.addAttribute("problem", "circumstances.changedByOther");
        } else if (!errors.hasErrors()) {
            try {
                circumstances.save(participantId, opened, form);
                redirect.addFlashAttribute("saved", "circumstances.saved");
                return "redirect:/participants/" + participantId + "/circumstances";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "populations");
            } catch (Conflict conflict) {
                FormErrors.conflict(model, conflict);
            }
        }
        Circumstances.CircumstancesView latest = circumstances.read(participantId, Circumstances.Read.CIRCUMSTANCES_PAGE);
        FormErrors.showInstead(model, errors, paddedCircumstances(errors.getTarget() == null ? latest.input() : form));
        model.addAttribute("version", opened == null ? latest.version() : opened);
        return circumstancesPage(participantId, latest, model);
    }

    @Staff
    @GetMapping("/participants/{participantId}/access-log")
    String accessLog(@PathVariable long participantId, Model model) {
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("accesses", circumstances.accessLog(participantId));
        return "participants/access-log";
    }

    @GetMapping("/participants/{participantId}/pathway")
    String pathway(@PathVariable long participantId, Model model) {
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("pathway", pathways.of(participantId));
        return "participants/pathway";
    }

    /** The pathway to take home, in the participant's own language: a print page or a PDF. */
    @GetMapping("/participants/{participantId}/pathway/document")
    org.springframework.http.ResponseEntity<byte[]> pathwayDocument(@PathVariable long participantId,
                                                                    @RequestParam(defaultValue = "HTML") Documents.Format format) {
        return documents.respond(pathwayDocument.of(participantId), format, "pathway-" + participantId);
    }

    @GetMapping("/participants/{participantId}/matches")
    String matches(@PathVariable long participantId, Model model) {
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("matches", matches.forParticipant(participantId));
        model.addAttribute("programs", programs.finder());
        return "participants/matches";
    }

    @Staff
    @PostMapping("/participants/{participantId}/consents")
    String recordConsent(@PathVariable long participantId, @Valid @ModelAttribute("consentForm") ConsentInput form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                consents.record(participantId, form);
                redirect.addFlashAttribute("saved", "consents.recorded");
                return "redirect:/participants/" + participantId + "#consents";
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid, "categories");
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, ConsentInput.blank(LocalDate.now()), "consentForm");
        }
        model.addAttribute("referralForm", new ReferralInput(participantId, null, null, null, null));
        return profilePage(participantId, model);
    }

    /** Revokes a consent; the reason is optional and kept with it. */
    @Staff
    @PostMapping("/consents/{consentId}/revoke")
    String revoke(@PathVariable long consentId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Consents.ConsentView consent = consents.get(consentId);
        try {
            consents.revoke(consentId, reason);
            redirect.addFlashAttribute("saved", "consents.revoked");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.messageKey());
        }
        return "redirect:/participants/" + consent.participantId() + "#consents";
    }

    @Staff
    @PostMapping("/participants/{participantId}/referrals")
    String refer(@PathVariable long participantId, @Valid @ModelAttribute("referralForm") ReferralInput form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = referrals.refer(new ReferralInput(participantId, form.criticalJobId(), form.consentId(), form.referredOn(),
                        form.note())).id();
                redirect.addFlashAttribute("saved", "referrals.created");
                return "redirect:/referrals/" + id;
            } catch (InvalidInput invalid) {
                FormErrors.reject(errors, invalid);
            }
        }
        if (errors.getTarget() == null) {
            FormErrors.showInstead(model, errors, new ReferralInput(participantId, null, null, null, null), "referralForm");
        }
        model.addAttribute("consentForm", ConsentInput.blank(LocalDate.now()));
        return profilePage(participantId, model);
    }

    /** Forgets the participant at their request, once the family name is typed to confirm. */
    @Staff
    @PostMapping("/participants/{participantId}/erase")
    String erase(@PathVariable long participantId, @RequestParam(required = false) String confirmName, RedirectAttributes redirect) {
        ParticipantView participant = participants.get(participantId);
        if (participant.familyName() == null || confirmName == null || !confirmName.strip().equalsIgnoreCase(participant.familyName())) {
            redirect.addFlashAttribute("problem", "participants.eraseConfirm");
            return "redirect:/participants/" + participantId + "#erase";
        }
        participants.erase(participantId);
        redirect.addFlashAttribute("saved", "participants.erasedDone");
        return "redirect:/participants";
    }

    /**
     * When binding already found a problem, the rules' own problems too (an unknown occupation, an exit before the entry), so
     * every problem is named on the first submit; a field binding already marked keeps its one message.
     */
    private void alsoTheRules(BindingResult errors, ParticipantInput form) {
        if (errors.getTarget() == null) {
            return;
        }
        List<InvalidInput> more = participants.problemsOf(withoutCircumstances(form)).stream()
                .filter(p -> !errors.hasFieldErrors(p.field())).toList();
        if (!more.isEmpty()) {
            FormErrors.reject(errors, InvalidInput.all(more), "skills");
        }
    }

    private String profilePage(long participantId, Model model) {
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("consents", consents.of(participantId));
        model.addAttribute("referrals", referrals.ofParticipant(participantId));
        model.addAttribute("recipients", consents.recipients());
        model.addAttribute("jobs", referrals.jobsForReferral());
        model.addAttribute("consentCategories", Consents.Category.values());
        model.addAttribute("givenBys", Consents.GivenBy.values());
        model.addAttribute("purposes", Consents.Purpose.values());
        model.addAttribute("methods", Consents.Method.values());
        if (links.mayIssue()) {
            model.addAttribute("ownLinks", links.live(participantId).stream().filter(l -> l.referralId() == null).toList());
        }
        return "participants/profile";
    }

    private String form(ParticipantInput form, ParticipantView participant, Model model) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        if (participant != null && !model.containsAttribute("version")) {
            model.addAttribute("version", participant.version());
        }
        model.addAttribute("participant", participant);
        model.addAttribute("staffPeople", colleagues());
        return "participants/form";
    }

    private String circumstancesPage(long participantId, Circumstances.CircumstancesView view, Model model) {
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("current", view);
        model.addAttribute("populations", Population.values());
        model.addAttribute("barrierKinds", Circumstances.BarrierKind.values());
        model.addAttribute("barrierStatuses", Circumstances.BarrierStatus.values());
        return "participants/circumstances";
    }

    private List<UserAccounts.Colleague> colleagues() {
        return users.colleagues();
    }

    /** The circumstances travel on their own page; the profile form never carries them. */
    private static ParticipantInput withoutCircumstances(ParticipantInput form) {
        return new ParticipantInput(form.givenName(), form.familyName(), form.preferredName(), form.pronouns(), form.preferredLanguage(),
                form.email(), form.phone(), form.contactPreference(), form.countyFips(), form.birthDate(), form.programEntry(),
                form.programExit(), form.strengths(), form.education(), form.languages(), form.interests(), form.shifts(), form.weekends(),
                form.hasCar(), form.hasLicense(), form.usesTransit(), form.desiredPay(), form.payUnit(), form.goalMonths(), form.skills(),
                form.credentials(), form.workHistory(), form.goals(), form.staffUserId(), null);
    }

    private static ParticipantInput padded(ParticipantInput input) {
        List<Skill> skills = new ArrayList<>(input.skills());
        List<Credential> credentials = new ArrayList<>(input.credentials());
        List<Work> work = new ArrayList<>(input.workHistory());
        List<String> goals = new ArrayList<>(input.goals());
        for (int i = 0; i < SPARE_ROWS; i++) {
            skills.add(new Skill(null, null));
            credentials.add(new Credential(null, null, null, null));
            work.add(new Work(null, null, null, null, null));
            goals.add("");
        }
        skills.add(new Skill(null, null));
        return input.withRows(skills, credentials, work, goals);
    }

    private static CircumstancesInput paddedCircumstances(CircumstancesInput input) {
        List<Barrier> barriers = new ArrayList<>();
        for (Barrier barrier : input.barriers()) {
            List<Support> supports = new ArrayList<>(barrier.supports());
            supports.add(new Support(null, null, null, null));
            barriers.add(new Barrier(barrier.kind(), barrier.status(), barrier.note(), supports));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            barriers.add(new Barrier(null, null, null, List.of(new Support(null, null, null, null))));
        }
        return new CircumstancesInput(input.populations(), barriers);
    }

    private static String queryString(ParticipantQuery query) {
        StringBuilder q = new StringBuilder();
        append(q, "q", query.q());
        append(q, "skill", query.skill());
        append(q, "credential", query.credential() == null ? null : query.credential().name());
        append(q, "soc", query.soc());
        append(q, "county", query.county());
        append(q, "stage", query.stage() == null ? null : query.stage().name());
        append(q, "staff", query.staff() == null ? null : query.staff().toString());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }
}
