package org.pathways.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts. A token is shown once when it is made; only its SHA-256 hash is
 * stored (the token carries 256 random bits, so a slow hash would add nothing). Every token expires.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "pw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UserAccounts users;
    private final int maxDays;

    ApiTokens(JdbcClient jdbc, AuditLog audit, UserAccounts users, @Value("${pathways.security.max-token-days}") int maxDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.maxDays = maxDays;
    }

    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, Instant lastUsedAt) {
        public boolean usable() {
            return revokedAt == null && expiresAt.isAfter(Instant.now());
        }
    }

    /** A token just made: the secret itself, which is never shown again. */
    public record CreatedToken(String token, TokenView details) {
    }

    public int maxDays() {
        return maxDays;
    }

    /** Makes a token for the signed-in person. */
    @Transactional
    public CreatedToken create(String name, Integer expiresInDays) {
        PathwaysUser user = PathwaysUser.current();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInput("name", "token.nameInvalid");
        }
        if (expiresInDays == null || expiresInDays < 1 || expiresInDays > maxDays) {
            throw new InvalidInput("expiresInDays", "token.daysInvalid", maxDays);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(Duration.ofDays(expiresInDays));
        long id = jdbc.sql("""
                        insert into api_token (user_account_id, organization_id, name, token_hash, token_prefix, expires_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(user.userId(), user.organizationId(), name.strip(), hash(token), token.substring(0, 10),
                        java.sql.Timestamp.from(expiresAt))
                .query(Long.class).single();
        audit.record("token.created", "token", id, name.strip() + ", expires " + expiresAt);
        return new CreatedToken(token, get(id, user.userId()));
    }

    /** The signed-in person's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return jdbc.sql("select * from api_token where user_account_id = ? order by created_at desc, id desc")
                .param(PathwaysUser.current().userId())
                .query((rs, n) -> view(rs)).list();
    }

    /** Revokes one of the signed-in person's own tokens; other people's tokens do not exist for them. */
    @Transactional
    public TokenView revoke(long tokenId) {
        PathwaysUser user = PathwaysUser.current();
        int updated = jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and user_account_id = ?")
                .params(tokenId, user.userId()).update();
        if (updated == 0) {
            throw new NotFound("token", tokenId);
        }
        audit.record("token.revoked", "token", tokenId, null);
        return get(tokenId, user.userId());
    }

    /**
     * Finds who a presented token belongs to, if it is known, unrevoked, unexpired and its owner is still
     * active. Roles are read fresh, so a change of roles applies to the next call.
     */
    @Transactional
    public Optional<PathwaysUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(presented);
        Optional<Long> userId = jdbc.sql("""
                        select user_account_id from api_token
                        where token_hash = ? and revoked_at is null and expires_at > now()""")
                .param(tokenHash).query(Long.class).optional();
        if (userId.isPresent()) {
            // "last used" to the minute is enough for people reviewing their tokens, and it spares a script's
            // every call a write (and the wait for it to reach disk)
            jdbc.sql("""
                            update api_token set last_used_at = now()
                            where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                    .param(tokenHash).update();
        }
        return userId.flatMap(users::findActivePrincipal);
    }

    private TokenView get(long id, long userId) {
        return jdbc.sql("select * from api_token where id = ? and user_account_id = ?").params(id, userId)
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NotFound("token", id));
    }

    private static TokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
