package fi.kasvu.platform.oneroster.csv;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterCsvSettings.class)
class RosterCsvConfiguration {
}
