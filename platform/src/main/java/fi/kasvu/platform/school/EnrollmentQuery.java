package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which enrollments a grid shows; every part is optional.
 *
 * @param activeOn only those that have not ended by this day
 */
public record EnrollmentQuery(UUID classId, UUID personId, UUID schoolId, EnrollmentRole role, LocalDate activeOn) {

    public static EnrollmentQuery ofClass(UUID classId) {
        return new EnrollmentQuery(classId, null, null, null, null);
    }

    public static EnrollmentQuery ofPerson(UUID personId) {
        return new EnrollmentQuery(null, personId, null, null, null);
    }
}
