package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A student's grade in a subject for a term or a school year. */
public record GradeRow(UUID studentId, String studentName, String subjectCode, String subjectName, GradeKind kind,
                       UUID sessionId, String sessionTitle, Score score, boolean optional) {
}
