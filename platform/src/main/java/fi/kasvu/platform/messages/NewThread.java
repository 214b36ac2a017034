package fi.kasvu.platform.messages;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A conversation to start: its subject, who receives it, the first message and its files. */
public record NewThread(String subject, Set<UUID> recipients, String body, List<NewAttachment> attachments) {

    public NewThread {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public NewThread(String subject, Set<UUID> recipients, String body) {
        this(subject, recipients, body, List.of());
    }
}
