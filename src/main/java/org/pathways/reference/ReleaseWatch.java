package org.pathways.reference;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which release of each dataset is current, as the in-memory indexes (pickers, title suggester) see it.
 * Read again at most every few seconds, so an import by the command line in another process shows up
 * promptly, and at once after an import in this process.
 */
@Component
class ReleaseWatch {

    private static final long RECHECK_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private volatile Map<String, Long> current = Map.of();
    private volatile String signature = "";
    private volatile long checkedAt;
    private volatile boolean stale = true;

    ReleaseWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onChange(ReferenceDataChanged changed) {
        stale = true;
    }

    /** A string that changes whenever any dataset's current release does. */
    String signature() {
        refresh();
        return signature;
    }

    /** The current release of a dataset, or null when none is loaded. */
    Long current(String dataset) {
        refresh();
        return current.get(dataset);
    }

    private void refresh() {
        long now = System.nanoTime();
        if (!stale && now - checkedAt < RECHECK_NANOS) {
            return;
        }
        synchronized (this) {
            Map<String, Long> ids = new HashMap<>();
            StringBuilder sig = new StringBuilder();
            jdbc.sql("select dataset, id from ref_release where current order by id").query((rs, n) -> {
                ids.put(rs.getString(1), rs.getLong(2));
                sig.append(rs.getLong(2)).append(',');
                return null;
            }).list();
            current = Map.copyOf(ids);
            signature = sig.toString();
            checkedAt = System.nanoTime();
            stale = false;
        }
    }
}
