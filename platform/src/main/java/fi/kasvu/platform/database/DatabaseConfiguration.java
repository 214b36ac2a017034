package fi.kasvu.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Kasvu's database defaults, which application.yml and the environment override. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
@PropertySource("classpath:kasvu-platform-defaults.properties")
class DatabaseConfiguration {

    /**
     * Transactions on the control plane. They never open a Hibernate session, which would need a tenant; tenant
     * data has the JPA transaction manager, the default one.
     */
    @Bean(ControlPlaneSchema.TRANSACTIONS)
    PlatformTransactionManager controlPlaneTransactions(DataSource primary) {
        return new DataSourceTransactionManager(primary);
    }
}
