package fi.kasvu.platform.insight;

import java.util.UUID;

/** A school whose dashboard someone may open. */
public record SchoolChoice(UUID id, String name) {
}
