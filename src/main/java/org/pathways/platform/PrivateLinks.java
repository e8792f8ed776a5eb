package org.pathways.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and checks private links: the pages someone without an account reaches by a link they were sent (an employer's
 * survey, a participant's own consent page, an employer's view of one referral). A link is the id of the record it opens
 * and an HMAC-SHA256 of the link's purpose, that id and the record's nonce: 256 unguessable bits, nothing stored that would
 * let someone with a copy of the database but not the key rebuild it (when the key is configured), a link of one purpose
 * never opens another, and a new nonce withdraws every earlier link of that record at once. The module that issues a link
 * keeps the record, its nonce and its expiry, and audits every refusal.
 */
@Component
public class PrivateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a link opens nothing; the page says which, in words that help, and the audit keeps it. */
    public enum Refusal { UNKNOWN, REVOKED, EXPIRED }

    /**
     * A link refused: every module's link pages end on the same page ({@code platform/link-refused}, 404 for a link that
     * never was, 410 for one withdrawn or expired), worded for what the link opens ("survey", "consent", "referral").
     */
    public static class Refused extends RuntimeException {
        private final Refusal refusal;
        private final String opens;

        public Refused(Refusal refusal, String opens) {
            super(opens + " link refused: " + refusal);
            this.refusal = refusal;
            this.opens = opens;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String opens() {
            return opens;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configuredSecret;
    private final String publicUrl;
    private volatile byte[] key;

    PrivateLinks(JdbcClient jdbc, PlatformTransactionManager transactions, @Value("${pathways.links.secret:}") String configuredSecret,
                 @Value("${pathways.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        // the key is made once, on first use, often inside a read-only transaction: it gets its own
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredSecret = configuredSecret;
    }

    public static String newNonce() {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    /** The link's secret part for a record: its id, a dot, the signature. */
    public String token(String purpose, long id, String nonce) {
        return id + "." + signature(purpose, id, nonce);
    }

    /** An address people reach Pathways at ({@code PATHWAYS_PUBLIC_URL}), for a page named in a message: {@code "/r/…"}. */
    public String address(String path) {
        return publicUrl + path;
    }

    /** The record id a link names, or -1 when it is not even shaped like one of ours. */
    public static long idOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || dot > 19 || token.length() > 80) {
            return -1;
        }
        try {
            return Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Why a link opens nothing, or null when it opens its record: never issued (no record of this kind, or not the signature
     * of this purpose, record and nonce), withdrawn (or used), lapsed; in that order, for every module's links alike.
     */
    public Refusal refusal(String purpose, String token, Long id, String nonce, boolean withdrawn, java.time.Instant expiresAt) {
        if (id == null || !matches(purpose, token, id, nonce)) {
            return Refusal.UNKNOWN;
        }
        if (withdrawn) {
            return Refusal.REVOKED;
        }
        return expiresAt.isBefore(java.time.Instant.now()) ? Refusal.EXPIRED : null;
    }

    /** Whether the link is the one signed for this purpose, record and nonce; compared in constant time. */
    public boolean matches(String purpose, String token, long id, String nonce) {
        byte[] expected = token(purpose, id, nonce).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String purpose, long id, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + ":" + id + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            if (!configuredSecret.isBlank()) {
                current = configuredSecret.getBytes(StandardCharsets.UTF_8);
            } else {
                byte[] generated = new byte[32];
                RANDOM.nextBytes(generated);
                current = ownTransaction.execute(status -> {
                    jdbc.sql("insert into private_link_key (id, secret) values (1, ?) on conflict (id) do nothing").param(generated)
                            .update();
                    return jdbc.sql("select secret from private_link_key where id = 1").query(byte[].class).single();
                });
            }
            key = current;
        }
        return current;
    }
}
