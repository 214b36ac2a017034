package fi.kasvu.platform.lessons;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Turns a class's timetable into dated lessons, in the caller's transaction: from the given day on, the unmarked
 * lessons are dropped and every slot's days within its session are made anew, skipping weekends (slots are on
 * weekdays) and the holidays of the municipality and of the class's school. A lesson with attendance marks is never
 * dropped, and a new lesson at the same class, day and start time as a kept one is not made (the kept one stands).
 */
@Component
class LessonExpansion {

    private final EntityManager entities;

    LessonExpansion(EntityManager entities) {
        this.entities = entities;
    }

    /** @return how many lessons were made */
    int expand(UUID classId, LocalDate from) {
        entities.createNativeQuery("DELETE FROM lesson WHERE class_id = :class AND day >= :from AND marked_at IS NULL")
                .setParameter("class", classId).setParameter("from", from).executeUpdate();
        return entities.createNativeQuery("""
                INSERT INTO lesson (id, slot_id, class_id, school_id, day, start_time, end_time, subject_code,
                                    teacher_id, room)
                SELECT gen_random_uuid(), s.id, s.class_id, g.school_id, d.day, s.start_time, s.end_time, s.subject_code,
                       s.teacher_id, s.room
                FROM timetable_slot s JOIN class_group g ON g.id = s.class_id
                     JOIN academic_session a ON a.id = s.session_id
                     CROSS JOIN LATERAL (SELECT gs::date AS day FROM generate_series(GREATEST(a.start_date, :from),
                                         a.end_date, interval '1 day') gs) d
                WHERE s.class_id = :class AND extract(isodow FROM d.day) = s.weekday
                  AND NOT EXISTS (SELECT 1 FROM holiday h WHERE (h.school_id IS NULL OR h.school_id = g.school_id)
                                  AND d.day BETWEEN h.first_day AND h.last_day)
                ON CONFLICT (class_id, day, start_time) DO NOTHING""")
                .setParameter("class", classId).setParameter("from", from).executeUpdate();
    }

    /** Re-expands every class of the schools (all schools when {@code schools} is empty) that has a timetable. */
    int expandSchools(Collection<UUID> schools, LocalDate from) {
        String sql = "SELECT DISTINCT s.class_id FROM timetable_slot s JOIN class_group g ON g.id = s.class_id"
                + (schools.isEmpty() ? "" : " WHERE g.school_id IN (:schools)");
        var query = entities.createNativeQuery(sql, UUID.class);
        if (!schools.isEmpty()) {
            query.setParameter("schools", schools);
        }
        @SuppressWarnings("unchecked")
        List<UUID> classes = query.getResultList();
        return classes.stream().mapToInt(classId -> expand(classId, from)).sum();
    }
}
