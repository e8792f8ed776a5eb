package org.pathways.platform;

import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The metrics are for a scraper holding the metrics token: refused without it, with a wrong one and to a signed-in
 * administrator's session; with it, request timings per endpoint, the connection pool, and the outbox and events gauges,
 * whose values are the database's counts.
 */
@PathwaysTest
class MetricsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse scrape(String authorization) throws Exception {
        var request = get("/actuator/prometheus");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void onlyTheScraperWithTheTokenReadsTheMetrics() throws Exception {
        assertThat(scrape(null).getStatus()).isEqualTo(401);
        assertThat(scrape("Bearer not-the-token").getStatus()).isEqualTo(401);
        assertThat(scrape("Bearer test-scraper-token-2026x").getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(users.as("admin"))).andReturn().getResponse().getStatus())
                .as("a signed-in person is not the scraper").isIn(401, 403);
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).as("nothing else of the actuator")
                .isIn(401, 302, 404);
    }

    @Test
    void theScraperSeesRequestTimingsThePoolTheOutboxAndTheEvents() throws Exception {
        mvc.perform(get("/login")).andReturn();
        MockHttpServletResponse response = scrape("Bearer test-scraper-token-2026");
        assertThat(response.getStatus()).isEqualTo(200);
        String metrics = response.getContentAsString();
        assertThat(metrics).contains("http_server_requests_seconds_bucket").contains("uri=\"/login\"")
                .contains("hikaricp_connections_active");
        long pending = jdbc.sql("select count(*) from outbound_message where status = 'PENDING'").query(Long.class).single();
        assertThat(metrics).contains("pathways_outbox_pending " + (double) pending).contains("pathways_outbox_failed ")
                .contains("pathways_events_incomplete ");
        assertThat(metrics).as("no person in the metrics").doesNotContain("practitioner").doesNotContain("@");
    }
}
