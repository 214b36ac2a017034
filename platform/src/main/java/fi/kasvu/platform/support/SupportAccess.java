package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentAccess.Relation;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a student's support. Support documents are special-category data, so the circle is narrower
 * than the school day's: the student, their guardian, their current teachers, the special-needs teachers of their
 * school and its principal; not the city admin, who administers the municipality rather than teaching in it. Deciding
 * is the principal's alone. A refusal is audited even though it writes nothing else.
 */
@Component
class SupportAccess {

    static final String SPECIAL_NEEDS_TEACHER = "special-needs-teacher";

    private static final Set<Relation> READERS = EnumSet.of(Relation.SELF, Relation.GUARDIAN, Relation.TEACHER,
            Relation.PRINCIPAL);
    private static final Set<Relation> DRAFTERS = EnumSet.of(Relation.TEACHER, Relation.PRINCIPAL);
    private static final Set<Relation> FAMILY = EnumSet.of(Relation.SELF, Relation.GUARDIAN);

    private final StudentAccess students;
    private final EntityManager entities;
    private final AuditLog audit;
    private final Clock clock;

    SupportAccess(StudentAccess students, EntityManager entities, AuditLog audit, Clock clock) {
        this.students = students;
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws AccessRefusedException (audited) unless the actor is in the student's circle */
    void requireRead(Actor actor, UUID student, String what) {
        Optional<Relation> relation = students.relationTo(actor, student);
        if (relation.filter(READERS::contains).isPresent() || specialNeedsTeacherOf(actor, student)) {
            return;
        }
        refuse(actor, student, what, "only the student, their guardian, their teachers, the school's special-needs "
                + "teachers and principal may " + what);
    }

    /**
     * For the family's own view: the student themself, or a guardian who may act for them today.
     *
     * @throws StudentOfAgeException (audited) for a guardian of a student of age who has not allowed them
     * @throws AccessRefusedException (audited) for anyone else
     */
    void requireFamily(Actor actor, UUID student, String what) {
        if (students.relationTo(actor, student).filter(FAMILY::contains).isPresent()) {
            return;
        }
        if (formerGuardianOf(actor, student)) {
            audit.recordRefusal(actor, "support.refused", student, what + " (the student is of age)");
            throw new StudentOfAgeException("the student is of age: their guardian may " + what
                    + " only with the student's leave");
        }
        refuse(actor, student, what, "only the student and their guardian may " + what);
    }

    /** @throws AccessRefusedException (audited) unless a teacher, special-needs teacher or principal of the student */
    void requireDraft(Actor actor, UUID student, String what) {
        if (students.relationTo(actor, student).filter(DRAFTERS::contains).isPresent()
                || specialNeedsTeacherOf(actor, student)) {
            return;
        }
        refuse(actor, student, what, "only the student's teachers, the school's special-needs teachers and principal "
                + "may " + what);
    }

    /** @throws AccessRefusedException (audited) unless the principal of the student's school */
    void requireDecide(Actor actor, UUID student, String what) {
        if (students.relationTo(actor, student).filter(Relation.PRINCIPAL::equals).isPresent()) {
            return;
        }
        refuse(actor, student, what, "only the principal of the student's school may " + what);
    }

    /** The school the student is in today: their current class's, else their primary school. */
    UUID schoolOf(UUID student) {
        List<?> found = entities.createNativeQuery("""
                        SELECT school_id FROM (
                          SELECT e.school_id, 0 AS rank FROM enrollment e
                          WHERE e.person_id = :student AND e.role = 'student' AND e.status = 'active'
                            AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                          UNION ALL
                          SELECT p.primary_school_id, 1 FROM person p WHERE p.id = :student AND p.primary_school_id IS NOT NULL
                        ) s ORDER BY rank LIMIT 1""", UUID.class)
                .setParameter("student", student).setParameter("today", LocalDate.now(clock)).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("student", "is not a student of any school");
        }
        return (UUID) found.getFirst();
    }

    /**
     * Whether the actor is recorded as the student's guardian although they may not act for them: the one way that
     * happens is the 18-year rule ({@code Guardianships.mayActFor}), so the refusal can say so.
     */
    private boolean formerGuardianOf(Actor actor, UUID student) {
        Optional<UUID> me = students.personOf(actor);
        return me.isPresent() && student != null && !entities.createNativeQuery(
                        "SELECT 1 FROM guardianship WHERE guardian_id = :guardian AND student_id = :student")
                .setParameter("guardian", me.get()).setParameter("student", student).getResultList().isEmpty();
    }

    /** Whether the actor is a special-needs teacher with a current role at the student's school. */
    private boolean specialNeedsTeacherOf(Actor actor, UUID student) {
        if (actor == null || !actor.hasRole(SPECIAL_NEEDS_TEACHER)) {
            return false;
        }
        Optional<UUID> me = students.personOf(actor);
        if (me.isEmpty()) {
            return false;
        }
        UUID school;
        try {
            school = schoolOf(student);
        } catch (InvalidFieldException e) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return !entities.createNativeQuery("""
                        SELECT 1 FROM person_role r WHERE r.person_id = :person AND r.school_id = :school
                          AND r.status = 'active' AND r.role IN ('teacher', 'aide', 'counselor')
                          AND (r.begin_date IS NULL OR r.begin_date <= :today)
                          AND (r.end_date IS NULL OR r.end_date >= :today) LIMIT 1""")
                .setParameter("person", me.get()).setParameter("school", school).setParameter("today", today)
                .getResultList().isEmpty();
    }

    private void refuse(Actor actor, UUID student, String what, String message) {
        audit.recordRefusal(actor == null ? Actor.system("anonymous") : actor, "support.refused", student, what);
        throw new AccessRefusedException(message);
    }
}
