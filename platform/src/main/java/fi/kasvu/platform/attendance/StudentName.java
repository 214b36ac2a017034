package fi.kasvu.platform.attendance;

import java.util.UUID;

/** A student as a guardian chooses among their children. */
public record StudentName(UUID id, String name) {
}
