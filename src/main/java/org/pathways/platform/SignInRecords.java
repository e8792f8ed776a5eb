package org.pathways.platform;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account with growing back-off: after the allowed number of
 * failures the account locks for the first period, and each further failure doubles it up to the
 * maximum. One SQL statement per event, so concurrent attempts cannot lose a count.
 */
@Service
public class SignInRecords {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration firstLockout;
    private final Duration maxLockout;

    SignInRecords(JdbcClient jdbc,
                  @Value("${pathways.security.max-failed-sign-ins}") int maxFailures,
                  @Value("${pathways.security.first-lockout}") Duration firstLockout,
                  @Value("${pathways.security.max-lockout}") Duration maxLockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.firstLockout = firstLockout;
        this.maxLockout = maxLockout;
    }

    /** What one failed attempt led to: whose account it was (if any) and until when it is now locked. */
    public record Failure(Long userId, Long organizationId, Instant lockedUntil) {
    }

    /** Records a failed attempt against the named account, if there is one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Failure recordFailure(String username) {
        return jdbc.sql("""
                        update user_account set failed_sign_ins = failed_sign_ins + 1
                        where lower(username) = lower(?) returning id, organization_id, failed_sign_ins""")
                .param(username)
                .query((rs, n) -> {
                    long userId = rs.getLong("id");
                    int failures = rs.getInt("failed_sign_ins");
                    Instant until = null;
                    if (failures >= maxFailures) {
                        until = Instant.now().plus(lockoutFor(failures));
                        jdbc.sql("update user_account set locked_until = ? where id = ?")
                                .params(java.sql.Timestamp.from(until), userId).update();
                    }
                    return new Failure(userId, rs.getLong("organization_id"), until);
                })
                .optional().orElse(new Failure(null, null, null));
    }

    Duration lockoutFor(int failures) {
        int doublings = Math.min(failures - maxFailures, 20);
        Duration lockout = firstLockout.multipliedBy(1L << doublings);
        return lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(long userId) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = now() where id = ?")
                .param(userId).update();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return jdbc.sql("select count(*) from user_account where lower(username) = lower(?) and locked_until > now()")
                .param(username).query(Long.class).single() > 0;
    }

    /** Lifts a lock before it runs out, e.g. when an administrator reactivates an account. */
    @Transactional
    public void unlock(long userId) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null where id = ?").param(userId).update();
    }
}
