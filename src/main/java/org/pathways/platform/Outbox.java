package org.pathways.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends messages for the signed-in person's organization and keeps what was sent. A message is written with the work
 * that sends it, in the same transaction, so nothing goes out for work that rolled back; {@link OutboxDelivery} delivers
 * it once that work commits, retrying with back-off, and marks one that keeps failing for the organization to see.
 */
@Service
@Transactional
public class Outbox {

    public enum Status { PENDING, SENT, FAILED }

    public record SentMessage(long id, String recipient, String subject, String body, String sender, Instant createdAt, String createdBy,
                              Status status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final OutboxDelivery delivery;

    Outbox(JdbcClient jdbc, OutboxDelivery delivery) {
        this.jdbc = jdbc;
        this.delivery = delivery;
    }

    public void send(String recipient, String subject, String body) {
        PathwaysUser user = PathwaysUser.current();
        sendFor(user.organizationId(), user.username(), recipient, subject, body);
    }

    /** The same for work nobody is signed in to (a scheduled reminder): the organization and who sends are named. */
    public void sendFor(long organizationId, String sentBy, String recipient, String subject, String body) {
        jdbc.sql("""
                        insert into outbound_message (organization_id, recipient, subject, body, sender, created_by, status,
                                                      next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, 'PENDING', now())""")
                .params(organizationId, recipient, subject, body, delivery.senderName(), sentBy).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliverSoon();
                }
            });
        } else {
            delivery.deliverSoon();
        }
    }

    @Transactional(readOnly = true)
    public List<SentMessage> recent(int limit) {
        return jdbc.sql("select * from outbound_message where organization_id = ? order by created_at desc, id desc limit ?")
                .params(PathwaysUser.current().organizationId(), limit)
                .query((rs, n) -> new SentMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("sender"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                        rs.getString("last_error"), instant(rs, "sent_at"))).list();
    }

    /** How long a message waits after its {@code attempts}-th failed attempt; null once it has failed for good. */
    static Duration backOff(int attempts) {
        return switch (attempts) {
            case 1 -> Duration.ofMinutes(1);
            case 2 -> Duration.ofMinutes(5);
            case 3 -> Duration.ofMinutes(30);
            case 4 -> Duration.ofHours(2);
            case 5 -> Duration.ofHours(12);
            default -> null;
        };
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
