package fi.kasvu.platform.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentAccess.Relation;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import fi.kasvu.platform.school.SchoolScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading attendance: a student's absences and term totals (for the student, their guardian, teachers, principal and
 * city admins, every read by staff in the audit log), and a school's day at a glance for its principal.
 */
@Service
public class AttendanceRecords {

    /** A term (or any academic session) to total over. */
    public record Term(UUID id, String title, LocalDate startDate, LocalDate endDate) {
    }

    private final EntityManager entities;
    private final StudentAccess students;
    private final SchoolAccess schools;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceRecords(EntityManager entities, StudentAccess students, SchoolAccess schools, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.students = students;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** The student's marks other than present from one day to another, newest first. */
    @Transactional
    public List<StudentMark> absences(Actor actor, UUID studentId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidFieldException("to", "choose a range of days whose last day is not before its first");
        }
        requireAudited(actor, studentId, "see this student's absences", "absences " + from + " - " + to);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                        SELECT m.lesson_id AS lesson_id, l.day AS day, l.start_time AS start_time, l.end_time AS end_time,
                               g.title AS class_title, l.subject_code AS subject, m.kind AS kind
                        FROM attendance_mark m JOIN lesson l ON l.id = m.lesson_id JOIN class_group g ON g.id = l.class_id
                        WHERE m.student_id = :student AND m.kind <> 'PRESENT' AND l.day BETWEEN :from AND :to
                        ORDER BY l.day DESC, l.start_time DESC""", Tuple.class)
                .setParameter("student", studentId).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(row -> new StudentMark(row.get("lesson_id", UUID.class), studentId,
                row.get("day", LocalDate.class), time(row.get("start_time")), time(row.get("end_time")),
                row.get("class_title", String.class), row.get("subject", String.class),
                MarkKind.valueOf(row.get("kind", String.class)))).toList();
    }

    /** The student's totals in a term: lessons, hours and share by kind of mark, over the lessons marked. */
    @Transactional
    public AttendanceTotals termTotals(Actor actor, UUID studentId, UUID termId) {
        Term term = term(termId).orElseThrow(() -> new InvalidFieldException("term", "there is no such term"));
        requireAudited(actor, studentId, "see this student's absences", "attendance totals of term " + termId);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                        SELECT m.kind AS kind, count(*) AS lessons,
                               sum(extract(epoch FROM (l.end_time - l.start_time)) / 60) AS minutes
                        FROM attendance_mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE m.student_id = :student AND l.day BETWEEN :from AND :to GROUP BY m.kind""", Tuple.class)
                .setParameter("student", studentId).setParameter("from", term.startDate())
                .setParameter("to", term.endDate()).getResultList();
        int lessons = rows.stream().mapToInt(row -> row.get("lessons", Number.class).intValue()).sum();
        double minutes = rows.stream().mapToDouble(row -> row.get("minutes", Number.class).doubleValue()).sum();
        var byKind = new EnumMap<MarkKind, AttendanceTotals.Total>(MarkKind.class);
        for (Tuple row : rows) {
            int count = row.get("lessons", Number.class).intValue();
            byKind.put(MarkKind.valueOf(row.get("kind", String.class)), new AttendanceTotals.Total(count,
                    row.get("minutes", Number.class).doubleValue() / 60, lessons == 0 ? 0 : (double) count / lessons));
        }
        return new AttendanceTotals(studentId, term.id(), term.title(), lessons, minutes / 60, byKind);
    }

    /** The term (lukukausi) the day falls in, if the municipality has one. */
    @Transactional(readOnly = true)
    public Optional<Term> termOn(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT id, title, start_date, end_date FROM academic_session "
                        + "WHERE type = 'term' AND status = 'active' AND :day BETWEEN start_date AND end_date "
                        + "ORDER BY start_date DESC LIMIT 1", Tuple.class).setParameter("day", day).getResultList();
        return rows.stream().findFirst().map(AttendanceRecords::term);
    }

    /**
     * The students whose absences the actor reports and explains: a guardian's children under the 18-year rule, and an
     * adult student themself; by name.
     */
    @Transactional(readOnly = true)
    public List<StudentName> reportableStudents(Actor actor) {
        var ids = new ArrayList<UUID>(students.childrenOf(actor));
        students.personOf(actor).filter(me -> !entities.createNativeQuery("SELECT 1 FROM demographics d JOIN "
                        + "enrollment e ON e.person_id = d.person_id AND e.role = 'student' WHERE d.person_id = :me "
                        + "AND d.birth_date <= :born").setParameter("me", me)
                .setParameter("born", LocalDate.now(clock).minusYears(18)).getResultList().isEmpty()).ifPresent(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT id, given_name || ' ' || family_name AS name FROM person "
                + "WHERE id IN (:ids) ORDER BY given_name, family_name, id", Tuple.class).setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(row -> new StudentName(row.get("id", UUID.class), row.get("name", String.class)))
                .toList();
    }

    /** Each school the actor leads (every school for a city admin) on the day, by name. */
    @Transactional(readOnly = true)
    public List<SchoolDay> schoolDays(Actor actor, LocalDate day) {
        SchoolScope scope = schools.scopeOf(actor);
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        var query = entities.createNativeQuery("""
                SELECT s.id AS id, s.name AS name,
                       (SELECT count(*) FROM lesson l WHERE l.school_id = s.id AND l.day = :day) AS lessons,
                       (SELECT count(*) FROM lesson l WHERE l.school_id = s.id AND l.day = :day
                          AND l.marked_at IS NOT NULL) AS marked,
                       (SELECT count(DISTINCT m.student_id) FROM attendance_mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE l.school_id = s.id AND l.day = :day
                          AND m.kind NOT IN ('PRESENT', 'LATE')) AS absent,
                       (SELECT count(*) FROM leave_application a WHERE a.school_id = s.id AND a.state = 'PENDING') AS pending
                FROM school s WHERE s.status = 'active'""" + (scope.everything() ? "" : " AND s.id IN (:schools)")
                + " ORDER BY s.name", Tuple.class).setParameter("day", on);
        if (!scope.everything()) {
            if (scope.schools().isEmpty()) {
                return List.of();
            }
            query.setParameter("schools", scope.schools());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        var days = new ArrayList<SchoolDay>();
        for (Tuple row : rows) {
            UUID school = row.get("id", UUID.class);
            days.add(new SchoolDay(school, row.get("name", String.class), on, row.get("lessons", Number.class).intValue(),
                    row.get("marked", Number.class).intValue(), row.get("absent", Number.class).intValue(),
                    marksOn(school, on), row.get("pending", Number.class).intValue()));
        }
        return days;
    }

    private Map<MarkKind, Integer> marksOn(UUID school, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("""
                        SELECT m.kind AS kind, count(*) AS marks FROM attendance_mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE l.school_id = :school AND l.day = :day GROUP BY m.kind""", Tuple.class)
                .setParameter("school", school).setParameter("day", day).getResultList();
        var marks = new EnumMap<MarkKind, Integer>(MarkKind.class);
        rows.forEach(row -> marks.put(MarkKind.valueOf(row.get("kind", String.class)),
                row.get("marks", Number.class).intValue()));
        return marks;
    }

    /** Staff reading a student's absences leave an audit entry; the student and their guardian do not. */
    private void requireAudited(Actor actor, UUID studentId, String what, String detail) {
        Relation relation = students.require(actor, studentId, what);
        if (relation != Relation.SELF && relation != Relation.GUARDIAN) {
            audit.record(actor, "attendance.read", studentId, detail);
        }
    }

    private Optional<Term> term(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT id, title, start_date, end_date FROM academic_session "
                + "WHERE id = :id", Tuple.class).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(AttendanceRecords::term);
    }

    private static Term term(Tuple row) {
        return new Term(row.get("id", UUID.class), row.get("title", String.class), row.get("start_date", LocalDate.class),
                row.get("end_date", LocalDate.class));
    }

    private static java.time.LocalTime time(Object value) {
        return value instanceof java.sql.Time time ? time.toLocalTime() : (java.time.LocalTime) value;
    }
}
