package org.pathways.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.employers.CriticalJobs;
import org.pathways.employers.CriticalJobs.CriticalJobView;
import org.pathways.employers.Employers;
import org.pathways.employers.Employers.EmployerView;
import org.pathways.employers.Employers.EstablishmentView;
import org.pathways.platform.Times;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.ItemKind;
import org.pathways.requirements.HiringRequirements.ItemView;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RequirementsView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A critical job as a schema.org {@code JobPosting} in JSON-LD, for a job board or the employer's careers page: the
 * employer's title, pay, place and occupation, a description written from the requirements and practices, and each
 * requirement with JobSchema+'s annotation (required, preferred, needed at hire, learned on the job, importance) where
 * schema.org has no term for it. Only what is recorded is said; what a job board needs and is not recorded is listed in
 * {@link Posting#missing()} for the page to name.
 */
@Service
@Transactional(readOnly = true)
public class JobPostings {

    /** The namespace of HR Open Standards' recruiting vocabulary, where JobSchema+'s annotation terms live. */
    static final String JDX = "https://schema.hropenstandards.org/4.5/recruiting/rdf/";

    /** The SOC 2018 code set, as {@code occupationalCategory}'s {@code inCodeSet}. */
    static final String SOC_2018 = "https://www.bls.gov/soc/2018/";

    /** The JSON-LD document, what a job board asks for that the job does not record yet (message keys), and whose job it is. */
    public record Posting(Map<String, Object> jsonLd, List<String> missing, long criticalJobId, String title, long employerId,
                          String employerName) {
    }

    private final HiringRequirements requirements;
    private final CriticalJobs criticalJobs;
    private final Employers employers;
    private final MessageSource messages;
    private final Times times;
    private final Collaboratives collaboratives;

    JobPostings(HiringRequirements requirements, CriticalJobs criticalJobs, Employers employers, MessageSource messages, Times times,
                Collaboratives collaboratives) {
        this.collaboratives = collaboratives;
        this.requirements = requirements;
        this.criticalJobs = criticalJobs;
        this.employers = employers;
        this.messages = messages;
        this.times = times;
    }

    /** The job's posting with its description in the given language (English or Spanish). */
    public Posting of(long criticalJobId, Locale locale) {
        CriticalJobView job = criticalJobs.get(criticalJobId);
        RequirementsView saved = requirements.of(criticalJobId);
        EmployerView employer = employers.get(job.employerId());
        EstablishmentView place = placeOf(job);
        List<String> missing = new ArrayList<>();

        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", List.of("https://schema.org/", Map.of("jdx", JDX)));
        posting.put("@type", "JobPosting");
        posting.put("title", job.employerTitle());
        posting.put("description", description(job, employer, place, saved, locale));
        posting.put("datePosted", (saved.updatedAt() != null ? saved.updatedAt().atZone(times.zone()).toLocalDate()
                : LocalDate.now(times.zone())).toString());
        posting.put("identifier", node("PropertyValue", "name", employer.name(), "value", "critical-job-" + job.id()));
        Map<String, Object> organization = node("Organization", "name", employer.name());
        if (employer.website() != null && !employer.website().isBlank()) {
            organization.put("sameAs", employer.website());
        }
        posting.put("hiringOrganization", organization);
        if (place == null) {
            missing.add("jobPosting.missing.place");
        } else {
            Map<String, Object> address = node("PostalAddress");
            putIfPresent(address, "streetAddress", place.addressLine());
            putIfPresent(address, "addressLocality", place.city());
            putIfPresent(address, "addressRegion", place.state());
            putIfPresent(address, "postalCode", place.postalCode());
            address.put("addressCountry", "US");
            if (place.city() == null) {
                missing.add("jobPosting.missing.city");
            }
            if (place.postalCode() == null) {
                missing.add("jobPosting.missing.postalCode");
            }
            posting.put("jobLocation", node("Place", "name", place.name(), "address", address));
        }
        if (job.payUnit() != null && (job.payMin() != null || job.payMax() != null)) {
            Map<String, Object> value = node("QuantitativeValue");
            putIfPresent(value, "minValue", job.payMin());
            putIfPresent(value, "maxValue", job.payMax());
            value.put("unitText", job.payUnit().name());
            posting.put("baseSalary", node("MonetaryAmount", "currency", "USD", "value", value));
        } else {
            missing.add("jobPosting.missing.pay");
        }
        if (job.socCode() != null) {
            posting.put("occupationalCategory", node("CategoryCode", "codeValue", job.socCode(), "name", job.socTitle(),
                    "inCodeSet", node("CategoryCodeSet", "name", "Standard Occupational Classification 2018", "url", SOC_2018)));
        }
        putRequirements(posting, saved.items(), locale);
        return new Posting(posting, missing, job.id(), job.employerTitle(), employer.id(), employer.name());
    }

    /**
     * The postings of every member job of the collaborative's shared critical jobs, for the managing organization, which
     * keeps the members' profiles (partners and members are refused: the jobs and pay are the employers' own).
     */
    public List<Map<String, Object>> ofCollaborative(long collaborativeId, Locale locale) {
        collaboratives.managed(collaborativeId);
        return collaboratives.sharedCriticalJobs(collaborativeId).stream().flatMap(shared -> shared.jobs().stream())
                .map(job -> of(job.criticalJobId(), locale).jsonLd()).toList();
    }

    /** The job's own establishment, else the employer's headquarters, else its only establishment. */
    private EstablishmentView placeOf(CriticalJobView job) {
        if (job.establishmentId() != null) {
            return employers.establishment(job.establishmentId());
        }
        List<EstablishmentView> all = employers.establishments(job.employerId());
        return all.stream().filter(EstablishmentView::headquarters).findFirst().orElse(all.size() == 1 ? all.get(0) : null);
    }

    private void putRequirements(Map<String, Object> posting, List<ItemView> items, Locale locale) {
        List<Object> skills = new ArrayList<>();
        List<Object> education = new ArrayList<>();
        List<Object> qualifications = new ArrayList<>();
        List<Object> experience = new ArrayList<>();
        boolean experienceForEducation = false;
        for (ItemView view : items) {
            var item = view.item();
            Map<String, Object> node;
            if (item.kind() == ItemKind.COMPETENCY) {
                node = node("DefinedTerm", "name", view.name());
                if (item.elementId() != null) {
                    node.put("termCode", item.elementId());
                    node.put("inDefinedTermSet", "https://www.onetcenter.org/database.html");
                }
                skills.add(node);
            } else if (item.kind() == ItemKind.CREDENTIAL) {
                node = node("EducationalOccupationalCredential", "credentialCategory", category(item.credentialKind()));
                putIfPresent(node, "name", view.name());
                if (item.replaceMonths() != null) {
                    // schema.org says only whether experience may stand in (experienceInPlaceOfEducation), not how much
                    node.put("description", text(locale, "jobPosting.experienceInstead", item.replaceMonths()));
                }
                if (isSchooling(item.credentialKind())) {
                    education.add(node);
                    experienceForEducation |= Boolean.TRUE.equals(item.experienceMayReplace());
                } else {
                    qualifications.add(node);
                }
            } else {
                node = node("OccupationalExperienceRequirements", "monthsOfExperience", item.months());
                putIfPresent(node, "description", view.name());
                experience.add(node);
            }
            node.put("jdx:annotation", annotation(item));
        }
        putIfAny(posting, "skills", skills);
        putIfAny(posting, "educationRequirements", education);
        putIfAny(posting, "qualifications", qualifications);
        putIfAny(posting, "experienceRequirements", experience);
        if (!education.isEmpty()) {
            posting.put("experienceInPlaceOfEducation", experienceForEducation);
        }
    }

    /** JobSchema+'s scale annotation: required or preferred, needed at hiring or acquired on the job, importance 1–5. */
    private static Map<String, Object> annotation(HiringRequirements.Item item) {
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("jdx:required", item.required());
        annotation.put("jdx:preferred", !item.required());
        annotation.put("jdx:requiredAtHiring", item.atHire());
        annotation.put("jdx:acquiredInternally", !item.atHire());
        annotation.put("jdx:importance", item.importance());
        return annotation;
    }

    /** Schooling goes to {@code educationRequirements}; certificates, licenses, apprenticeships and badges to {@code qualifications}. */
    static boolean isSchooling(CredentialKind kind) {
        return switch (kind) {
            case HIGH_SCHOOL, ASSOCIATE, BACHELOR, GRADUATE -> true;
            default -> false;
        };
    }

    /** The credential categories job boards read (Google's list for schooling and certificates), else the kind in words. */
    static String category(CredentialKind kind) {
        return switch (kind) {
            case HIGH_SCHOOL -> "high school";
            case ASSOCIATE -> "associate degree";
            case BACHELOR -> "bachelor degree";
            case GRADUATE -> "postgraduate degree";
            case CERTIFICATE, INDUSTRY_CERTIFICATION -> "professional certificate";
            case LICENSE -> "license";
            case APPRENTICESHIP -> "apprenticeship";
            case DIGITAL_BADGE -> "badge";
        };
    }

    /** The description job boards show, as the simple HTML they accept; every recorded word is escaped. */
    private String description(CriticalJobView job, EmployerView employer, EstablishmentView place, RequirementsView saved,
                               Locale locale) {
        StringBuilder html = new StringBuilder();
        paragraph(html, place == null ? text(locale, "jobPosting.intro", employer.name(), job.employerTitle())
                : text(locale, "jobPosting.introAt", employer.name(), job.employerTitle(),
                        place.city() != null ? place.city() : place.name()));
        list(html, text(locale, "jobPosting.needAtHire"), saved.items().stream()
                .filter(v -> v.item().required() && v.item().atHire()).map(v -> itemText(v, locale)).toList());
        list(html, text(locale, "jobPosting.taught"), saved.items().stream()
                .filter(v -> v.item().required() && !v.item().atHire()).map(v -> itemText(v, locale)).toList());
        list(html, text(locale, "jobPosting.preferred"), saved.items().stream()
                .filter(v -> !v.item().required()).map(v -> itemText(v, locale)).toList());
        list(html, text(locale, "jobPosting.howWeHire"), practiceTexts(requirements.practicesFor(saved), locale));
        return html.toString();
    }

    private String itemText(ItemView view, Locale locale) {
        var item = view.item();
        return switch (item.kind()) {
            case COMPETENCY -> view.name();
            case CREDENTIAL -> {
                String kind = text(locale, "requirements.credential." + item.credentialKind());
                String named = view.name() == null ? kind : text(locale, "jobPosting.credential", kind, view.name());
                yield item.replaceMonths() == null ? named : text(locale, "jobPosting.orExperience", named, item.replaceMonths());
            }
            case EXPERIENCE -> view.name() == null ? text(locale, "jobPosting.experience", item.months())
                    : text(locale, "jobPosting.experienceIn", item.months(), view.name());
        };
    }

    /** What the practices tell an applicant, in the order a person reads them; nothing for what is not recorded. */
    private List<String> practiceTexts(Practices practices, Locale locale) {
        List<String> texts = new ArrayList<>();
        if (Boolean.FALSE.equals(practices.degreeRequired())) {
            texts.add(text(locale, "jobPosting.noDegree"));
        }
        if (practices.backgroundCheck() == BackgroundCheck.NONE) {
            texts.add(text(locale, "jobPosting.noCheck"));
        } else if (practices.backgroundCheck() != null) {
            texts.add(text(locale, "jobPosting.check." + practices.backgroundCheck()));
            if (practices.lookbackYears() != null) {
                texts.add(text(locale, "jobPosting.lookback", practices.lookbackYears()));
            }
            if (Boolean.TRUE.equals(practices.individualizedAssessment())) {
                texts.add(text(locale, "jobPosting.caseByCase"));
            }
            if (Boolean.TRUE.equals(practices.chanceToRespond())) {
                texts.add(text(locale, "jobPosting.respond"));
            }
        }
        addIf(texts, practices.driversLicense(), text(locale, "jobPosting.driversLicense"));
        addIf(texts, practices.drugTest(), text(locale, "jobPosting.drugTest"));
        addIf(texts, practices.shiftWork(), text(locale, "jobPosting.shiftWork"));
        addIf(texts, practices.weekendWork(), text(locale, "jobPosting.weekendWork"));
        addIf(texts, practices.transitReachable(), text(locale, "jobPosting.transit"));
        if (practices.minimumAge() != null) {
            texts.add(text(locale, "jobPosting.minimumAge", practices.minimumAge()));
        }
        addIf(texts, practices.workAuthorization(), text(locale, "jobPosting.workAuthorization"));
        return texts;
    }

    private static void addIf(List<String> texts, Boolean recorded, String text) {
        if (Boolean.TRUE.equals(recorded)) {
            texts.add(text);
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</p>");
    }

    private static void list(StringBuilder html, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        paragraph(html, heading);
        html.append("<ul>");
        lines.forEach(line -> html.append("<li>").append(HtmlUtils.htmlEscape(line, "UTF-8")).append("</li>"));
        html.append("</ul>");
    }

    /** A typed JSON-LD node with its properties as name, value pairs. */
    private static Map<String, Object> node(String type, Object... properties) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        for (int i = 0; i < properties.length; i += 2) {
            putIfPresent(node, (String) properties[i], properties[i + 1]);
        }
        return node;
    }

    private static void putIfPresent(Map<String, Object> node, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            // 24.00 is written 24, never 2.4E+1
            node.put(name, value instanceof BigDecimal number ? new BigDecimal(number.stripTrailingZeros().toPlainString()) : value);
        }
    }

    private static void putIfAny(Map<String, Object> node, String name, List<Object> values) {
        if (!values.isEmpty()) {
            node.put(name, values);
        }
    }
}
