package fi.kasvu.platform.welfare;

import java.util.UUID;

/** A party of the pupil's welfare: a teacher or principal a record may be disclosed to, or the pupil or a guardian who gives consent. */
public record Recipient(UUID id, String name, String role) {
}
