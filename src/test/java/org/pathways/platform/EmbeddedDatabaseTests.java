package org.pathways.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.PathwaysApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The newcomer's path: with no database configured, Pathways starts its own PostgreSQL, keeps the data
 * between runs, and rides out a restart of the database without being restarted itself. (CI runs the
 * rest of the suite against the machine's PostgreSQL server, so this test proves the embedded path.)
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path data;

    @Test
    void keepsDataBetweenRunsAndRecoversWhenTheDatabaseRestarts() throws Exception {
        Path directory = data.resolve("postgres");
        try (ConfigurableApplicationContext app = start(directory)) {
            assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).as("embedded PostgreSQL").isNotNull();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organization where demo").query(Long.class).single()).isEqualTo(10);
            jdbc.sql("insert into organization (name, type) values ('Kept Between Runs', 'OPSO')").update();

            EmbeddedPostgres original = app.getBean(EmbeddedPostgres.class);
            int port = original.getPort();
            original.close();
            try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(directory)
                    .setCleanDataDirectory(false).setPort(port).start()) {
                // The app's pool reconnects by itself: no restart of the app, just wait for the next query to work.
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                        assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isPositive());
            }
        }
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext again = start(directory)) {
            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organization where name = 'Kept Between Runs'").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from organization where demo").query(Long.class).single())
                    .as("the demo region is loaded once").isEqualTo(10);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        SpringApplication app = new SpringApplication(PathwaysApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of());
        return app.run("--pathways.database.url=", "--pathways.database.embedded-directory=" + directory,
                "--pathways.database.embedded-clean=false", "--pathways.demo.enabled=true",
                "--pathways.security.bcrypt-strength=4", "--spring.session.store-type=none");
    }
}
