package fi.kasvu.platform.lessons;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;

/**
 * What a timetable slot must be: of a class that exists and runs in the session's school year, on a weekday, ending
 * after it starts, with a subject of the national list (a teaching group's own when none is given), a teacher who is a
 * person of the municipality, a short room name, and not overlapping another slot of the class in the session.
 * Each rule refuses naming the field, before anything is written.
 */
@Component
class SlotRules {

    static final int LONGEST_ROOM = 50;

    /** A class or teaching group as the timetable needs it. */
    record ClassInfo(UUID id, String title, UUID schoolId, String subjectCode, int schoolYear) {
    }

    /** A session as the timetable needs it. */
    record SessionInfo(UUID id, String title, int schoolYear) {
    }

    private final EntityManager entities;

    SlotRules(EntityManager entities) {
        this.entities = entities;
    }

    ClassInfo requireClass(UUID classId) {
        if (classId == null) {
            throw new InvalidFieldException("class", "choose a class or teaching group");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                SELECT g.id AS id, g.title AS title, g.school_id AS school_id, g.subject_codes[1] AS subject,
                       y.school_year AS school_year
                FROM class_group g JOIN course c ON c.id = g.course_id LEFT JOIN academic_session y ON y.id = c.school_year_id
                WHERE g.id = :id AND g.status = 'active'""", Tuple.class).setParameter("id", classId).getResultList();
        Tuple row = rows.stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("class", "there is no such class or teaching group"));
        Number year = row.get("school_year", Number.class);
        return new ClassInfo(classId, row.get("title", String.class), row.get("school_id", UUID.class),
                row.get("subject", String.class), year == null ? 0 : year.intValue());
    }

    SessionInfo requireSession(UUID sessionId) {
        if (sessionId == null) {
            throw new InvalidFieldException("session", "choose the school year or term the timetable is for");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT title, school_year FROM academic_session "
                + "WHERE id = :id AND status = 'active'", Tuple.class).setParameter("id", sessionId).getResultList();
        Tuple row = rows.stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("session", "there is no such school year or term"));
        return new SessionInfo(sessionId, row.get("title", String.class), row.get("school_year", Number.class).intValue());
    }

    /** The slot as it will be stored (its subject settled), or a refusal naming the field. */
    NewSlot check(NewSlot slot, ClassInfo group, SessionInfo session) {
        if (group.schoolYear() != session.schoolYear()) {
            throw new InvalidFieldException("session", group.title() + " does not run in " + session.title());
        }
        if (slot.weekday() == null) {
            throw new InvalidFieldException("weekday", "choose the weekday");
        }
        if (slot.weekday() == DayOfWeek.SATURDAY || slot.weekday() == DayOfWeek.SUNDAY) {
            throw new InvalidFieldException("weekday", "lessons are held from Monday to Friday");
        }
        if (slot.start() == null) {
            throw new InvalidFieldException("start", "enter the time the lesson starts, e.g. 08:15");
        }
        if (slot.end() == null) {
            throw new InvalidFieldException("end", "enter the time the lesson ends, e.g. 09:00");
        }
        if (!slot.end().isAfter(slot.start())) {
            throw new InvalidFieldException("end", "a lesson ends after it starts");
        }
        String subject = slot.subjectCode() == null || slot.subjectCode().isBlank() ? group.subjectCode()
                : slot.subjectCode().strip().toUpperCase(Locale.ROOT);
        if (subject == null) {
            throw new InvalidFieldException("subjectCode", "choose the subject of the lesson");
        }
        if (!exists("SELECT 1 FROM subject WHERE code = :id", subject)) {
            throw new InvalidFieldException("subjectCode", "there is no subject with the code " + subject);
        }
        if (slot.teacherId() != null && !exists("SELECT 1 FROM person WHERE id = :id AND status = 'active'",
                slot.teacherId())) {
            throw new InvalidFieldException("teacher", "there is no such person");
        }
        String room = slot.room() == null || slot.room().isBlank() ? null : slot.room().strip();
        if (room != null && room.length() > LONGEST_ROOM) {
            throw new InvalidFieldException("room", "at most " + LONGEST_ROOM + " characters");
        }
        return new NewSlot(group.id(), slot.weekday(), slot.start(), slot.end(), subject, slot.teacherId(), room);
    }

    /** @throws InvalidFieldException naming {@code start} when the slot overlaps a stored one of the class */
    void requireNoOverlap(NewSlot slot, ClassInfo group, UUID sessionId) {
        overlapping(group.id(), sessionId, slot.weekday(), slot.start(), slot.end()).ifPresent(other -> {
            throw new InvalidFieldException("start", "overlaps the lesson of " + group.title() + " at " + other);
        });
    }

    private Optional<String> overlapping(UUID classId, UUID sessionId, DayOfWeek weekday, LocalTime start,
                                         LocalTime end) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                SELECT to_char(start_time, 'HH24:MI') || '-' || to_char(end_time, 'HH24:MI') AS times
                FROM timetable_slot WHERE class_id = :class AND session_id = :session AND weekday = :weekday
                  AND start_time < :end AND end_time > :start LIMIT 1""", Tuple.class)
                .setParameter("class", classId).setParameter("session", sessionId)
                .setParameter("weekday", weekday.getValue()).setParameter("start", start).setParameter("end", end)
                .getResultList();
        return rows.stream().findFirst().map(row -> row.get("times", String.class));
    }

    private boolean exists(String sql, Object id) {
        return !entities.createNativeQuery(sql).setParameter("id", id).getResultList().isEmpty();
    }
}
