package org.pathways.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.pathways.shared.LikePattern;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did what, when, to which record and from which address. Every module records its creates,
 * changes and deletes here, and every read of a participant's sensitive data.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in person (or of the system when no one is signed in). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(String action, String targetType, Object targetId, String detail) {
        PathwaysUser user = PathwaysUser.currentIfSignedIn().orElse(null);
        insert(user == null ? null : user.organizationId(), user == null ? null : user.userId(),
                user == null ? "system" : user.username(), action, targetType, targetId, detail);
    }

    /**
     * Records an event in its own transaction, so that it stays even when the surrounding work fails:
     * sign-ins, failed sign-ins, refused tokens and denials.
     */
    /**
     * Records something done without a signed-in person (e.g. through a private link) as part of the caller's
     * transaction: written with the change it describes, or not at all. For refusals, which roll back, use
     * {@link #recordSecurityEvent}, outside any transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWith(Long organizationId, String actor, String action, String targetType, Object targetId, String detail) {
        insert(organizationId, null, actor, action, targetType, targetId, detail);
    }

    /**
     * Records a security event in a transaction of its own, so it stays even when the caller's work rolls back.
     * Call it outside a transaction where possible: inside one it needs a second connection while the first is
     * held, and under load every connection can end up waiting for another.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(Long organizationId, Long userId, String actor, String action, String detail) {
        insert(organizationId, userId, actor, action, null, null, detail);
    }

    /**
     * A request named records that are not the person's to name (another employer's contact, another organization's
     * colleague or establishment): refused, and kept even though the work it was part of rolls back. Such ids are
     * either a slip or someone probing for records, and the audit log is where an administrator tells the two apart.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedForeignRecords(String field, Object ids) {
        PathwaysUser user = PathwaysUser.currentIfSignedIn().orElse(null);
        insert(user == null ? null : user.organizationId(), user == null ? null : user.userId(), user == null ? "system" : user.username(),
                "access.foreignRecordRefused", null, null, field + " " + ids);
    }

    private void insert(Long organizationId, Long userId, String actor, String action, String targetType,
                        Object targetId, String detail) {
        jdbc.sql("""
                        insert into audit_event (organization_id, actor_user_id, actor, action, target_type, target_id,
                                                 detail, remote_address)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organizationId, userId, truncate(actor, 100), action, targetType,
                        targetId == null ? null : truncate(targetId.toString(), 60), truncate(detail, 1000),
                        remoteAddress())
                .update();
    }

    /**
     * Searches the log. A platform administrator searches everything; an organization administrator
     * only their own organization's events.
     */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(AuditQuery query, PageQuery page) {
        PathwaysUser user = PathwaysUser.current();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!user.isPlatformAdmin()) {
            where.append(" and organization_id = ?");
            params.add(user.organizationId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and lower(actor) = lower(?)");
            params.add(query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = ?");
            params.add(query.action().strip());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (detail ilike ? or target_id = ? or target_type ilike ?)");
            String like = LikePattern.contains(query.text());
            params.add(like);
            params.add(query.text().strip());
            params.add(like);
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(java.sql.Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(java.sql.Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditEntry> items = jdbc.sql("""
                        select id, occurred_at, organization_id, actor, action, target_type, target_id, detail,
                               remote_address
                        from audit_event""" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("organization_id"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
        return PageResult.of(items, page, total);
    }

    /** The distinct actions recorded so far, for the search form's choice list. */
    @Transactional(readOnly = true)
    public List<String> knownActions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The address of the request being served, or null outside a request: what the audit and the access logs record. */
    public static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Filters of the audit search page; every field optional. */
    public record AuditQuery(String actor, String action, String text, LocalDate from, LocalDate to) {
    }

    public record AuditEntry(long id, Instant occurredAt, Long organizationId, String actor, String action,
                             String targetType, String targetId, String detail, String remoteAddress) {
    }
}
