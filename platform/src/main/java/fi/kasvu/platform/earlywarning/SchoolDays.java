package fi.kasvu.platform.earlywarning;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's marked lessons and absences per day ({@code attendance_school_day}), recomputed for one school-day as a
 * lesson of it is marked, so that attendance trends read a few hundred rows a year per school instead of the marks.
 */
@Service
public class SchoolDays {

    private final EntityManager entities;

    SchoolDays(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public void recompute(UUID school, LocalDate day) {
        entities.createNativeQuery("""
                        INSERT INTO attendance_school_day AS d (school_id, day, student_lessons, absent_lessons)
                        SELECT :school, :day, count(*), count(*) FILTER (WHERE m.kind NOT IN ('PRESENT', 'LATE'))
                        FROM lesson l JOIN attendance_mark m ON m.lesson_id = l.id
                        WHERE l.school_id = :school AND l.day = :day
                        ON CONFLICT (school_id, day) DO UPDATE SET student_lessons = EXCLUDED.student_lessons,
                          absent_lessons = EXCLUDED.absent_lessons""")
                .setParameter("school", school).setParameter("day", day).executeUpdate();
    }

    /** Recomputes the school-days of the lessons (after marks changed by an explanation or an approved leave). */
    @Transactional
    public void recomputeLessonDays(java.util.Collection<UUID> lessons) {
        String ids = lessons.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> days = entities.createNativeQuery(
                        "SELECT DISTINCT school_id, day FROM lesson WHERE id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("ids", ids).getResultList();
        days.forEach(d -> recompute((UUID) d[0], d[1] instanceof LocalDate day ? day
                : ((java.sql.Date) d[1]).toLocalDate()));
    }

    /** Rebuilds every school-day from the marks (after an import of marks, say). */
    @Transactional
    public int rebuild() {
        entities.createNativeQuery("TRUNCATE attendance_school_day").executeUpdate();
        return entities.createNativeQuery("""
                INSERT INTO attendance_school_day (school_id, day, student_lessons, absent_lessons)
                SELECT l.school_id, l.day, count(*), count(*) FILTER (WHERE m.kind NOT IN ('PRESENT', 'LATE'))
                FROM lesson l JOIN attendance_mark m ON m.lesson_id = l.id GROUP BY l.school_id, l.day""").executeUpdate();
    }
}
