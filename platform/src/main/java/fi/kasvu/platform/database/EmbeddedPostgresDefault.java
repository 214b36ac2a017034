package fi.kasvu.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no database configured, Kasvu runs on a real PostgreSQL of its own, started in-process with its data
 * under {@code kasvu.data-dir} and kept across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresDefault.NoDatabaseConfigured.class)
class EmbeddedPostgresDefault {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresDefault.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        // zonky unpacks its binaries below java.io.tmpdir, which must exist
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        boolean firstStart = !Files.exists(pgData.resolve("PG_VERSION"));
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(settings.embeddedPort())
                .setServerConfig("max_connections", "200")
                .start();
        log.info("embedded PostgreSQL {} on port {} with data in {}", firstStart ? "initialised" : "started",
                postgres.getPort(), pgData);
        return postgres;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres.getPort());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var pool = new HikariDataSource();
        pool.setPoolName("kasvu-primary");
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername("postgres");
        return pool;
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
                    && !StringUtils.hasText(env.getProperty("KASVU_DB_URL"));
        }
    }

}
