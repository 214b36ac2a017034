package fi.kasvu.platform.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentAccess.Relation;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's word on the student's absences: reported ahead of time, for single lessons or whole days (the old
 * systems' whole-day-only reports were a common complaint), and explanations of past unexplained absences. Only a
 * guardian who may act for the student ({@link StudentAccess}, the 18-year rule) does either, and an adult student
 * for themself.
 */
@Service
public class AbsenceReporting {

    static final int LONGEST_NOTE = 500;
    static final int LONGEST_REPORT_DAYS = 90;

    private final EntityManager entities;
    private final StudentAccess access;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;
    private final Clock clock;

    AbsenceReporting(EntityManager entities, StudentAccess access, ApplicationEventPublisher events,
                     TenantContext tenants, Clock clock) {
        this.entities = entities;
        this.access = access;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Reports that the student will be away. The lessons come pre-filled on the teacher's marking page (illness or
     * explained absence); a lesson of the report that is marked already, as an unexplained absence, becomes explained.
     *
     * @return the report's id
     */
    @Transactional
    public UUID reportAbsence(Actor actor, NewAbsenceReport report) {
        if (report == null || report.studentId() == null) {
            throw new InvalidFieldException("student", "choose the child");
        }
        requireGuardian(actor, report.studentId(), "report an absence for this student");
        LocalDate today = LocalDate.now(clock);
        if (report.firstDay() == null) {
            throw new InvalidFieldException("firstDay", "enter the first day of the absence");
        }
        LocalDate last = report.lastDay() == null ? report.firstDay() : report.lastDay();
        if (last.isBefore(report.firstDay())) {
            throw new InvalidFieldException("lastDay", "the last day cannot come before the first");
        }
        if (report.firstDay().isBefore(today)) {
            throw new InvalidFieldException("firstDay", "an absence is reported ahead of time; explain past absences "
                    + "instead");
        }
        if (report.firstDay().plusDays(LONGEST_REPORT_DAYS).isBefore(last)) {
            throw new InvalidFieldException("lastDay", "at most " + LONGEST_REPORT_DAYS + " days in one report");
        }
        if (report.reason() == null) {
            throw new InvalidFieldException("reason", "choose illness or another reason");
        }
        String note = note(report.note());
        if (!report.lessonIds().isEmpty()) {
            requireLessonsOf(report.studentId(), report.lessonIds(), report.firstDay(), last);
        }
        UUID id = insertReport(actor, report.studentId(), report.reason(), note, report.firstDay(), last,
                report.lessonIds());
        Set<UUID> changed = explainMarked(report.studentId(), report.reason(), report.firstDay(), last,
                report.lessonIds());
        if (!changed.isEmpty()) {
            events.publishEvent(new MarksChanged(tenants.require(), report.studentId(), changed, "REPORTED",
                    clock.instant()));
        }
        return id;
    }

    /**
     * Explains past unexplained absences: the chosen lessons' marks become illness or explained absences.
     *
     * @throws InvalidFieldException naming {@code lessons} when one of them is no unexplained absence of the student
     */
    @Transactional
    public int explainAbsences(Actor actor, UUID studentId, Set<UUID> lessonIds, AbsenceReason reason, String note) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the child");
        }
        requireGuardian(actor, studentId, "explain this student's absences");
        if (lessonIds == null || lessonIds.isEmpty()) {
            throw new InvalidFieldException("lessons", "choose the absences to explain");
        }
        if (reason == null) {
            throw new InvalidFieldException("reason", "choose illness or another reason");
        }
        String text = note(note);
        List<?> unexplained = entities.createNativeQuery("""
                        SELECT l.day FROM attendance_mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE m.student_id = :student AND m.lesson_id IN (:lessons) AND m.kind = 'ABSENT_UNEXPLAINED'
                        ORDER BY l.day""", LocalDate.class)
                .setParameter("student", studentId).setParameter("lessons", lessonIds).getResultList();
        if (unexplained.size() != lessonIds.size()) {
            throw new InvalidFieldException("lessons", "only the student's unexplained absences can be explained");
        }
        insertReport(actor, studentId, reason, text, (LocalDate) unexplained.getFirst(),
                (LocalDate) unexplained.getLast(), lessonIds);
        int explained = entities.createNativeQuery("UPDATE attendance_mark SET kind = :kind WHERE student_id = :student "
                        + "AND lesson_id IN (:lessons) AND kind = 'ABSENT_UNEXPLAINED'")
                .setParameter("kind", reason.mark().name()).setParameter("student", studentId)
                .setParameter("lessons", lessonIds).executeUpdate();
        events.publishEvent(new MarksChanged(tenants.require(), studentId, lessonIds, "EXPLAINED", clock.instant()));
        return explained;
    }

    private void requireGuardian(Actor actor, UUID studentId, String what) {
        Relation relation = access.require(actor, studentId, what);
        if (relation != Relation.GUARDIAN && !(relation == Relation.SELF && adult(studentId))) {
            throw new AccessRefusedException("you may not " + what + ": only the student's guardian may (an adult "
                    + "student for themself)");
        }
    }

    private boolean adult(UUID studentId) {
        return !entities.createNativeQuery("SELECT 1 FROM demographics WHERE person_id = :student "
                        + "AND birth_date <= :born").setParameter("student", studentId)
                .setParameter("born", LocalDate.now(clock).minusYears(18)).getResultList().isEmpty();
    }

    private void requireLessonsOf(UUID studentId, Set<UUID> lessons, LocalDate first, LocalDate last) {
        Number found = (Number) entities.createNativeQuery("""
                        SELECT count(*) FROM lesson l WHERE l.id IN (:lessons) AND l.day BETWEEN :first AND :last
                          AND EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = l.class_id AND e.person_id = :student
                            AND e.role = 'student' AND e.status = 'active' AND (e.begin_date IS NULL OR e.begin_date <= l.day)
                            AND (e.end_date IS NULL OR e.end_date >= l.day))""")
                .setParameter("lessons", lessons).setParameter("first", first).setParameter("last", last)
                .setParameter("student", studentId).getSingleResult();
        if (found.intValue() != lessons.size()) {
            throw new InvalidFieldException("lessons", "choose lessons of the student on the days of the absence");
        }
    }

    private UUID insertReport(Actor actor, UUID studentId, AbsenceReason reason, String note, LocalDate first,
                              LocalDate last, Set<UUID> lessons) {
        UUID reporter = access.personOf(actor).orElseThrow(() -> new AccessRefusedException(
                "you may not report absences: your account is no person of the municipality"));
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO absence_report (id, student_id, reported_by, reason, note, first_day, last_day,
                                                    whole_days, created_at)
                        VALUES (:id, :student, :by, :reason, :note, :first, :last, :whole, :at)""")
                .setParameter("id", id).setParameter("student", studentId).setParameter("by", reporter)
                .setParameter("reason", reason.name()).setParameter("note", note).setParameter("first", first)
                .setParameter("last", last).setParameter("whole", lessons.isEmpty())
                .setParameter("at", clock.instant()).executeUpdate();
        for (UUID lesson : lessons) {
            entities.createNativeQuery("INSERT INTO absence_report_lesson (report_id, lesson_id) VALUES (:r, :l)")
                    .setParameter("r", id).setParameter("l", lesson).executeUpdate();
        }
        return id;
    }

    /** @return the lessons whose unexplained absence of the student became explained */
    private Set<UUID> explainMarked(UUID studentId, AbsenceReason reason, LocalDate first, LocalDate last,
                                    Set<UUID> lessons) {
        var update = entities.createNativeQuery("UPDATE attendance_mark m SET kind = :kind FROM lesson l "
                        + "WHERE l.id = m.lesson_id AND m.student_id = :student AND m.kind = 'ABSENT_UNEXPLAINED' "
                        + "AND l.day BETWEEN :first AND :last" + (lessons.isEmpty() ? "" : " AND l.id IN (:lessons)")
                        + " RETURNING m.lesson_id", UUID.class)
                .setParameter("kind", reason.mark().name()).setParameter("student", studentId)
                .setParameter("first", first).setParameter("last", last);
        if (!lessons.isEmpty()) {
            update.setParameter("lessons", lessons);
        }
        @SuppressWarnings("unchecked")
        List<UUID> changed = update.getResultList();
        return Set.copyOf(changed);
    }

    private static String note(String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new InvalidFieldException("note", "at most " + LONGEST_NOTE + " characters");
        }
        return text;
    }
}
