package fi.kasvu.provisioning.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Kasvu's mails go out. The SMTP server itself is Spring's {@code spring.mail.*} ({@link SmtpSettings}).
 *
 * @param from               the sender's address; empty means {@code kasvu@<base-domain>}
 * @param invitationLifespan how long an invitation's link works
 * @param developmentPort    the port of the {@link DevelopmentMailbox} when no SMTP server is configured; 0 takes a
 *                           free one
 */
@ConfigurationProperties("kasvu.mail")
public record MailSettings(String from,
                           @DefaultValue("72h") Duration invitationLifespan,
                           @DefaultValue("3025") int developmentPort) {
}
