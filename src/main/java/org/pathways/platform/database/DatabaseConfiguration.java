package org.pathways.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL dialect everywhere. Without {@code PATHWAYS_DB_URL} the app starts its own embedded
 * PostgreSQL with its data under {@code ./data/postgres}, kept between runs; with it, the app uses that
 * server. Either way the pool is Hikari with the settings under {@code spring.datasource.hikari}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${pathways.database.url:}'.isBlank()")
    EmbeddedPostgres embeddedPostgres(@Value("${pathways.database.embedded-directory}") Path directory,
                                      @Value("${pathways.database.embedded-clean:false}") boolean clean) throws IOException {
        Files.createDirectories(directory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "50")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {} (started in {} ms)", postgres.getPort(),
                directory.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Value("${pathways.database.url:}") String url,
                                @Value("${pathways.database.username:postgres}") String username,
                                @Value("${pathways.database.password:}") String password,
                                ObjectProvider<EmbeddedPostgres> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("pathways");
        if (url == null || url.isBlank()) {
            dataSource.setJdbcUrl(embedded.getObject().getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
        } else {
            log.info("Using the PostgreSQL server at {}", url);
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(username);
            dataSource.setPassword(password);
        }
        return dataSource;
    }

}
