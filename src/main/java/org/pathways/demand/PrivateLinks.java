package org.pathways.demand;

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
 * Signs and checks the private links employers answer surveys through. A link is the invitation id and an
 * HMAC-SHA256 of that id and the invitation's nonce: 256 unguessable bits, nothing stored that would let someone
 * with a copy of the database but not the key rebuild it (when the key is configured), and a new nonce withdraws
 * every earlier link of that invitation at once.
 */
@Component
class PrivateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configuredSecret;
    private volatile byte[] key;

    PrivateLinks(JdbcClient jdbc, PlatformTransactionManager transactions, @Value("${pathways.demand.link-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        // the key is made once, on first use, often inside a read-only transaction: it gets its own
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredSecret = configuredSecret;
    }

    static String newNonce() {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    String token(long invitationId, String nonce) {
        return invitationId + "." + signature(invitationId, nonce);
    }

    /** The invitation id a link names, or -1 when it is not even shaped like one of ours. */
    static long invitationIdOf(String token) {
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

    /** Whether the link is the one signed for this invitation and nonce; compared in constant time. */
    boolean matches(String token, long invitationId, String nonce) {
        byte[] expected = token(invitationId, nonce).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long invitationId, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal(("demand-invitation:" + invitationId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
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
                    jdbc.sql("insert into demand_link_key (id, secret) values (1, ?) on conflict (id) do nothing").param(generated).update();
                    return jdbc.sql("select secret from demand_link_key where id = 1").query(byte[].class).single();
                });
            }
            key = current;
        }
        return current;
    }
}
