package fi.kasvu.platform.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.attendance.Prefills.Prefill;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking a lesson's attendance, in one call for the whole group: the teacher names only the exceptions, and everyone
 * else gets what a guardian's report or an approved leave says, or present. Marking again replaces the lesson's marks.
 * Who may mark is {@link LessonSchedule#requireMarkable}: the lesson's teacher, the group's teachers, the principal, a
 * city admin. {@link LessonMarked} is published after each marking.
 */
@Service
public class AttendanceMarking {

    private final EntityManager entities;
    private final LessonSchedule schedule;
    private final Prefills prefills;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;
    private final Clock clock;

    AttendanceMarking(EntityManager entities, LessonSchedule schedule, Prefills prefills,
                      ApplicationEventPublisher events, TenantContext tenants, Clock clock) {
        this.entities = entities;
        this.schedule = schedule;
        this.prefills = prefills;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The lesson's class list with each student's mark (stored, suggested or present), for the marking page. */
    @Transactional(readOnly = true)
    public RollCall rollCall(Actor actor, UUID lessonId) {
        Lesson lesson = schedule.requireMarkable(actor, lessonId);
        Map<UUID, String> students = studentsOf(lesson);
        Map<UUID, MarkKind> stored = stored(lessonId);
        Map<UUID, Prefill> suggested = prefills.of(lessonId, lesson.day(), List.copyOf(students.keySet()));
        var entries = new ArrayList<RollCall.Entry>();
        students.forEach((student, name) -> {
            if (stored.containsKey(student)) {
                entries.add(new RollCall.Entry(student, name, stored.get(student), "MARKED"));
            } else if (suggested.containsKey(student)) {
                Prefill prefill = suggested.get(student);
                entries.add(new RollCall.Entry(student, name, prefill.mark(), prefill.source()));
            } else {
                entries.add(new RollCall.Entry(student, name, MarkKind.PRESENT, "DEFAULT"));
            }
        });
        return new RollCall(lesson, entries);
    }

    /**
     * Marks the whole lesson. Students not named are present, unless a guardian's report or an approved leave says
     * otherwise; name a student as {@link MarkKind#PRESENT} to overrule that.
     *
     * @param exceptions marks of the students who were not simply present
     * @return every student's mark as stored
     * @throws InvalidFieldException naming {@code lesson} for a lesson that does not exist, {@code marks} for a
     *                               student not in the group on the lesson's day or a missing mark
     */
    @Transactional
    public LessonMarked markLesson(Actor actor, UUID lessonId, Map<UUID, MarkKind> exceptions) {
        Lesson lesson = schedule.requireMarkable(actor, lessonId);
        Map<UUID, MarkKind> named = exceptions == null ? Map.of() : exceptions;
        Map<UUID, String> students = studentsOf(lesson);
        for (var entry : named.entrySet()) {
            if (entry.getKey() == null || !students.containsKey(entry.getKey())) {
                throw new InvalidFieldException("marks", "a student marked is not in " + lesson.classTitle() + " on "
                        + lesson.day());
            }
            if (entry.getValue() == null) {
                throw new InvalidFieldException("marks", "every student named needs a mark");
            }
        }
        Map<UUID, Prefill> suggested = prefills.of(lessonId, lesson.day(), List.copyOf(students.keySet()));
        var marks = new LinkedHashMap<UUID, MarkKind>();
        for (UUID student : students.keySet()) {
            MarkKind mark = named.get(student);
            if (mark == null) {
                mark = suggested.containsKey(student) ? suggested.get(student).mark() : MarkKind.PRESENT;
            }
            marks.put(student, mark);
        }
        Instant now = clock.instant();
        entities.createNativeQuery("UPDATE lesson SET marked_at = :at, marked_by = :by WHERE id = :id")
                .setParameter("at", now).setParameter("by", actor.displayName()).setParameter("id", lessonId)
                .executeUpdate();
        entities.createNativeQuery("DELETE FROM attendance_mark WHERE lesson_id = :id").setParameter("id", lessonId)
                .executeUpdate();
        insert(lessonId, marks, now, actor.displayName());
        var marked = new LessonMarked(tenants.require(), lessonId, lesson.classId(), lesson.schoolId(), lesson.day(),
                lesson.minutes(), marks, now);
        events.publishEvent(marked);
        return marked;
    }

    private void insert(UUID lessonId, Map<UUID, MarkKind> marks, Instant at, String by) {
        if (marks.isEmpty()) {
            return;
        }
        UUID[] students = marks.keySet().toArray(UUID[]::new);
        String[] kinds = marks.values().stream().map(Enum::name).toArray(String[]::new);
        entities.createNativeQuery("""
                        INSERT INTO attendance_mark (lesson_id, student_id, kind, marked_at, marked_by)
                        SELECT :lesson, m.student, m.kind, :at, :by FROM unnest(CAST(:students AS uuid[]),
                               CAST(:kinds AS text[])) AS m(student, kind)""")
                .setParameter("lesson", lessonId).setParameter("at", at).setParameter("by", by)
                .setParameter("students", students).setParameter("kinds", kinds).executeUpdate();
    }

    /** The students of the lesson's group on its day, by name. */
    private Map<UUID, String> studentsOf(Lesson lesson) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                SELECT DISTINCT p.id AS id, p.family_name AS family_name, p.given_name AS given_name
                FROM enrollment e JOIN person p ON p.id = e.person_id
                WHERE e.class_id = :class AND e.role = 'student' AND e.status = 'active' AND p.status = 'active'
                  AND (e.begin_date IS NULL OR e.begin_date <= :day) AND (e.end_date IS NULL OR e.end_date >= :day)
                ORDER BY p.family_name, p.given_name, p.id""", Tuple.class)
                .setParameter("class", lesson.classId()).setParameter("day", lesson.day()).getResultList();
        var students = new LinkedHashMap<UUID, String>();
        rows.forEach(row -> students.put(row.get("id", UUID.class), row.get("family_name", String.class) + " "
                + row.get("given_name", String.class)));
        return students;
    }

    private Map<UUID, MarkKind> stored(UUID lessonId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT student_id, kind FROM attendance_mark WHERE lesson_id = :id",
                Tuple.class).setParameter("id", lessonId).getResultList();
        var marks = new LinkedHashMap<UUID, MarkKind>();
        rows.forEach(row -> marks.put(row.get("student_id", UUID.class), MarkKind.valueOf(row.get("kind", String.class))));
        return marks;
    }

}
