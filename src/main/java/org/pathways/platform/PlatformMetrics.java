package org.pathways.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches besides request timings and the connection pool (which Spring Boot measures): messages waiting
 * in the outbox and those that failed for good, and events between modules not yet handled (a listener that keeps failing
 * leaves them there, and a module's read tables fall behind). Each gauge is a count read when the scraper asks.
 */
@Component
class PlatformMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    PlatformMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pathways.outbox.pending", () -> count("select count(*) from outbound_message where status = 'PENDING'"))
                .description("Messages waiting to be sent (including retries after a failed attempt)").register(registry);
        Gauge.builder("pathways.outbox.failed", () -> count("select count(*) from outbound_message where status = 'FAILED'"))
                .description("Messages that kept failing and were marked; shown in Sent messages").register(registry);
        Gauge.builder("pathways.events.incomplete", () -> count("select count(*) from event_publication where completion_date is null"))
                .description("Events between modules whose listener has not completed").register(registry);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
