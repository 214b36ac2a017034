package fi.kasvu.platform.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A guardian of a student.
 *
 * @param allowedByStudentAt when the student, of age, allowed the guardian to go on; none if they have not
 * @param mayActToday        whether the guardian may act for the student today
 */
public record GuardianSummary(UUID guardianId, UUID studentId, String guardianName, Instant allowedByStudentAt,
                              boolean mayActToday) {
}
