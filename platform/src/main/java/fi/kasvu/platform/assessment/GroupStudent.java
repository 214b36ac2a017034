package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A student of a group, by name. */
public record GroupStudent(UUID id, String name) {
}
