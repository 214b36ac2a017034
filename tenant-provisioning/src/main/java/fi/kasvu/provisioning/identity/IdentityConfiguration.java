package fi.kasvu.provisioning.identity;

import java.util.function.Supplier;

import fi.kasvu.platform.database.DatabaseSettings;
import fi.kasvu.platform.database.EmbeddedDatabase;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The Keycloak Kasvu talks to: the configured one, or with none configured the managed one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakSettings.class)
class IdentityConfiguration {

    /** Started on first use (or by {@link DemoLogins} at start-up), so a context that never needs it never waits. */
    @Bean(destroyMethod = "close")
    @Conditional(NoKeycloakConfigured.class)
    ManagedKeycloak managedKeycloak(KeycloakSettings settings, DatabaseSettings database) {
        return new ManagedKeycloak(settings, database.dataDir());
    }

    @Bean
    KeycloakAdmin keycloakAdmin(KeycloakSettings settings, ObjectProvider<ManagedKeycloak> managed) {
        ManagedKeycloak managedKeycloak = managed.getIfAvailable();
        Supplier<AdminAccess> access = managedKeycloak != null ? managedKeycloak::adminAccess
                : () -> AdminAccess.external(settings);
        return new KeycloakAdmin(access);
    }

    @Bean
    @Conditional(NoKeycloakConfigured.class)
    DemoLogins demoLogins(ManagedKeycloak keycloak, TenantRealms realms, ObjectProvider<EmbeddedDatabase> embeddedDatabase,
                          TenantRegistry registry, TenancySettings tenancy, Environment environment,
                          fi.kasvu.platform.people.PersonRegister people,
                          fi.kasvu.platform.tenancy.TenantContext tenants) {
        return new DemoLogins(keycloak, realms, embeddedDatabase.getIfAvailable() != null, registry, tenancy,
                environment, people, tenants);
    }

    static class NoKeycloakConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("kasvu.keycloak.url"));
        }
    }
}
