package fi.kasvu.platform.database;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Kasvu's database defaults, which application.yml and the environment override. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
@PropertySource("classpath:kasvu-platform-defaults.properties")
class DatabaseConfiguration {
}
