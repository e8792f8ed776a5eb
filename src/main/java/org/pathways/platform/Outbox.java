package org.pathways.platform;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends messages for the signed-in person's organization and keeps what was sent. */
@Service
@Transactional
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    public record SentMessage(long id, String recipient, String subject, String body, String sender, Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final MessageSender sender;

    Outbox(JdbcClient jdbc, ObjectProvider<MessageSender> senders) {
        this.jdbc = jdbc;
        this.sender = senders.getIfUnique(() -> new MessageSender() {
            @Override
            public String name() {
                return "log";
            }

            @Override
            public void deliver(String recipient, String subject, String body) {
                log.info("Message to {}: {}\n{}", recipient, subject, body);
            }
        });
    }

    public void send(String recipient, String subject, String body) {
        PathwaysUser user = PathwaysUser.current();
        sender.deliver(recipient, subject, body);
        jdbc.sql("insert into outbound_message (organization_id, recipient, subject, body, sender, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(user.organizationId(), recipient, subject, body, sender.name(), user.username()).update();
    }

    @Transactional(readOnly = true)
    public List<SentMessage> recent(int limit) {
        return jdbc.sql("select * from outbound_message where organization_id = ? order by created_at desc, id desc limit ?")
                .params(PathwaysUser.current().organizationId(), limit)
                .query((rs, n) -> new SentMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("sender"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"))).list();
    }
}
