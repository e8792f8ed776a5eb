package org.pathways.shared;

/**
 * A record that does not exist or that the caller may not see. The two are deliberately the same
 * answer, so that ids of other organizations' records reveal nothing.
 */
public class NotFound extends RuntimeException {

    private final String kind;
    private final Object id;

    public NotFound(String kind, Object id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}
