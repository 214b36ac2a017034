package fi.kasvu.platform.assessment;

import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;

/** A student's result of an assessment was recorded, changed or removed ({@code score} null). */
public record ResultRecorded(TenantId tenant, UUID assessmentId, UUID classId, UUID studentId, Score score) {
}
