package fi.kasvu.platform.audit;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the tenant features, in Finnish time (a school day, a birthday and a term change at Helsinki's
 * midnight). Here because the audit log is the module every other feature builds on; a test may replace it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
