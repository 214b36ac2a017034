package fi.kasvu.platform.lessons;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.lessons.SlotRules.ClassInfo;
import fi.kasvu.platform.lessons.SlotRules.SessionInfo;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly timetables (lukujärjestykset) of classes and teaching groups, entered slot by slot or imported from a
 * file ({@link TimetableCsv} describes it) by a city admin or the school's principal. Every change re-expands the
 * class's lessons from today: unmarked lessons from today on are made anew, marked ones are kept.
 */
@Service
public class Timetables {

    private final EntityManager entities;
    private final SlotRules rules;
    private final LessonExpansion expansion;
    private final SchoolAccess schools;
    private final StudentAccess students;
    private final AuditLog audit;
    private final Clock clock;

    Timetables(EntityManager entities, SlotRules rules, LessonExpansion expansion, SchoolAccess schools,
               StudentAccess students, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.rules = rules;
        this.expansion = expansion;
        this.schools = schools;
        this.students = students;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a weekly slot to the class's timetable in the session and makes its lessons from today on. */
    @Transactional
    public TimetableSlot addSlot(Actor actor, UUID sessionId, NewSlot slot) {
        if (slot == null) {
            throw new InvalidFieldException("class", "fill in the lesson");
        }
        ClassInfo group = rules.requireClass(slot.classId());
        schools.requireSchool(actor, group.schoolId());
        SessionInfo session = rules.requireSession(sessionId);
        NewSlot checked = rules.check(slot, group, session);
        rules.requireNoOverlap(checked, group, sessionId);
        UUID id = insert(checked, sessionId);
        expansion.expand(group.id(), LocalDate.now(clock));
        audit.record(actor, "timetable.slot-added", null, "slot " + id + " of class " + group.id());
        return slots("s.id = :id", Map.of("id", id)).getFirst();
    }

    /** Removes a slot; its unmarked lessons from today on go with it, marked ones stay. */
    @Transactional
    public void removeSlot(Actor actor, UUID slotId) {
        TimetableSlot slot = slots("s.id = :id", Map.of("id", slotId == null ? new UUID(0, 0) : slotId)).stream()
                .findFirst().orElseThrow(() -> new InvalidFieldException("slot", "there is no such lesson in the timetable"));
        schools.requireSchool(actor, rules.requireClass(slot.classId()).schoolId());
        entities.createNativeQuery("DELETE FROM timetable_slot WHERE id = :id").setParameter("id", slotId).executeUpdate();
        expansion.expand(slot.classId(), LocalDate.now(clock));
        audit.record(actor, "timetable.slot-removed", null, "slot " + slotId + " of class " + slot.classId());
    }

    /** The class's timetable in the session, by weekday and time: for its teachers, principal and city admins. */
    @Transactional(readOnly = true)
    public List<TimetableSlot> timetable(Actor actor, UUID classId, UUID sessionId) {
        students.requireClass(actor, classId, "see this group's timetable");
        return slots("s.class_id = :class AND s.session_id = :session", Map.of("class", classId, "session", sessionId));
    }

    /**
     * Makes the class's lessons anew from the day on (today when none): for a timetable entered after the session began,
     * to have the lessons of the days gone by too. Marked lessons are kept.
     *
     * @return how many lessons were made
     */
    @Transactional
    public int expandLessons(Actor actor, UUID classId, LocalDate from) {
        ClassInfo group = rules.requireClass(classId);
        schools.requireSchool(actor, group.schoolId());
        int made = expansion.expand(classId, from == null ? LocalDate.now(clock) : from);
        audit.record(actor, "timetable.lessons-expanded", null, "class " + classId + " from " + from);
        return made;
    }

    /**
     * Replaces the timetables, in the session, of every class the file names at the school, all or nothing: a file with
     * any problem changes nothing and is refused with every problem found, each naming its row and column.
     */
    @Transactional
    public TimetableImport importCsv(Actor actor, UUID schoolId, UUID sessionId, String csv) {
        if (schoolId == null) {
            throw new InvalidFieldException("school", "choose the school");
        }
        schools.requireSchool(actor, schoolId);
        SessionInfo session = rules.requireSession(sessionId);
        var problems = new ArrayList<CsvProblem>();
        var byClass = new LinkedHashMap<UUID, List<NewSlot>>();
        var classes = new LinkedHashMap<String, ClassInfo>();
        for (TimetableCsv.Row row : TimetableCsv.read(csv, problems)) {
            try {
                ClassInfo group = classes.computeIfAbsent(row.get("class") == null ? "" : row.get("class"),
                        title -> classAt(schoolId, title, session));
                NewSlot slot = rules.check(slotOf(row, group), group, session);
                List<NewSlot> same = byClass.computeIfAbsent(group.id(), id -> new ArrayList<>());
                same.stream().filter(other -> other.weekday() == slot.weekday() && other.start().isBefore(slot.end())
                        && other.end().isAfter(slot.start())).findFirst().ifPresent(other -> {
                            throw new InvalidFieldException("start", "overlaps the lesson of " + group.title() + " at "
                                    + other.start() + "-" + other.end() + " on the same day");
                        });
                same.add(slot);
            } catch (InvalidFieldException invalid) {
                problems.add(new CsvProblem(row.number(), column(invalid.field()), invalid.problem()));
            }
        }
        if (problems.isEmpty() && byClass.isEmpty()) {
            problems.add(new CsvProblem(2, "class", "the file has no lessons"));
        }
        if (!problems.isEmpty()) {
            throw new TimetableImportRefused(problems);
        }
        int slots = 0;
        int lessons = 0;
        LocalDate today = LocalDate.now(clock);
        for (var entry : byClass.entrySet()) {
            entities.createNativeQuery("DELETE FROM timetable_slot WHERE class_id = :class AND session_id = :session")
                    .setParameter("class", entry.getKey()).setParameter("session", sessionId).executeUpdate();
            for (NewSlot slot : entry.getValue()) {
                insert(slot, sessionId);
                slots++;
            }
            lessons += expansion.expand(entry.getKey(), today);
        }
        audit.record(actor, "timetable.imported", null, byClass.size() + " classes at school " + schoolId
                + " in session " + sessionId);
        return new TimetableImport(byClass.size(), slots, lessons);
    }

    private NewSlot slotOf(TimetableCsv.Row row, ClassInfo group) {
        DayOfWeek weekday = row.get("weekday") == null ? null : parsed("weekday", () -> TimetableCsv.weekday(row.get("weekday")));
        LocalTime start = row.get("start") == null ? null : parsed("start", () -> TimetableCsv.time(row.get("start")));
        LocalTime end = row.get("end") == null ? null : parsed("end", () -> TimetableCsv.time(row.get("end")));
        UUID teacher = row.get("teacher") == null ? null : teacherByEmail(row.get("teacher"));
        return new NewSlot(group.id(), weekday, start, end, row.get("subject"), teacher, row.get("room"));
    }

    private static <T> T parsed(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    private ClassInfo classAt(UUID schoolId, String title, SessionInfo session) {
        if (title.isBlank()) {
            throw new InvalidFieldException("class", "name the class or teaching group");
        }
        List<?> found = entities.createNativeQuery("""
                        SELECT g.id FROM class_group g JOIN course c ON c.id = g.course_id
                             JOIN academic_session y ON y.id = c.school_year_id
                        WHERE g.school_id = :school AND lower(g.title) = lower(:title) AND y.school_year = :year
                          AND g.status = 'active'""", UUID.class)
                .setParameter("school", schoolId).setParameter("title", title.strip())
                .setParameter("year", session.schoolYear()).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("class", "the school has no class or teaching group called " + title.strip()
                    + " in " + session.title());
        }
        return rules.requireClass((UUID) found.getFirst());
    }

    private UUID teacherByEmail(String email) {
        List<?> found = entities.createNativeQuery("SELECT id FROM person WHERE lower(email) = lower(:email) "
                + "AND status = 'active'", UUID.class).setParameter("email", email.strip()).getResultList();
        if (found.size() != 1) {
            throw new InvalidFieldException("teacher", "no person has the email address " + email.strip());
        }
        return (UUID) found.getFirst();
    }

    private static String column(String field) {
        return switch (field) {
            case "subjectCode" -> "subject";
            case "session" -> "class";
            default -> field;
        };
    }

    private UUID insert(NewSlot slot, UUID sessionId) {
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO timetable_slot (id, class_id, session_id, weekday, start_time, end_time, subject_code,
                                                    teacher_id, room)
                        VALUES (:id, :class, :session, :weekday, :start, :end, :subject, :teacher, :room)""")
                .setParameter("id", id).setParameter("class", slot.classId()).setParameter("session", sessionId)
                .setParameter("weekday", slot.weekday().getValue()).setParameter("start", slot.start())
                .setParameter("end", slot.end()).setParameter("subject", slot.subjectCode())
                .setParameter("teacher", slot.teacherId()).setParameter("room", slot.room()).executeUpdate();
        return id;
    }

    private List<TimetableSlot> slots(String where, Map<String, Object> parameters) {
        var query = entities.createNativeQuery("""
                SELECT s.id AS id, s.class_id AS class_id, g.title AS class_title, s.session_id AS session_id,
                       s.weekday AS weekday, s.start_time AS start_time, s.end_time AS end_time,
                       s.subject_code AS subject, s.teacher_id AS teacher_id,
                       t.given_name || ' ' || t.family_name AS teacher_name, s.room AS room
                FROM timetable_slot s JOIN class_group g ON g.id = s.class_id LEFT JOIN person t ON t.id = s.teacher_id
                WHERE\s""" + where + " ORDER BY s.weekday, s.start_time, g.title", Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new TimetableSlot(row.get("id", UUID.class), row.get("class_id", UUID.class),
                row.get("class_title", String.class), row.get("session_id", UUID.class),
                DayOfWeek.of(row.get("weekday", Number.class).intValue()), Times.time(row.get("start_time")),
                Times.time(row.get("end_time")), row.get("subject", String.class), row.get("teacher_id", UUID.class),
                row.get("teacher_name", String.class), row.get("room", String.class))).toList();
    }
}
