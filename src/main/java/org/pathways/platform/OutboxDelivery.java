package org.pathways.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox's pending messages: right after the work that wrote them commits, and every few seconds for those
 * whose next attempt has come (after a failure, or a restart). Each message is taken under a row lock that other nodes
 * skip ({@code for update skip locked}), so two nodes never deliver the same one at once. A failure is retried after 1,
 * 5 and 30 minutes, 2 and 12 hours; after the sixth it is marked failed, with the error, on Sent messages.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final int BATCH = 20;

    private record Due(long id, String recipient, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MessageSender sender;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final boolean automatic;

    /**
     * {@code automatic} false (the tests' profile) leaves delivery to whoever calls {@link #deliverDue()}: the test suite shares
     * one database, and a test that delivers through its own SMTP server must not have its messages taken by another sender.
     */
    OutboxDelivery(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<MessageSender> senders,
                   @org.springframework.beans.factory.annotation.Value("${pathways.mail.automatic:true}") boolean automatic) {
        this.jdbc = jdbc;
        this.automatic = automatic;
        this.transaction = new TransactionTemplate(transactions);
        this.sender = senders.getIfUnique(() -> new MessageSender() {
            @Override
            public String name() {
                return "log";
            }

            // the message stays in Sent messages; the log never holds its text (a person's name, a private link is a credential)
            @Override
            public void deliver(String recipient, String subject, String body) {
                log.info("A message to an address at {} is kept in Sent messages: no mail server is configured",
                        recipient == null || recipient.indexOf('@') < 0 ? "(none)" : recipient.substring(recipient.indexOf('@') + 1));
            }
        });
    }

    /** The name of the sender in use ("log" when no mail server is configured), kept with each message. */
    String senderName() {
        return sender.name();
    }

    /** Delivers what is due on the delivery thread, once: a burst of messages is one run, not one run each. */
    void deliverSoon() {
        if (automatic && queued.compareAndSet(false, true)) {
            try {
                soon.execute(() -> {
                    queued.set(false);
                    deliverDue();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the application is stopping: the message waits, pending, for the next start's delivery
                queued.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${pathways.mail.poll:PT15S}", initialDelayString = "${pathways.mail.poll:PT15S}")
    void deliverOnSchedule() {
        if (automatic) {
            deliverDue();
        }
    }

    /** Every message whose attempt is due, a batch at a time; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            Integer done = transaction.execute(status -> deliverBatch());
            if (done == null || done < 0) {
                return delivered;
            }
            delivered += done;
        }
    }

    /** One batch under row locks: the number delivered, or -1 when nothing was due. */
    private int deliverBatch() {
        List<Due> due = jdbc.sql("""
                        select id, recipient, subject, body, attempts from outbound_message
                        where status = 'PENDING' and next_attempt_at <= now() order by id limit ? for update skip locked""")
                .param(BATCH).query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
        if (due.isEmpty()) {
            return -1;
        }
        int delivered = 0;
        for (Due message : due) {
            int attempts = message.attempts() + 1;
            try {
                sender.deliver(message.recipient(), message.subject(), message.body());
                jdbc.sql("""
                                update outbound_message set status = 'SENT', attempts = ?, sent_at = now(), last_error = null,
                                    next_attempt_at = null
                                where id = ?""").params(attempts, message.id()).update();
                delivered++;
            } catch (RuntimeException failed) {
                Duration wait = Outbox.backOff(attempts);
                String error = String.valueOf(failed.getMessage());
                log.warn("Message {} not delivered (attempt {}): {}", message.id(), attempts, error);
                jdbc.sql("""
                                update outbound_message set attempts = ?, last_error = ?,
                                    status = case when ?::interval is null then 'FAILED' else 'PENDING' end,
                                    next_attempt_at = case when ?::interval is null then null else now() + ?::interval end
                                where id = ?""")
                        .params(attempts, error.length() > 500 ? error.substring(0, 500) : error, interval(wait), interval(wait),
                                interval(wait), message.id())
                        .update();
            }
        }
        return delivered;
    }

    private static String interval(Duration wait) {
        return wait == null ? null : wait.toSeconds() + " seconds";
    }

    /** Lets a delivery under way finish (and commit) before the thread goes, so a stop never leaves a message half-marked. */
    @PreDestroy
    void stop() {
        soon.shutdown();
        try {
            if (!soon.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                soon.shutdownNow();
            }
        } catch (InterruptedException e) {
            soon.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
