package fi.kasvu.platform.support;

import java.util.UUID;

/** A pupil someone may work on the support of, as a picker lists them: name and current homeroom class. */
public record PupilChoice(UUID id, String name, String className) {
}
