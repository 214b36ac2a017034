package fi.kasvu.platform.messages;

import java.time.Instant;
import java.util.UUID;

/** A recipient of a message and when they read it; {@code readAt} is null while they have not. */
public record ReadReceipt(UUID recipientId, String name, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
