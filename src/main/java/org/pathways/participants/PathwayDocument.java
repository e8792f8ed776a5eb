package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pathways.participants.CareerPathways.Pathway;
import org.pathways.participants.CareerPathways.Route;
import org.pathways.participants.CareerPathways.Step;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.PrintedDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The career pathway as a document the person takes home, in the language they prefer (print page and PDF). */
@Component
public class PathwayDocument {

    private final CareerPathways pathways;
    private final MessageSource messages;

    PathwayDocument(CareerPathways pathways, MessageSource messages) {
        this.pathways = pathways;
        this.messages = messages;
    }

    public PrintedDocument of(long participantId) {
        Pathway pathway = pathways.of(participantId);
        Locale locale = Locale.forLanguageTag(pathway.preferredLanguage());
        PathwaysUser user = PathwaysUser.current();
        List<PrintedDocument.Block> blocks = new ArrayList<>();
        blocks.add(new PrintedDocument.Paragraph(message(locale, "pathway.documentIntro")));
        if (pathway.routes().isEmpty()) {
            blocks.add(new PrintedDocument.Paragraph(message(locale, "pathway.none")));
        }
        for (Route route : pathway.routes()) {
            blocks.add(new PrintedDocument.Heading(2, message(locale, "pathway.start." + route.start().name(), route.from().title())));
            blocks.add(new PrintedDocument.Paragraph(facts(locale, route.from())));
            if (!route.from().jobsInReach().isEmpty()) {
                blocks.add(new PrintedDocument.Items(route.from().jobsInReach().stream()
                        .map(j -> message(locale, "referrals.line", j.title(), j.employerName())).toList()));
            }
            if (route.next().isEmpty()) {
                blocks.add(new PrintedDocument.Paragraph(message(locale,
                        pathway.relatedLoaded() ? "pathway.noNext" : "pathway.relatedNotLoaded")));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Step step : route.next()) {
                rows.add(List.of(step.title(), step.jobZone() == null ? "—" : String.valueOf(step.jobZone()), step.wageText(),
                        step.typicalEducation() == null ? "—" : step.typicalEducation(),
                        step.jobsInReach().isEmpty() ? "—" : String.join("; ", step.jobsInReach().stream()
                                .map(j -> message(locale, "referrals.line", j.title(), j.employerName())).toList())));
            }
            blocks.add(new PrintedDocument.Heading(3, message(locale, "pathway.nextSteps")));
            blocks.add(new PrintedDocument.Table(List.of(message(locale, "pathway.occupation"), message(locale, "pathway.jobZone"),
                    message(locale, "pathway.wages"), message(locale, "pathway.education"), message(locale, "pathway.inReach")), rows));
        }
        if (pathway.attribution() != null) {
            blocks.add(new PrintedDocument.Note(message(locale, "pathway.sources"), pathway.attribution()));
        }
        String title = message(locale, "pathway.titleOf", pathway.participantName());
        return new PrintedDocument(locale.getLanguage(), user.organizationName(), title,
                message(locale, "pathway.documentSubtitle", user.organizationName(), LocalDate.now().toString()), blocks,
                message(locale, "pathway.documentFooter", user.organizationName()));
    }

    private String facts(Locale locale, Step step) {
        String zone = step.jobZone() == null ? "—" : step.jobZone() + (step.jobZoneName() == null ? "" : " (" + step.jobZoneName() + ")");
        return message(locale, "pathway.facts", step.wageText(), step.typicalEducation() == null ? "—" : step.typicalEducation(), zone,
                step.jobsInReach().size());
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
