package fi.kasvu.platform.school;

import java.util.UUID;

/** What the rest of Kasvu sees of a school. */
public record SchoolSummary(UUID id, String name, SchoolKind kind) {
}
