package fi.kasvu.bench;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.TestDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the platform the way its tests do ({@link PlatformTestApplication}) on a database of its own on the real
 * PostgreSQL ({@link TestDatabase}: 127.0.0.1:5432 where it runs; dropped when the JVM ends), with a pool of
 * {@code -Dbench.pool-size} connections (default 10, Hikari's and so production's default; the platform's tests
 * use 8).
 */
final class BenchContext {

    static final String BASE_DOMAIN = "kasvu.test";

    private BenchContext() {
    }

    static int poolSize() {
        return Integer.getInteger("bench.pool-size", 10);
    }

    static ConfigurableApplicationContext start(WebApplicationType type) {
        return start(type, context -> { });
    }

    /** Starts the platform with one more initializer of the bench's own (a fixed clock, say). */
    static ConfigurableApplicationContext start(WebApplicationType type,
                                                ApplicationContextInitializer<ConfigurableApplicationContext> extra) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("kasvu.tenancy.base-domain", BASE_DOMAIN);
        defaults.put("server.port", Integer.getInteger("bench.port", 0));
        defaults.put("server.address", "127.0.0.1");
        // the benchmarks print their own lines; the platform logs only what goes wrong
        defaults.put("logging.level.root", "WARN");
        defaults.put("logging.level.liquibase", "WARN");
        return new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(new Database(), extra)
                .properties(defaults)
                .run();
    }

    static HikariDataSource pool(ConfigurableApplicationContext context) {
        try {
            return context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the primary data source is no Hikari pool", e);
        }
    }

    static String jdbcUrl() {
        return TestDatabase.get().jdbcUrl();
    }

    static String user() {
        return TestDatabase.get().user();
    }

    /** Like the platform's TestDatabaseInitializer, with the bench's pool size. */
    static final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase database = TestDatabase.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kasvu-bench-database", Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.hikari.maximum-pool-size", String.valueOf(poolSize()))));
        }
    }
}
