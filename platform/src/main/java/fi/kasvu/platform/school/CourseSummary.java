package fi.kasvu.platform.school;

import java.util.UUID;

/** A course of a school in a school year; {@code subjectCode} is the national code (MA, AI, ...) or none for homerooms. */
public record CourseSummary(UUID id, String title, String courseCode, UUID schoolId, UUID schoolYearId,
                            String subjectCode) {
}
