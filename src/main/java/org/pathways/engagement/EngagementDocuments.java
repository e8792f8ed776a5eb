package org.pathways.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pathways.employers.Employers;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.PrintedDocument;
import org.pathways.platform.PrintedDocument.Block;
import org.pathways.platform.PrintedDocument.Heading;
import org.pathways.platform.PrintedDocument.Note;
import org.pathways.platform.PrintedDocument.Paragraph;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The value proposition and the workbook as documents to print, send as PDF or edit in Word, in the reader's
 * language. The proposition is written for the employer: its parts are headed in the employer's terms, not in the
 * template's instructions, and the language check's notes stay in Pathways.
 */
@Service
@Transactional(readOnly = true)
public class EngagementDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ValuePropositions propositions;
    private final Workbook workbook;
    private final Employers employers;
    private final MessageSource messages;

    EngagementDocuments(ValuePropositions propositions, Workbook workbook, Employers employers, MessageSource messages) {
        this.propositions = propositions;
        this.workbook = workbook;
        this.employers = employers;
        this.messages = messages;
    }

    /** One version of the proposition, the latest when {@code version} is null; none saved yet is a 404. */
    public PrintedDocument valueProposition(long employerId, Integer version) {
        Locale locale = LocaleContextHolder.getLocale();
        Employers.EmployerView employer = employers.get(employerId);
        ValuePropositions.Version v = version == null
                ? propositions.latest(employerId).orElseThrow(() -> new org.pathways.shared.NotFound("value_proposition", employerId))
                : propositions.version(employerId, version);
        List<Block> blocks = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        for (ValuePropositions.Step step : ValuePropositions.Step.values()) {
            String text = v.step(step);
            if (text == null) {
                continue;
            }
            List<String> placeholders = LanguageCheck.placeholders(text);
            placeholders.forEach(p -> unfinished.add(message(locale, "valueProposition.unfinishedWhere", p,
                    message(locale, "valueProposition.heading." + step.field()))));
            blocks.add(new Heading(1, message(locale, "valueProposition.heading." + step.field())));
            blocks.add(new Paragraph(text, placeholders));
            if (step == ValuePropositions.Step.BENEFITS && !v.measures().isEmpty()) {
                blocks.add(new PrintedDocument.Table(List.of(message(locale, "measure.what"), message(locale, "measure.target"),
                        message(locale, "measure.period"), message(locale, "measure.job"), message(locale, "measure.painPoint")),
                        v.measures().stream().map(m -> List.of(message(locale, "measure.kind." + m.kind()),
                                message(locale, "measure.targetIn." + m.unit(), m.targetText(), message(locale, "measure.suffix." + m.kind())), message(locale, "measure.days", m.periodDays()),
                                m.jobTitle() == null ? message(locale, "measure.anyJob") : m.jobTitle(),
                                m.painPoint() == null ? "" : message(locale, m.painPoint().messageKey()))).toList()));
            }
        }
        if (!unfinished.isEmpty()) {
            // the draft's "[…]" left for the writer must not reach an employer unnoticed: said first, marked where it is
            blocks.add(0, new PrintedDocument.Alert(message(locale, "valueProposition.unfinished", unfinished.size(), String.join("; ", unfinished))));
        }
        PathwaysUser user = PathwaysUser.current();
        return new PrintedDocument(locale.getLanguage(), user.organizationName(), message(locale, "valueProposition.documentTitle", employer.name()),
                message(locale, "valueProposition.documentSubtitle", user.organizationName(), DAY.format(LocalDate.ofInstant(v.savedAt(), ZoneOffset.UTC))),
                blocks, message(locale, "document.footer", user.organizationName(), v.number(), message(locale, "valueProposition.stage." + v.stage()),
                DAY.format(LocalDate.now(ZoneOffset.UTC))));
    }

    /** The workbook as the team keeps it: every question, what Pathways knows, the answer and its status. */
    public PrintedDocument workbook(long employerId) {
        Locale locale = LocaleContextHolder.getLocale();
        Employers.EmployerView employer = employers.get(employerId);
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Workbook.Action action : workbook.of(employerId)) {
            blocks.add(new Heading(1, ++n + ". " + message(locale, "workbook." + action.name())));
            blocks.add(new Note("", message(locale, "workbook." + action.name() + ".why")));
            for (Workbook.Question q : action.questions()) {
                blocks.add(new Heading(2, message(locale, "workbook." + q.key())));
                blocks.add(new Note(message(locale, "workbook.known") + ":", q.evidence() == null ? message(locale, "workbook.notKnown")
                        : messages.getMessage(q.evidence().key(), q.evidence().arguments(), locale)));
                blocks.add(new Paragraph(q.answer() == null ? message(locale, "workbook.noAnswer") : q.answer()));
                blocks.add(new Note(message(locale, "workbook.status") + ":", message(locale, "workbook.status." + q.status())
                        + (q.updatedAt() == null ? "" : " · " + message(locale, "workbook.lastSaved",
                        DAY.format(LocalDate.ofInstant(q.updatedAt(), ZoneOffset.UTC)), q.updatedBy()))));
            }
        }
        PathwaysUser user = PathwaysUser.current();
        return new PrintedDocument(locale.getLanguage(), user.organizationName(), message(locale, "workbook.titleOf", employer.name()),
                message(locale, "workbook.documentSubtitle", user.organizationName(), DAY.format(LocalDate.now(ZoneOffset.UTC))), blocks,
                message(locale, "workbook.documentFooter", user.organizationName()));
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
