package fi.kasvu.provisioning.invitation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, SmtpSettings.class})
class InvitationConfiguration {

    /**
     * Only in the embedded default: no SMTP server configured and Kasvu running its own Keycloak. A deployment with
     * an external Keycloak and no SMTP server fails to invite instead of writing invitation links to its log. The
     * mailbox listens from the first mail on, so most contexts never start it.
     */
    @Bean(destroyMethod = "close")
    @Conditional(NoSmtpConfigured.class)
    DevelopmentMailbox developmentMailbox(MailSettings settings) {
        return new DevelopmentMailbox(settings.developmentPort());
    }

    static class NoSmtpConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
                    && !StringUtils.hasText(environment.getProperty("kasvu.keycloak.url"));
        }
    }
}
