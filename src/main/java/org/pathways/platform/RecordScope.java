package org.pathways.platform;

/**
 * Says whether the record named by one path variable (e.g. {@code {organizationId}}) is visible to a
 * person. Each module registers one bean per path variable it uses; the platform checks every such
 * variable of every request before the handler runs, so a new endpoint is organization-scoped without
 * anyone remembering to. A path variable without a scope is refused, and the access tests name it.
 */
public interface RecordScope {

    /** The path variable this scope answers for, without braces. */
    String pathVariable();

    /** Whether the record exists and the person may reach it. False answers 404, as if it did not exist. */
    boolean isVisibleTo(PathwaysUser user, String value);

    /**
     * True for a path variable that is itself the credential, such as a private link sent to an employer: it is
     * checked whether or not anyone is signed in (the person is null then), and the module that issued it verifies
     * it fully and audits every refusal.
     */
    default boolean isCredential() {
        return false;
    }

    /** Whether the record with this id is the person's to reach. */
    @FunctionalInterface
    interface IdCheck {
        boolean visible(PathwaysUser user, long id);
    }

    /** A scope for a numeric id path variable: a malformed id is simply not visible, any other is asked of {@code check}. */
    static RecordScope byId(String variable, IdCheck check) {
        return new RecordScope() {
            @Override
            public String pathVariable() {
                return variable;
            }

            @Override
            public boolean isVisibleTo(PathwaysUser user, String value) {
                long id = idOf(value);
                return id > 0 && check.visible(user, id);
            }
        };
    }

    /** Parses an id path variable; a malformed id is simply not visible. */
    static long idOf(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
