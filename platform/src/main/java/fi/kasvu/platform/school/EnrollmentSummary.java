package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.UUID;

/** A person in a class as the grids show it; {@code endDate} is none while it lasts. */
public record EnrollmentSummary(UUID id, UUID classId, String classTitle, UUID personId, String personName,
                                UUID schoolId, EnrollmentRole role, LocalDate beginDate, LocalDate endDate) {
}
