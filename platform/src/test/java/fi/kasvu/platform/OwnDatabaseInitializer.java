package fi.kasvu.platform;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives a test's application a database, and so a tenant registry, of its own. */
public class OwnDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kasvu-own-test-database", Map.of(
                "spring.datasource.url", database.newDatabaseUrl(),
                "spring.datasource.username", database.user())));
        if (!context.getEnvironment().containsProperty("spring.datasource.hikari.maximum-pool-size")) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("kasvu-test-pool",
                    Map.of("spring.datasource.hikari.maximum-pool-size", "8")));
        }
    }
}
