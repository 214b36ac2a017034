package fi.kasvu.platform.attendance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * Published when a student's marks changed other than by marking a lesson: a guardian explained absences or reported
 * one for lessons marked already, or a leave was approved. Within the change's transaction; {@code lessonIds} are the
 * lessons whose mark of the student may have changed (empty when none did).
 *
 * @param cause {@code EXPLAINED}, {@code REPORTED} or {@code LEAVE_APPROVED}
 */
public record MarksChanged(TenantId tenant, UUID studentId, Set<UUID> lessonIds, String cause, Instant at) {

    public MarksChanged {
        lessonIds = Set.copyOf(lessonIds);
    }
}
