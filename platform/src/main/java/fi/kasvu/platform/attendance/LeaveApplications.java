package fi.kasvu.platform.attendance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.attendance.LeaveApplication.Decider;
import fi.kasvu.platform.attendance.LeaveApplication.State;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentAccess.Relation;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave applications (lupa-anomukset): a guardian applies for days off school; up to the municipality's limit of school
 * days (3 unless its city admin set another) the student's homeroom teacher decides (a teacher of a homeroom class the
 * student is in), beyond it the principal of the student's school; the principal may decide the short ones too. An
 * approval turns the marks of lessons already marked in the days into permitted leave, and the lessons still to mark
 * come pre-filled so.
 */
@Service
public class LeaveApplications {

    static final int LONGEST_TEXT = 500;
    static final int LONGEST_LEAVE_DAYS = 366;

    private final EntityManager entities;
    private final StudentAccess students;
    private final SchoolAccess schools;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;
    private final Clock clock;

    LeaveApplications(EntityManager entities, StudentAccess students, SchoolAccess schools, AuditLog audit,
                      ApplicationEventPublisher events, TenantContext tenants, Clock clock) {
        this.entities = entities;
        this.students = students;
        this.schools = schools;
        this.audit = audit;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    public LeaveApplication apply(Actor actor, NewLeaveApplication application) {
        if (application == null || application.studentId() == null) {
            throw new InvalidFieldException("student", "choose the child");
        }
        UUID student = application.studentId();
        if (students.require(actor, student, "apply for leave for this student") != Relation.GUARDIAN) {
            throw new AccessRefusedException("you may not apply for leave for this student: only their guardian may");
        }
        LocalDate first = application.firstDay();
        LocalDate last = application.lastDay();
        if (first == null) {
            throw new InvalidFieldException("firstDay", "enter the first day of the leave");
        }
        if (last == null) {
            throw new InvalidFieldException("lastDay", "enter the last day of the leave");
        }
        if (last.isBefore(first)) {
            throw new InvalidFieldException("lastDay", "the last day cannot come before the first");
        }
        if (first.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("firstDay", "leave is applied for ahead of time, not for days gone by");
        }
        if (first.plusDays(LONGEST_LEAVE_DAYS).isBefore(last)) {
            throw new InvalidFieldException("lastDay", "at most a year at a time");
        }
        String reason = text(application.reason(), "reason");
        if (reason == null) {
            throw new InvalidFieldException("reason", "say why the leave is needed");
        }
        UUID school = schoolOf(student);
        int days = schoolDays(school, first, last);
        Decider decider = days <= teacherDecidesUpTo() ? Decider.HOMEROOM_TEACHER : Decider.PRINCIPAL;
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO leave_application (id, student_id, applied_by, school_id, first_day, last_day,
                                                       school_days, reason, decider, created_at)
                        VALUES (:id, :student, :by, :school, :first, :last, :days, :reason, :decider, :at)""")
                .setParameter("id", id).setParameter("student", student)
                .setParameter("by", students.personOf(actor).orElseThrow()).setParameter("school", school)
                .setParameter("first", first).setParameter("last", last).setParameter("days", days)
                .setParameter("reason", reason).setParameter("decider", decider.name())
                .setParameter("at", clock.instant()).executeUpdate();
        return find(id);
    }

    /**
     * Approves or rejects a pending application; a rejection needs a reason.
     *
     * @throws AccessRefusedException for anyone who may not decide it (see the class)
     */
    @Transactional
    public LeaveApplication decide(Actor actor, UUID applicationId, boolean approve, String reason) {
        if (applicationId == null) {
            throw new InvalidFieldException("application", "choose the application");
        }
        LeaveApplication application = find(applicationId);
        UUID me = students.personOf(actor).orElse(null);
        if (!mayDecide(me, application)) {
            throw new AccessRefusedException("you may not decide this leave application: "
                    + (application.decider() == Decider.PRINCIPAL ? "leave this long is the principal's to decide"
                    : "only the student's homeroom teacher or principal may"));
        }
        if (application.state() != State.PENDING) {
            throw new InvalidFieldException("application", "the application has been decided already");
        }
        String text = text(reason, "reason");
        if (!approve && text == null) {
            throw new InvalidFieldException("reason", "say why the leave is not granted");
        }
        entities.createNativeQuery("""
                        UPDATE leave_application SET state = :state, decided_by = :by, decided_by_name = :name,
                               decided_at = :at, decision_reason = :reason WHERE id = :id AND state = 'PENDING'""")
                .setParameter("state", (approve ? State.APPROVED : State.REJECTED).name()).setParameter("by", me)
                .setParameter("name", actor.displayName()).setParameter("at", clock.instant())
                .setParameter("reason", text).setParameter("id", applicationId).executeUpdate();
        if (approve) {
            @SuppressWarnings("unchecked")
            List<UUID> changed = entities.createNativeQuery("""
                            UPDATE attendance_mark m SET kind = 'PERMITTED_LEAVE' FROM lesson l
                            WHERE l.id = m.lesson_id AND m.student_id = :student AND l.day BETWEEN :first AND :last
                            RETURNING m.lesson_id""", UUID.class)
                    .setParameter("student", application.studentId()).setParameter("first", application.firstDay())
                    .setParameter("last", application.lastDay()).getResultList();
            events.publishEvent(new MarksChanged(tenants.require(), application.studentId(), Set.copyOf(changed),
                    "LEAVE_APPROVED", clock.instant()));
        }
        audit.record(actor, approve ? "leave.approved" : "leave.rejected", application.studentId(),
                "leave application " + applicationId);
        return find(applicationId);
    }

    /** The pending applications the actor may decide, oldest first. */
    @Transactional(readOnly = true)
    public List<LeaveApplication> toDecide(Actor actor) {
        UUID me = students.personOf(actor).orElse(null);
        if (me == null) {
            return List.of();
        }
        return applications("a.state = 'PENDING' AND (" + PRINCIPAL_OF + " OR (a.decider = 'HOMEROOM_TEACHER' AND "
                + HOMEROOM_TEACHER_OF + "))", Map.of("me", me, "today", LocalDate.now(clock)));
    }

    /** A student's applications, newest first: for whoever reaches the student ({@link StudentAccess}). */
    @Transactional(readOnly = true)
    public List<LeaveApplication> applicationsOf(Actor actor, UUID studentId) {
        students.require(actor, studentId, "see this student's leave applications");
        return applications("a.student_id = :student", Map.of("student", studentId)).reversed();
    }

    /** How many school days of leave a homeroom teacher decides; longer leave is the principal's. */
    @Transactional(readOnly = true)
    public int teacherDecidesUpTo() {
        return ((Number) entities.createNativeQuery("SELECT teacher_leave_limit_days FROM attendance_settings")
                .getSingleResult()).intValue();
    }

    @Transactional
    public void setTeacherDecidesUpTo(Actor actor, int schoolDays) {
        schools.requireCityAdmin(actor, "sets who decides leave");
        if (schoolDays < 0 || schoolDays > 60) {
            throw new InvalidFieldException("schoolDays", "between 0 and 60 school days");
        }
        entities.createNativeQuery("UPDATE attendance_settings SET teacher_leave_limit_days = :days")
                .setParameter("days", schoolDays).executeUpdate();
        audit.record(actor, "leave.limit-set", null, "homeroom teachers decide up to " + schoolDays + " school days");
    }

    /** The student's leave application is to be decided by the person: its principal, or its homeroom teacher. */
    private static final String PRINCIPAL_OF = """
            EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = :me AND r.role = 'principal' AND r.status = 'active'
                    AND r.school_id = a.school_id AND (r.begin_date IS NULL OR r.begin_date <= :today)
                    AND (r.end_date IS NULL OR r.end_date >= :today))""";
    private static final String HOMEROOM_TEACHER_OF = """
            EXISTS (SELECT 1 FROM enrollment t JOIN class_group g ON g.id = t.class_id AND g.class_type = 'homeroom'
                    JOIN enrollment s ON s.class_id = t.class_id AND s.person_id = a.student_id AND s.role = 'student'
                     AND s.status = 'active' AND (s.begin_date IS NULL OR s.begin_date <= :today)
                     AND (s.end_date IS NULL OR s.end_date >= :today)
                    WHERE t.person_id = :me AND t.role = 'teacher' AND t.status = 'active'
                      AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today))""";

    private boolean mayDecide(UUID me, LeaveApplication application) {
        if (me == null) {
            return false;
        }
        String rule = application.decider() == Decider.PRINCIPAL ? PRINCIPAL_OF
                : "(" + PRINCIPAL_OF + " OR " + HOMEROOM_TEACHER_OF + ")";
        return !applications("a.id = :id AND " + rule, Map.of("id", application.id(), "me", me,
                "today", LocalDate.now(clock))).isEmpty();
    }

    private UUID schoolOf(UUID student) {
        List<?> found = entities.createNativeQuery("""
                        SELECT school FROM (SELECT p.primary_school_id AS school, 0 AS rank FROM person p WHERE p.id = :student
                          UNION ALL SELECT e.school_id, 1 FROM enrollment e WHERE e.person_id = :student AND e.role = 'student'
                          AND e.status = 'active' AND (e.end_date IS NULL OR e.end_date >= :today)) s
                        WHERE school IS NOT NULL ORDER BY rank LIMIT 1""", UUID.class)
                .setParameter("student", student).setParameter("today", LocalDate.now(clock)).getResultList();
        return found.isEmpty() ? null : (UUID) found.getFirst();
    }

    /** Weekdays from first to last that are no holiday of the municipality or the school. */
    int schoolDays(UUID school, LocalDate first, LocalDate last) {
        @SuppressWarnings("unchecked")
        List<LocalDate> holidays = entities.createNativeQuery("""
                        SELECT gs::date FROM holiday h, generate_series(GREATEST(h.first_day, :first),
                                                                         LEAST(h.last_day, :last), interval '1 day') gs
                        WHERE (h.school_id IS NULL OR h.school_id = :school) AND h.last_day >= :first
                          AND h.first_day <= :last""", LocalDate.class)
                .setParameter("first", first).setParameter("last", last)
                .setParameter("school", school == null ? new UUID(0, 0) : school).getResultList();
        var off = new java.util.HashSet<>(holidays);
        int days = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(day)) {
                days++;
            }
        }
        return days;
    }

    private LeaveApplication find(UUID id) {
        return applications("a.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("application", "there is no such leave application"));
    }

    private List<LeaveApplication> applications(String where, Map<String, Object> parameters) {
        var query = entities.createNativeQuery("""
                SELECT a.id AS id, a.student_id AS student_id, p.family_name || ' ' || p.given_name AS student_name,
                       a.first_day AS first_day, a.last_day AS last_day, a.school_days AS school_days, a.reason AS reason,
                       a.decider AS decider, a.state AS state, a.decided_by_name AS decided_by, a.decided_at AS decided_at,
                       a.decision_reason AS decision_reason, a.created_at AS created_at
                FROM leave_application a JOIN person p ON p.id = a.student_id WHERE\s""" + where
                + " ORDER BY a.created_at, a.first_day, a.id", Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new LeaveApplication(row.get("id", UUID.class), row.get("student_id", UUID.class),
                row.get("student_name", String.class), row.get("first_day", LocalDate.class),
                row.get("last_day", LocalDate.class), row.get("school_days", Number.class).intValue(),
                row.get("reason", String.class), Decider.valueOf(row.get("decider", String.class)),
                State.valueOf(row.get("state", String.class)), row.get("decided_by", String.class),
                instant(row.get("decided_at")), row.get("decision_reason", String.class),
                instant(row.get("created_at")))).toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case java.time.OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            default -> Instant.parse(value.toString());
        };
    }

    private static String text(String text, String field) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > LONGEST_TEXT) {
            throw new InvalidFieldException(field, "at most " + LONGEST_TEXT + " characters");
        }
        return stripped;
    }
}
