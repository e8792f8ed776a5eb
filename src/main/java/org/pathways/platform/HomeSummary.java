package org.pathways.platform;

import java.util.Map;
import java.util.Optional;

/**
 * The top of the home page: a module's summary of the signed-in person's work, shown instead of the list of their roles
 * (which tells a manager nothing about that work). The first module with a summary for the person is shown, as the
 * template fragment it names with the model it gives; the home cards follow below it.
 */
@FunctionalInterface
public interface HomeSummary {

    /** {@code template :: fragment} is rendered with {@code model} added to the page's model. */
    record Summary(String template, String fragment, Map<String, Object> model) {
    }

    Optional<Summary> summaryFor(PathwaysUser me);
}
