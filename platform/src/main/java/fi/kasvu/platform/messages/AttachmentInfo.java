package fi.kasvu.platform.messages;

import java.util.UUID;

/** An attachment as a message lists it: what to show and the id to download it by. */
public record AttachmentInfo(UUID id, String fileName, String mediaType, int size) {
}
