package org.pathways.engagement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pathways.employers.PainPointKind;
import org.pathways.engagement.EngagementDocuments;
import org.pathways.engagement.LanguageCheck;
import org.pathways.engagement.ValuePropositions;
import org.pathways.engagement.ValuePropositions.Draft;
import org.pathways.engagement.ValuePropositions.MeasureKind;
import org.pathways.engagement.ValuePropositions.Stage;
import org.pathways.engagement.ValuePropositions.Step;
import org.pathways.platform.Documents;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.Members;
import org.pathways.platform.Permissions.Staff;
import org.springframework.http.ResponseEntity;
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
 * The value proposition builder: the six steps drafted from the profile, the language check, versions, and the
 * proposition and workbook as print page, PDF and Word file.
 */
@Controller
@Members
class ValuePropositionPages {

    /** Blank measure rows the page always offers below those written. */
    private static final int SPARE_ROWS = 2;

    private final ValuePropositions propositions;
    private final LanguageCheck language;
    private final EngagementDocuments documents;
    private final Documents renderer;

    ValuePropositionPages(ValuePropositions propositions, LanguageCheck language, EngagementDocuments documents, Documents renderer) {
        this.propositions = propositions;
        this.language = language;
        this.documents = documents;
        this.renderer = renderer;
    }

    /** A success measure's row on the page; every field may be left empty, and a wholly empty row is not a measure. */
    public static class MeasureRow {
        private MeasureKind kind;
        private BigDecimal target;
        private Integer periodDays;
        private Long criticalJobId;
        private PainPointKind painPoint;
        private String note;

        static MeasureRow of(ValuePropositions.Measure measure) {
            MeasureRow row = new MeasureRow();
            row.kind = measure.kind();
            row.target = measure.target();
            row.periodDays = measure.periodDays();
            row.criticalJobId = measure.criticalJobId();
            row.painPoint = measure.painPoint();
            row.note = measure.note();
            return row;
        }

        boolean isEmpty() {
            return kind == null && target == null && periodDays == null && criticalJobId == null && painPoint == null && (note == null || note.isBlank());
        }

        ValuePropositions.Measure measure() {
            return new ValuePropositions.Measure(kind, target, periodDays, criticalJobId, painPoint, note);
        }

        public MeasureKind getKind() {
            return kind;
        }

        public void setKind(MeasureKind kind) {
            this.kind = kind;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public Integer getPeriodDays() {
            return periodDays;
        }

        public void setPeriodDays(Integer periodDays) {
            this.periodDays = periodDays;
        }

        public Long getCriticalJobId() {
            return criticalJobId;
        }

        public void setCriticalJobId(Long criticalJobId) {
            this.criticalJobId = criticalJobId;
        }

        public PainPointKind getPainPoint() {
            return painPoint;
        }

        public void setPainPoint(PainPointKind painPoint) {
            this.painPoint = painPoint;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The builder's form: a JavaBean, so that the measure rows bind by index (measures[2].target). */
    public static class PropositionForm {
        private Stage stage = Stage.DRAFT;
        private int basedOn;
        private final Map<Step, String> steps = new EnumMap<>(Step.class);
        private List<MeasureRow> measures = new ArrayList<>();

        static PropositionForm of(Draft draft, int basedOn) {
            PropositionForm form = new PropositionForm();
            form.stage = draft.stage();
            form.basedOn = basedOn;
            form.steps.putAll(draft.steps());
            form.measures = new ArrayList<>(draft.measures().stream().map(MeasureRow::of).toList());
            return form;
        }

        Draft draft() {
            return new Draft(stage, steps, measures.stream().map(MeasureRow::measure).toList());
        }

        /**
         * Spare empty rows after those written, to add a measure without JavaScript. Rows are never removed or moved:
         * a problem is reported on its row's index (measures[2].target).
         */
        void padMeasures() {
            measures.replaceAll(r -> r == null ? new MeasureRow() : r);
            int trailingEmpty = 0;
            for (int i = measures.size() - 1; i >= 0 && measures.get(i).isEmpty(); i--) {
                trailingEmpty++;
            }
            for (int i = trailingEmpty; i < SPARE_ROWS && measures.size() < ValuePropositions.MAX_MEASURES + SPARE_ROWS; i++) {
                measures.add(new MeasureRow());
            }
        }

        /** Enough rows to show a step's text without scrolling inside the box (about 95 characters a row). */
        public int rowsFor(String field) {
            String text = steps.get(java.util.Arrays.stream(Step.values()).filter(st -> st.field().equals(field)).findFirst().orElseThrow());
            if (text == null) {
                return 4;
            }
            int rows = 0;
            for (String line : text.split("\n", -1)) {
                rows += 1 + line.length() / 95;
            }
            return Math.min(20, Math.max(4, rows + 1));
        }

        public Stage getStage() {
            return stage;
        }

        public void setStage(Stage stage) {
            this.stage = stage;
        }

        public int getBasedOn() {
            return basedOn;
        }

        public void setBasedOn(int basedOn) {
            this.basedOn = basedOn;
        }

        public List<MeasureRow> getMeasures() {
            return measures;
        }

        public void setMeasures(List<MeasureRow> measures) {
            this.measures = measures;
        }

        public String getPainPoints() {
            return steps.get(Step.PAIN_POINTS);
        }

        public void setPainPoints(String text) {
            steps.put(Step.PAIN_POINTS, text);
        }

        public String getAcknowledge() {
            return steps.get(Step.ACKNOWLEDGE);
        }

        public void setAcknowledge(String text) {
            steps.put(Step.ACKNOWLEDGE, text);
        }

        public String getProposal() {
            return steps.get(Step.PROPOSAL);
        }

        public void setProposal(String text) {
            steps.put(Step.PROPOSAL, text);
        }

        public String getSuccess() {
            return steps.get(Step.SUCCESS);
        }

        public void setSuccess(String text) {
            steps.put(Step.SUCCESS, text);
        }

        public String getBenefits() {
            return steps.get(Step.BENEFITS);
        }

        public void setBenefits(String text) {
            steps.put(Step.BENEFITS, text);
        }

        public String getFirstMeeting() {
            return steps.get(Step.FIRST_MEETING);
        }

        public void setFirstMeeting(String text) {
            steps.put(Step.FIRST_MEETING, text);
        }
    }

    /**
     * The builder. With {@code version}, that saved version read-only; with {@code suggest}, a fresh draft from the
     * profile in the form (the latest version stays as it is until saved).
     */
    @GetMapping("/employers/{employerId}/value-proposition")
    String builder(@PathVariable long employerId, @RequestParam(required = false) Integer version,
                   @RequestParam(defaultValue = "false") boolean suggest, Model model) {
        ValuePropositions.Builder builder = propositions.builder(employerId);
        if (version != null && (builder.latest() == null || version != builder.latest().number())) {
            ValuePropositions.Version old = propositions.version(employerId, version);
            model.addAttribute("builder", builder);
            model.addAttribute("shown", old);
            model.addAttribute("steps", Step.values());
            model.addAttribute("flags", language.check(ValuePropositions.textsOf(old.draft())));
            return "engagement/value-proposition-version";
        }
        PropositionForm form;
        int basedOn = builder.latest() == null ? 0 : builder.latest().number();
        if (builder.latest() != null && !(suggest && builder.suggestion() != null)) {
            form = PropositionForm.of(builder.latest().draft(), basedOn);
        } else if (builder.suggestion() != null) {
            form = PropositionForm.of(builder.suggestion(), basedOn);
            if (builder.latest() != null) {
                form.setStage(builder.latest().stage()); // a fresh draft does not move the proposition back to "draft"
            }
            model.addAttribute("suggested", true);
        } else {
            form = new PropositionForm();
        }
        return page(builder, form, model, builder.latest() != null && !model.containsAttribute("suggested"));
    }

    private String page(ValuePropositions.Builder builder, PropositionForm form, Model model, boolean checkWording) {
        form.padMeasures();
        model.addAttribute("builder", builder);
        model.addAttribute("form", form);
        model.addAttribute("steps", Step.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("measureKinds", MeasureKind.values());
        model.addAttribute("painPointKinds", PainPointKind.values());
        if (checkWording && builder.ready()) {
            model.addAttribute("flags", language.check(ValuePropositions.textsOf(form.draft())));
        }
        return "engagement/value-proposition";
    }

    /** Saves the form as the next version; if someone saved since it was opened, nothing is saved and the text stays on the page. */
    @Editors
    @PostMapping("/employers/{employerId}/value-proposition")
    String save(@PathVariable long employerId, @ModelAttribute("form") PropositionForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                propositions.save(employerId, form.draft(), form.getBasedOn());
                redirect.addFlashAttribute("saved", "valueProposition.saved");
                return "redirect:/employers/" + employerId + "/value-proposition";
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            } catch (Conflict conflict) {
                ValuePropositions.Builder builder = propositions.builder(employerId);
                model.addAttribute("conflict", builder.latest());
                // What was typed stays; saving again will make it the version after the one someone else saved.
                form.setBasedOn(builder.latest() == null ? 0 : builder.latest().number());
                return page(builder, form, model, true);
            }
        }
        // A value that could not be read (a target of "eighty") stops the save; the rest of the form is still checked.
        propositions.problems(employerId, form.draft()).stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
        return page(propositions.builder(employerId), form, model, true);
    }

    /** Checks the wording of what is in the form, without saving it. */
    @Editors
    @PostMapping("/employers/{employerId}/value-proposition/check")
    String check(@PathVariable long employerId, @ModelAttribute("form") PropositionForm form, Model model) {
        model.addAttribute("checked", true);
        return page(propositions.builder(employerId), form, model, true);
    }

    /** The proposition (a version, or the latest) as print page, PDF or Word file. */
    @GetMapping("/employers/{employerId}/value-proposition/document")
    ResponseEntity<byte[]> propositionDocument(@PathVariable long employerId, @RequestParam(defaultValue = "HTML") Documents.Format format,
                                               @RequestParam(required = false) Integer version) {
        return renderer.respond(documents.valueProposition(employerId, version), format, "value-proposition-" + employerId);
    }

    /** The workbook as print page, PDF or Word file. */
    @GetMapping("/employers/{employerId}/workbook/document")
    ResponseEntity<byte[]> workbookDocument(@PathVariable long employerId, @RequestParam(defaultValue = "HTML") Documents.Format format) {
        return renderer.respond(documents.workbook(employerId), format, "workbook-" + employerId);
    }

    @GetMapping("/value-propositions/wording")
    String wording(Model model) {
        model.addAttribute("terms", language.terms());
        return "engagement/wording";
    }

    @Staff
    @PostMapping("/value-propositions/wording")
    String addTerm(@RequestParam(required = false) String term, @RequestParam(required = false) String suggestion, Model model,
                   RedirectAttributes redirect) {
        try {
            language.add(term, suggestion);
            redirect.addFlashAttribute("saved", "language.termAdded");
            return "redirect:/value-propositions/wording";
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("term", term);
            model.addAttribute("suggestion", suggestion);
            return wording(model);
        }
    }

    @Staff
    @PostMapping("/value-propositions/wording/{termId}/remove")
    String removeTerm(@PathVariable long termId, RedirectAttributes redirect) {
        language.remove(termId);
        redirect.addFlashAttribute("saved", "language.termRemoved");
        return "redirect:/value-propositions/wording";
    }
}
