package fi.kasvu.platform.lessons;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated lessons as people look at them: a teacher's day, a class's days, a student's days. Who may see what is
 * {@link StudentAccess}'s: a teacher their own lessons and their groups', a student their own, a guardian their
 * children's (the 18-year rule), a principal their school's, a city admin all.
 */
@Service
public class LessonSchedule {

    static final int LONGEST_RANGE_DAYS = 400;

    private final EntityManager entities;
    private final StudentAccess access;

    LessonSchedule(EntityManager entities, StudentAccess access) {
        this.entities = entities;
        this.access = access;
    }

    /** The lessons the signed-in teacher teaches on the day, by time. */
    @Transactional(readOnly = true)
    public List<Lesson> teacherDay(Actor actor, LocalDate day) {
        requireDay(day, "day");
        UUID me = access.personOf(actor).orElse(null);
        if (me == null) {
            return List.of();
        }
        return lessons("l.teacher_id = :teacher AND l.day = :day", Map.of("teacher", me, "day", day));
    }

    /** A class's or teaching group's lessons from one day to another (both included). */
    @Transactional(readOnly = true)
    public List<Lesson> classLessons(Actor actor, UUID classId, LocalDate from, LocalDate to) {
        range(from, to);
        access.requireClass(actor, classId, "see this group's lessons");
        return lessons("l.class_id = :class AND l.day BETWEEN :from AND :to", Map.of("class", classId, "from", from,
                "to", to));
    }

    /** A student's lessons from one day to another: those of every group they are in on each day. */
    @Transactional(readOnly = true)
    public List<Lesson> studentLessons(Actor actor, UUID studentId, LocalDate from, LocalDate to) {
        range(from, to);
        access.require(actor, studentId, "see this student's lessons");
        return lessons("l.day BETWEEN :from AND :to AND EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = l.class_id"
                + " AND e.person_id = :student AND e.role = 'student' AND e.status = 'active'"
                + " AND (e.begin_date IS NULL OR e.begin_date <= l.day) AND (e.end_date IS NULL OR e.end_date >= l.day))",
                Map.of("student", studentId, "from", from, "to", to));
    }

    /** One lesson: for its teacher and for the group's teachers, principal and city admins. */
    @Transactional(readOnly = true)
    public Lesson lesson(Actor actor, UUID lessonId) {
        Lesson lesson = find(lessonId);
        UUID me = access.personOf(actor).orElse(null);
        if (me == null || !me.equals(lesson.teacherId())) {
            access.requireClass(actor, lesson.classId(), "see this lesson");
        }
        return lesson;
    }

    /**
     * Whether the actor may mark the lesson's attendance: its own teacher (a substitute too), a current teacher of the
     * group, the school's principal or a city admin.
     *
     * @throws InvalidFieldException naming {@code lesson} when there is no such lesson
     * @throws AccessRefusedException when the actor may not
     */
    @Transactional(readOnly = true)
    public Lesson requireMarkable(Actor actor, UUID lessonId) {
        Lesson lesson = find(lessonId);
        UUID me = access.personOf(actor).orElse(null);
        if (me == null || !me.equals(lesson.teacherId())) {
            access.requireClass(actor, lesson.classId(), "mark this lesson");
        }
        return lesson;
    }

    private Lesson find(UUID lessonId) {
        if (lessonId == null) {
            throw new InvalidFieldException("lesson", "choose a lesson");
        }
        return lessons("l.id = :id", Map.of("id", lessonId)).stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("lesson", "there is no such lesson"));
    }

    private static void requireDay(LocalDate day, String field) {
        if (day == null) {
            throw new InvalidFieldException(field, "choose a day");
        }
    }

    private static void range(LocalDate from, LocalDate to) {
        requireDay(from, "from");
        requireDay(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the last day cannot come before the first");
        }
        if (from.plusDays(LONGEST_RANGE_DAYS).isBefore(to)) {
            throw new InvalidFieldException("to", "at most " + LONGEST_RANGE_DAYS + " days at a time");
        }
    }

    static final String SELECT = """
            SELECT l.id AS id, l.class_id AS class_id, g.title AS class_title, l.school_id AS school_id, l.day AS day,
                   l.start_time AS start_time, l.end_time AS end_time, l.subject_code AS subject,
                   l.teacher_id AS teacher_id, t.given_name || ' ' || t.family_name AS teacher_name, l.room AS room,
                   l.marked_at IS NOT NULL AS marked
            FROM lesson l JOIN class_group g ON g.id = l.class_id LEFT JOIN person t ON t.id = l.teacher_id
            WHERE\s""";

    private List<Lesson> lessons(String where, Map<String, Object> parameters) {
        var query = entities.createNativeQuery(SELECT + where + " ORDER BY l.day, l.start_time, g.title", Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(LessonSchedule::lesson).toList();
    }

    static Lesson lesson(Tuple row) {
        return new Lesson(row.get("id", UUID.class), row.get("class_id", UUID.class), row.get("class_title", String.class),
                row.get("school_id", UUID.class), row.get("day", LocalDate.class), Times.time(row.get("start_time")),
                Times.time(row.get("end_time")), row.get("subject", String.class), row.get("teacher_id", UUID.class),
                row.get("teacher_name", String.class), row.get("room", String.class),
                Boolean.TRUE.equals(row.get("marked", Boolean.class)));
    }
}
