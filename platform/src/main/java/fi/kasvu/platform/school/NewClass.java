package fi.kasvu.platform.school;

import java.util.Set;
import java.util.UUID;

/**
 * A class or teaching group to add.
 *
 * @param termIds     the terms it runs in; none for every term of the school year
 * @param grade       its grade level, e.g. "7"; read from a homeroom class's title (7B) when not given
 * @param subjectCode the national subject code of a teaching group (MA, AI, ...); none for a homeroom class
 */
public record NewClass(UUID schoolId, UUID schoolYearId, String title, ClassType type, Set<UUID> termIds, String grade,
                       String subjectCode) {

    public NewClass {
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
    }
}
