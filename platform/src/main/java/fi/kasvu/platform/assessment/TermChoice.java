package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A term of a group's school year, for its term grades. */
public record TermChoice(UUID id, String title) {
}
