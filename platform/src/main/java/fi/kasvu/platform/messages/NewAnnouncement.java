package fi.kasvu.platform.messages;

import java.util.List;
import java.util.UUID;

/**
 * An announcement (tiedote) to send.
 *
 * @param audience a class, a school or the municipality
 * @param targetId the class's or school's id; null for the municipality
 */
public record NewAnnouncement(Audience audience, UUID targetId, String subject, String body,
                              List<NewAttachment> attachments) {

    public NewAnnouncement {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
