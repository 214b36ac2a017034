package fi.kasvu.platform.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * Published after a lesson's attendance was marked (or marked again), within the marking's transaction: an early-warning
 * feature listens with {@code @TransactionalEventListener} to recompute the students' indicators.
 *
 * @param marks every student of the group on the day and their mark, the present ones too
 */
public record LessonMarked(TenantId tenant, UUID lessonId, UUID classId, UUID schoolId, LocalDate day,
                           long lessonMinutes, Map<UUID, MarkKind> marks, Instant markedAt) {

    public LessonMarked {
        marks = Map.copyOf(marks);
    }
}
