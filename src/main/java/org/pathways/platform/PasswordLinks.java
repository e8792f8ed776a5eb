package org.pathways.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.pathways.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links by mail with which a person chooses their own password: an administrator's invitation (7 days) and a reset the
 * person asks for on the sign-in page (an hour). A link works once; choosing a password withdraws every other link of
 * that account and lifts a sign-in lock. Asking for a reset answers the same whether or not an account has the address,
 * so the page reveals nothing; every step is audited.
 */
@Service
public class PasswordLinks {

    public enum Purpose {
        INVITATION(Duration.ofDays(7)), RESET(Duration.ofHours(1));

        private final Duration life;

        Purpose(Duration life) {
            this.life = life;
        }

        String signedAs() {
            return "password-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reset links an account may be sent in an hour. */
    static final int MAX_RESETS_AN_HOUR = 3;

    /** What the page a link opens shows: whose account it is and why. */
    public record LinkPage(String username, String displayName, Purpose purpose) {
    }

    private record Account(long id, long organizationId, String username, String displayName, String email) {
    }

    private record Link(long id, long userId, Purpose purpose, String nonce, Instant expiresAt, boolean used) {
    }

    private final JdbcClient jdbc;
    private final PrivateLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SignInRecords signIns;
    private final AuditLog audit;

    PasswordLinks(JdbcClient jdbc, PrivateLinks links, Outbox outbox, MessageSource messages, UserAccountRepository accounts,
                  PasswordEncoder passwords, SignInRecords signIns, AuditLog audit) {
        this.jdbc = jdbc;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.passwords = passwords;
        this.signIns = signIns;
        this.audit = audit;
    }

    /**
     * Sends a reset link to every active account with this address; says nothing either way (the page answers the same).
     */
    @Transactional
    public void requestReset(String email, Locale language) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        List<Account> found = jdbc.sql("""
                        select id, organization_id, username, display_name, email from user_account
                        where lower(email) = lower(?) and active""").param(email.strip())
                .query((rs, n) -> new Account(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
        for (Account account : found) {
            // a few links an hour at most, so the form cannot be used to flood someone's inbox; the answer stays the same
            long recent = jdbc.sql("""
                            select count(*) from password_link where user_account_id = ? and purpose = 'RESET'
                              and created_at > now() - interval '1 hour'""").param(account.id()).query(Long.class).single();
            if (recent >= MAX_RESETS_AN_HOUR) {
                audit.recordWith(account.organizationId(), "anonymous", "user.passwordResetLimited", "user", account.id(), null);
                continue;
            }
            send(account, Purpose.RESET, "anonymous (forgotten password)", language);
            audit.recordWith(account.organizationId(), "anonymous", "user.passwordResetRequested", "user", account.id(), null);
        }
    }

    /** An administrator invites a person of their organization to choose a password (or choose a new one). */
    @Transactional
    public void invite(UserView user, Locale language) {
        if (user.email() == null || user.email().isBlank()) {
            throw new InvalidInput("email", "passwordLinks.noEmail");
        }
        if (!user.active()) {
            throw new InvalidInput("email", "passwordLinks.inactive");
        }
        PathwaysUser admin = PathwaysUser.current();
        send(new Account(user.id(), user.organizationId(), user.username(), user.displayName(), user.email()), Purpose.INVITATION,
                admin.username(), language);
        audit.record("user.invited", "user", user.id(), user.username());
    }

    /** The account a link opens, or the platform's refusal (never issued, used or withdrawn, lapsed). */
    @Transactional(readOnly = true)
    public LinkPage open(String token) {
        Link link = verify(token);
        UserAccount account = accounts.findById(link.userId()).orElseThrow();
        return new LinkPage(account.username(), account.displayName(), link.purpose());
    }

    /** Sets the password the person chose; the link is used up, any other of theirs withdrawn. */
    @Transactional
    public void choose(String token, String password, String confirmation) {
        Link link = verify(token);
        UserAccount account = accounts.findById(link.userId()).orElseThrow();
        PasswordPolicy.violation(account.username(), password).ifPresent(key -> {
            throw new InvalidInput("password", key, PasswordPolicy.MIN_LENGTH);
        });
        if (!password.equals(confirmation)) {
            throw new InvalidInput("confirmation", "password.mismatch");
        }
        account.changePasswordHash(passwords.encode(password));
        accounts.save(account);
        jdbc.sql("update password_link set used_at = now() where user_account_id = ? and used_at is null").param(account.id()).update();
        signIns.unlock(account.id());
        audit.recordWith(account.organizationId(), account.username(), "user.passwordChosen", "user", account.id(),
                link.purpose().name().toLowerCase(Locale.ROOT));
    }

    private void send(Account account, Purpose purpose, String by, Locale language) {
        String nonce = PrivateLinks.newNonce();
        long id = jdbc.sql("""
                        insert into password_link (user_account_id, purpose, nonce, expires_at, created_by) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(account.id(), purpose.name(), nonce, java.sql.Timestamp.from(Instant.now().plus(purpose.life)), by)
                .query(Long.class).single();
        String url = links.address("/password/" + links.token(purpose.signedAs(), id, nonce));
        String key = "passwordLinks." + purpose.name().toLowerCase(Locale.ROOT);
        Object[] arguments = {account.displayName(), account.username(), url, purpose == Purpose.RESET ? 60 : 7};
        outbox.sendFor(account.organizationId(), by, account.email(), messages.getMessage(key + "Subject", null, language),
                messages.getMessage(key + "Body", arguments, language));
    }

    private Link verify(String token) {
        long id = PrivateLinks.idOf(token);
        Link link = id < 0 ? null : jdbc.sql("""
                        select id, user_account_id, purpose, nonce, expires_at, used_at is not null from password_link where id = ?""")
                .param(id).query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), Purpose.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).optional().orElse(null);
        PrivateLinks.Refusal refusal = link == null ? PrivateLinks.Refusal.UNKNOWN
                : links.refusal(link.purpose().signedAs(), token, link.id(), link.nonce(), link.used(), link.expiresAt());
        if (refusal != null) {
            refuse(refusal, id < 0 ? "malformed" : "link " + id);
        }
        return link;
    }

    private void refuse(PrivateLinks.Refusal refusal, String detail) {
        audit.recordSecurityEvent(null, null, "private link", "user.passwordLinkRefused", refusal + ": " + detail);
        throw new PrivateLinks.Refused(refusal, "password");
    }
}
