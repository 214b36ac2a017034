package fi.kasvu.platform.assessment;

import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * A student's term or year grade in a subject was recorded, changed or removed ({@code score} null): what an early
 * warning recomputes its course-performance indicator on (a 4 or an H, a drop in the average between terms).
 */
public record GradeRecorded(TenantId tenant, UUID studentId, String subjectCode, GradeKind kind, UUID sessionId,
                            Score score) {
}
