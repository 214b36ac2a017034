package fi.kasvu.platform.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Wires the tenant runtime: Hibernate's schema multi-tenancy and the filter that binds the tenant of each request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancySettings.class)
class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(TenantConnectionProvider connections,
                                                  TenantIdentifierResolver resolver) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }

    /** Tenant data: the default transaction manager, over Hibernate's schema-per-tenant sessions. */
    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolution(TenancySettings settings, TenantRegistry registry,
                                                                    TenantContext context) {
        var registration = new FilterRegistrationBean<>(new TenantResolutionFilter(settings, registry, context));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        registration.setName("tenantResolution");
        return registration;
    }
}
