package fi.kasvu.platform.attendance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;

/**
 * What is known of a lesson's students before the teacher marks it: an approved leave over the day gives permitted
 * leave; a guardian's report over the whole day, or naming the lesson, gives illness or an explained absence. Leave
 * wins over a report, as the decided one.
 */
@Component
class Prefills {

    /** A suggestion and where it came from ({@code LEAVE} or {@code REPORT}). */
    record Prefill(MarkKind mark, String source) {
    }

    private final EntityManager entities;

    Prefills(EntityManager entities) {
        this.entities = entities;
    }

    Map<UUID, Prefill> of(UUID lessonId, LocalDate day, List<UUID> students) {
        var found = new HashMap<UUID, Prefill>();
        if (students.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> reports = entities.createNativeQuery("""
                SELECT r.student_id AS student_id, r.reason AS reason FROM absence_report r
                WHERE r.student_id IN (:students) AND :day BETWEEN r.first_day AND r.last_day
                  AND (r.whole_days OR EXISTS (SELECT 1 FROM absence_report_lesson rl
                                               WHERE rl.report_id = r.id AND rl.lesson_id = :lesson))
                ORDER BY r.created_at""", Tuple.class)
                .setParameter("students", students).setParameter("day", day).setParameter("lesson", lessonId)
                .getResultList();
        reports.forEach(row -> found.put(row.get("student_id", UUID.class),
                new Prefill(AbsenceReason.valueOf(row.get("reason", String.class)).mark(), "REPORT")));
        @SuppressWarnings("unchecked")
        List<UUID> onLeave = entities.createNativeQuery("""
                SELECT DISTINCT student_id FROM leave_application WHERE student_id IN (:students) AND state = 'APPROVED'
                  AND :day BETWEEN first_day AND last_day""", UUID.class)
                .setParameter("students", students).setParameter("day", day).getResultList();
        onLeave.forEach(student -> found.put(student, new Prefill(MarkKind.PERMITTED_LEAVE, "LEAVE")));
        return found;
    }
}
