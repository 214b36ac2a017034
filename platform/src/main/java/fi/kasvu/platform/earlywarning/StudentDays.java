package fi.kasvu.platform.earlywarning;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each pupil's school day in figures ({@code warning_student_day}): lessons marked and missed, minutes missed by kind.
 * Recomputed for the pupils of a school-day as its lessons are marked (reading that school's lessons of the day and
 * their marks, a few thousand rows), and rebuilt from every mark after marks arrived in bulk.
 */
@Service
public class StudentDays {

    private static final String FIGURES = """
            SELECT m.student_id, l.day, count(*), count(*) FILTER (WHERE m.kind NOT IN ('PRESENT', 'LATE')),
              coalesce(sum(l.minutes) FILTER (WHERE m.kind = 'ABSENT_EXPLAINED'), 0),
              coalesce(sum(l.minutes) FILTER (WHERE m.kind = 'ABSENT_UNEXPLAINED'), 0),
              coalesce(sum(l.minutes) FILTER (WHERE m.kind = 'ILLNESS'), 0),
              coalesce(sum(l.minutes) FILTER (WHERE m.kind = 'PERMITTED_LEAVE'), 0)
            FROM attendance_mark m
            JOIN (SELECT id, day, (EXTRACT(EPOCH FROM (end_time - start_time)) / 60)::int AS minutes FROM lesson
                  WHERE %s) l ON l.id = m.lesson_id
            WHERE %s
            GROUP BY m.student_id, l.day""";

    private final EntityManager entities;

    StudentDays(EntityManager entities) {
        this.entities = entities;
    }

    /** The pupils' figures of one school-day, from that school's lessons of the day. */
    @Transactional
    public void recompute(UUID school, LocalDate day, Collection<UUID> students) {
        if (students.isEmpty()) {
            return;
        }
        String ids = students.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        entities.createNativeQuery("""
                        DELETE FROM warning_student_day WHERE day = :day AND student_id = ANY (CAST(:ids AS uuid[]))""")
                .setParameter("day", day).setParameter("ids", ids).executeUpdate();
        entities.createNativeQuery("INSERT INTO warning_student_day " + FIGURES.formatted(
                        "school_id = :school AND day = :day", "m.student_id = ANY (CAST(:ids AS uuid[]))"))
                .setParameter("school", school).setParameter("day", day).setParameter("ids", ids).executeUpdate();
    }

    /** The pupil's figures of the days of the lessons (after their marks changed by an explanation or a leave). */
    @Transactional
    @SuppressWarnings("unchecked")
    public void recomputeLessons(UUID student, Collection<UUID> lessons) {
        if (lessons.isEmpty()) {
            return;
        }
        String ids = lessons.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> days = entities.createNativeQuery(
                        "SELECT DISTINCT school_id, day FROM lesson WHERE id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("ids", ids).getResultList();
        for (Object[] d : days) {
            recompute((UUID) d[0], Indicators.date(d[1]), List.of(student));
        }
    }

    /** Every pupil's every day, from every mark; returns the days written. */
    @Transactional
    public int rebuild() {
        entities.createNativeQuery("SET LOCAL work_mem = '256MB'").executeUpdate();
        entities.createNativeQuery("TRUNCATE warning_student_day").executeUpdate();
        return entities.createNativeQuery("INSERT INTO warning_student_day " + FIGURES.formatted("true", "true"))
                .executeUpdate();
    }
}
