package org.pathways.shared;

/**
 * Input that breaks a rule a form's annotations cannot express. Names the field it concerns and the
 * message-bundle key that explains the rule, so pages and the API say the same thing in either language.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient java.util.List<InvalidInput> all;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.all = null;
    }

    private InvalidInput(java.util.List<InvalidInput> problems) {
        super(problems.get(0).getMessage() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        InvalidInput first = problems.get(0);
        this.field = first.field;
        this.messageKey = first.messageKey;
        this.arguments = first.arguments;
        this.all = java.util.List.copyOf(problems);
    }

    /** Several problems at once, so a form can name them all in one round; the first stands for them. */
    public static InvalidInput all(java.util.List<InvalidInput> problems) {
        return problems.size() == 1 ? problems.get(0) : new InvalidInput(problems);
    }

    /** Every problem this stands for (itself alone, unless made with {@link #all}). */
    public java.util.List<InvalidInput> problems() {
        return all == null ? java.util.List.of(this) : all;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
