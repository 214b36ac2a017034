package fi.kasvu.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fi.kasvu.KasvuApplication;
import fi.kasvu.platform.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a free port against the real PostgreSQL of the platform's tests and the Keycloak that
 * {@code ManagedKeycloak} runs for them (port 8182, data under target/), with municipalities at
 * {@code <slug>.kasvu.test} and the platform at {@code kasvu.test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KasvuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "kasvu.tenancy.base-domain=" + KasvuTest.BASE_DOMAIN)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, KnownPortInitializer.class})
@TypeExcludeFilters(WithoutPlatformTestApplication.class)
public @interface KasvuTest {

    String BASE_DOMAIN = "kasvu.test";
}
