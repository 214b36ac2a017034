package fi.kasvu.platform.messages;

import java.util.List;
import java.util.UUID;

/**
 * A thread opened: its messages in the order they were written and who takes part.
 *
 * @param participants the names of everyone in the thread; for an announcement only its sender (the recipients of a
 *                     class's announcement do not see each other)
 * @param mayReply     whether the viewer may reply (announcements take no replies)
 */
public record ThreadDetail(UUID id, String subject, ThreadKind kind, Audience audience, List<String> participants,
                           List<MessageEntry> messages, boolean mayReply) {
}
