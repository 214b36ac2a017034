package fi.kasvu.platform.messages;

/** An attachment's bytes, for a download; {@code mediaType} is the type its bytes were recognised as. */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {
}
