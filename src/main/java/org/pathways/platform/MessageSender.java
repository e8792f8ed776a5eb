package org.pathways.platform;

/**
 * Delivers a message Pathways sends for an organization. The default writes it to the log; a deployment that has
 * a mail server registers its own bean. Whatever delivers it, {@link Outbox} keeps a copy the organization can see.
 */
public interface MessageSender {

    /** A short name for the outbox page, e.g. "log" or "smtp". */
    String name();

    void deliver(String recipient, String subject, String body);
}
