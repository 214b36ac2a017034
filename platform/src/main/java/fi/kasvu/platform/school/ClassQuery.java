package fi.kasvu.platform.school;

import java.util.UUID;

/** Which classes a grid shows; every part is optional. {@code titlePrefix} matches the start of the title, any case. */
public record ClassQuery(UUID schoolId, UUID schoolYearId, ClassType type, String titlePrefix) {

    public static ClassQuery all() {
        return new ClassQuery(null, null, null, null);
    }
}
