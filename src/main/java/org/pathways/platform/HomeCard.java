package org.pathways.platform;

import java.util.List;
import java.util.Optional;

/**
 * One card of the home page: a module's view of what the signed-in person has to do or follow there. Modules
 * contribute cards through {@link Source} beans, so the home page shows each role its work without the platform
 * knowing the modules. Titles and notes are message keys; item texts are data (an employer's name, a survey's
 * title) and are escaped like any other data.
 */
public record HomeCard(int order, String titleKey, String emptyKey, List<Item> items, String moreHref, String moreKey) {

    /** A line of the card: a text with a link, and a note in the person's language, flagged when it needs attention. */
    public record Item(String text, String href, String noteKey, Object[] noteArguments, boolean attention) {
    }

    /** A module's card for the signed-in person, or none when the module has nothing for their roles. */
    @FunctionalInterface
    public interface Source {
        Optional<HomeCard> cardFor(PathwaysUser me);
    }
}
