package fi.kasvu.platform.tenancy;

/** A municipality's logo image and its media type. */
public record Logo(String mediaType, byte[] bytes) {
}
