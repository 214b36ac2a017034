package fi.kasvu.platform.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a thread as its reader sees it.
 *
 * @param mine      whether the viewer wrote it (they may list its read receipts)
 * @param readAt    when the viewer read it, null for their own messages and for unread ones (before this view)
 */
public record MessageEntry(UUID id, UUID senderId, String senderName, String body, Instant sentAt, boolean mine,
                           Instant readAt, List<AttachmentInfo> attachments) {
}
