package org.pathways;

import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test class and fails when a page form was never submitted successfully by any
 * test, or when a form that takes input never had an input refused with a message on the page: a new
 * form is covered by a test or the build says which one is not. {@link FormSubmissions} records the
 * submissions.
 */
@PathwaysTest
@Order(Integer.MAX_VALUE)
class PageFormCoverageTests {

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    /** Every page form: a POST mapping of the application outside the API, with whether it takes input. */
    Map<String, Boolean> pageForms() {
        Map<String, Boolean> forms = new TreeMap<>();
        for (Endpoint endpoint : Endpoint.all(mappings)) {
            // forms declare their POST; a mapping without a method (the error page) is not a form
            if (endpoint.method() == org.springframework.http.HttpMethod.POST && !endpoint.isApi()
                    && endpoint.handler().getMethod().isAnnotationPresent(org.springframework.web.bind.annotation.PostMapping.class)) {
                forms.put("POST " + endpoint.pattern(), takesInput(endpoint.handler()));
            }
        }
        return forms;
    }

    /**
     * A form with something to type or choose (a form object, text, all its fields as a map, a file), as
     * opposed to a button that sends only ids picked from a list or a version.
     */
    private static boolean takesInput(HandlerMethod handler) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            Class<?> type = parameter.getType();
            if (parameter.isAnnotationPresent(ModelAttribute.class) || type.isRecord() || Map.class.isAssignableFrom(type)
                    || MultipartFile.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)
                    || parameter.isAnnotationPresent(RequestParam.class) && type == String.class) {
                return true;
            }
        }
        return false;
    }

    /** Forms that take input but never refuse it, each with why. */
    static final Map<String, String> NOTHING_TO_REFUSE = Map.of(
            "POST /employers/{employerId}/value-proposition/check", "checks the wording of what is typed and saves nothing");

    /** What the check reports: forms never accepted, and forms with input never refused. */
    static List<String> gaps(Map<String, Boolean> forms, Set<String> accepted, Set<String> refused) {
        Set<String> gaps = new TreeSet<>();
        forms.forEach((form, input) -> {
            boolean takesInput = input && !NOTHING_TO_REFUSE.containsKey(form);
            if (!accepted.contains(form)) {
                gaps.add(form + ": never submitted successfully");
            }
            if (takesInput && !refused.contains(form)) {
                gaps.add(form + ": no refused input shown");
            }
        });
        return List.copyOf(gaps);
    }

    /**
     * A browser sends nothing for an unticked checkbox, nor for a field the page shows only sometimes: a
     * primitive in a form record then fails to bind, and the form refuses every submission for a field
     * the person cannot see.
     */
    @Test
    void pageFormRecordsBindFieldsTheBrowserLeavesOut() {
        Set<String> primitives = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : mappings) {
            mapping.getHandlerMethods().values().stream()
                    .filter(handler -> handler.getBeanType().getPackageName().startsWith("org.pathways"))
                    .flatMap(handler -> java.util.Arrays.stream(handler.getMethod().getParameters()))
                    .filter(parameter -> !parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class))
                    .map(Parameter::getType)
                    .filter(Class::isRecord)
                    .forEach(form -> java.util.Arrays.stream(form.getRecordComponents())
                            .filter(component -> component.getType().isPrimitive())
                            .forEach(component -> primitives.add(form.getSimpleName() + "." + component.getName())));
        }
        assertThat(primitives).as("form record fields that cannot be left out of a request").isEmpty();
    }

    @Test
    void theCheckNamesAFormNoTestSubmitted() {
        Map<String, Boolean> forms = Map.of("POST /things", true, "POST /things/{thingId}/archive", false);
        assertThat(gaps(forms, Set.of("POST /things"), Set.of())).containsExactlyInAnyOrder("POST /things: no refused input shown",
                "POST /things/{thingId}/archive: never submitted successfully");
        assertThat(gaps(forms, Set.of("POST /things", "POST /things/{thingId}/archive"), Set.of("POST /things"))).isEmpty();
    }

    @Test
    void everyPageFormWasSubmittedSuccessfullyAndHadAnInputRefused() {
        Set<String> suite = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(PathwaysTest.class));
        scanner.findCandidateComponents("org.pathways").forEach(candidate -> suite.add(candidate.getBeanClassName()));
        suite.removeAll(TestRun.CLASSES);
        Assumptions.assumeTrue(suite.isEmpty(), "Only part of the suite ran (not run: " + suite + "): form coverage is checked on a full run");
        Map<String, Boolean> forms = pageForms();
        assertThat(forms).as("the walk found the page forms").hasSizeGreaterThan(20);
        assertThat(gaps(forms, FormSubmissions.ACCEPTED, FormSubmissions.REFUSED)).as("page forms the tests leave uncovered").isEmpty();
    }
}
