package fi.kasvu.platform.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * A thread as the inbox lists it.
 *
 * @param kind         a conversation or an announcement
 * @param audience     for an announcement, to whom it went; null for a conversation
 * @param lastSender   the name of whoever wrote the latest message
 * @param unread       how many of its messages the viewer has not read
 */
public record ThreadSummary(UUID id, String subject, ThreadKind kind, Audience audience, Instant lastMessageAt,
                            String lastSender, int messages, int unread) {

    public boolean hasUnread() {
        return unread > 0;
    }
}
