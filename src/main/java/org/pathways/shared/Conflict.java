package org.pathways.shared;

/** A change that cannot be made because of the current state, e.g. someone else saved first or a name is taken. */
public class Conflict extends RuntimeException {

    private final String messageKey;

    public Conflict(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Key in the message bundles that explains the conflict to a person. */
    public String messageKey() {
        return messageKey;
    }
}
