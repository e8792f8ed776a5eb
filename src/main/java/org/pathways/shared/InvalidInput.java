package org.pathways.shared;

/**
 * Input that breaks a rule a form's annotations cannot express. Names the field it concerns and the
 * message-bundle key that explains the rule, so pages and the API say the same thing in either language.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
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
