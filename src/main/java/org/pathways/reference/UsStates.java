package org.pathways.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The states, the District of Columbia and Puerto Rico with their USPS codes, for address pickers. The Census
 * files give names and FIPS codes but not the two-letter codes people write on an address, so they are listed here.
 */
public final class UsStates {

    public record State(String code, String name) {
    }

    public static final List<State> ALL = List.of(new State("AL", "Alabama"), new State("AK", "Alaska"), new State("AZ", "Arizona"),
            new State("AR", "Arkansas"), new State("CA", "California"), new State("CO", "Colorado"), new State("CT", "Connecticut"),
            new State("DE", "Delaware"), new State("DC", "District of Columbia"), new State("FL", "Florida"), new State("GA", "Georgia"),
            new State("HI", "Hawaii"), new State("ID", "Idaho"), new State("IL", "Illinois"), new State("IN", "Indiana"), new State("IA", "Iowa"),
            new State("KS", "Kansas"), new State("KY", "Kentucky"), new State("LA", "Louisiana"), new State("ME", "Maine"),
            new State("MD", "Maryland"), new State("MA", "Massachusetts"), new State("MI", "Michigan"), new State("MN", "Minnesota"),
            new State("MS", "Mississippi"), new State("MO", "Missouri"), new State("MT", "Montana"), new State("NE", "Nebraska"),
            new State("NV", "Nevada"), new State("NH", "New Hampshire"), new State("NJ", "New Jersey"), new State("NM", "New Mexico"),
            new State("NY", "New York"), new State("NC", "North Carolina"), new State("ND", "North Dakota"), new State("OH", "Ohio"),
            new State("OK", "Oklahoma"), new State("OR", "Oregon"), new State("PA", "Pennsylvania"), new State("RI", "Rhode Island"),
            new State("SC", "South Carolina"), new State("SD", "South Dakota"), new State("TN", "Tennessee"), new State("TX", "Texas"),
            new State("UT", "Utah"), new State("VT", "Vermont"), new State("VA", "Virginia"), new State("WA", "Washington"),
            new State("WV", "West Virginia"), new State("WI", "Wisconsin"), new State("WY", "Wyoming"), new State("PR", "Puerto Rico"));

    private UsStates() {
    }

    /** The state a person wrote, as its code ("oh", "OH") or its name ("Ohio", "ohio"). */
    public static Optional<State> find(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = written.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.code().toLowerCase(Locale.ROOT).equals(text) || s.name().toLowerCase(Locale.ROOT).equals(text))
                .findFirst();
    }
}
