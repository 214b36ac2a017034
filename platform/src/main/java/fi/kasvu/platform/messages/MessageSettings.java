package fi.kasvu.platform.messages;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How messages and their notifications behave ({@code kasvu.messages.*}).
 *
 * @param attachmentLimit   the largest attachment taken, each
 * @param attachmentsPerMessage how many files one message may carry
 * @param mailFrom          the notification mails' sender; empty means {@code kasvu@<base-domain>}
 * @param sendInterval      how often the notification sender looks for notifications that are due
 * @param senderEnabled     whether the scheduled sender runs in this process (tests call it themselves)
 */
@ConfigurationProperties("kasvu.messages")
public record MessageSettings(@DefaultValue("10MB") DataSize attachmentLimit,
                              @DefaultValue("10") int attachmentsPerMessage,
                              String mailFrom,
                              @DefaultValue("1m") Duration sendInterval,
                              @DefaultValue("true") boolean senderEnabled) {
}
