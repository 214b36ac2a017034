package fi.kasvu.platform.people;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and act on a student's school day (lessons, attendance, grades, messages): the student themself; a
 * guardian while {@link Guardianships#mayActFor} says so (the 18-year rule); a teacher of a group the student is
 * in today; a principal of a school the student is in today; a city admin. Every feature of the daily life asks here
 * before it reads or writes, so the rule lives in one place and a view that forgot a check still cannot leak.
 * "Today" is the municipality's day ({@link Clock}); memberships count while their dates include it.
 */
@Service
public class StudentAccess {

    /** How the actor is related to the student, the strongest first; decides what they may do, not only see. */
    public enum Relation { SELF, GUARDIAN, TEACHER, PRINCIPAL, CITY_ADMIN }

    /** Current, active memberships of a class: the SQL condition on enrollment {@code e}, bound as {@code :today}. */
    static final String CURRENT_ENROLLMENT = """
            e.status = 'active' AND (e.begin_date IS NULL OR e.begin_date <= :today)
            AND (e.end_date IS NULL OR e.end_date >= :today)""";

    private final EntityManager entities;
    private final Guardianships guardianships;
    private final Clock clock;

    StudentAccess(EntityManager entities, Guardianships guardianships, Clock clock) {
        this.entities = entities;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    /** The person behind the signed-in account, if the municipality knows one (an active person). */
    @Transactional(readOnly = true)
    public Optional<UUID> personOf(Actor actor) {
        if (actor == null) {
            return Optional.empty();
        }
        return entities.createNativeQuery(
                        "SELECT id FROM person WHERE account_id = :account AND status = 'active'", UUID.class)
                .setParameter("account", actor.accountId()).getResultStream().findFirst().map(UUID.class::cast);
    }

    /**
     * How the actor may reach the student today, or empty when they may not. The order of the checks follows
     * {@link Relation}: someone who is both a teacher and a guardian of the student is the guardian.
     */
    @Transactional(readOnly = true)
    public Optional<Relation> relationTo(Actor actor, UUID studentId) {
        if (actor == null || studentId == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<UUID> me = personOf(actor);
        if (me.isPresent()) {
            UUID person = me.get();
            if (person.equals(studentId)) {
                return Optional.of(Relation.SELF);
            }
            if (guardianships.mayActFor(person, studentId, today)) {
                return Optional.of(Relation.GUARDIAN);
            }
            if (teaches(person, studentId, today)) {
                return Optional.of(Relation.TEACHER);
            }
            if (leadsSchoolOf(person, studentId, today)) {
                return Optional.of(Relation.PRINCIPAL);
            }
        }
        if (actor.isCityAdmin()) {
            return Optional.of(Relation.CITY_ADMIN);
        }
        return Optional.empty();
    }

    /**
     * @param what what the actor wanted, for the refusal ("see this student's absences")
     * @throws AccessRefusedException when the actor has no relation to the student
     */
    @Transactional(readOnly = true)
    public Relation require(Actor actor, UUID studentId, String what) {
        return relationTo(actor, studentId).orElseThrow(() -> new AccessRefusedException(
                "you may not " + what + ": only the student, their guardian, their teachers and principal may"));
    }

    /** The students a guardian may act for today (their own children, the 18-year rule applied), by name. */
    @Transactional(readOnly = true)
    public List<UUID> childrenOf(Actor guardian) {
        Optional<UUID> me = personOf(guardian);
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<?> students = entities.createNativeQuery("""
                        SELECT g.student_id FROM guardianship g JOIN person s ON s.id = g.student_id
                        WHERE g.guardian_id = :guardian AND s.status = 'active'
                        ORDER BY s.given_name, s.family_name, s.id""", UUID.class)
                .setParameter("guardian", me.get()).getResultList();
        return students.stream().map(UUID.class::cast)
                .filter(student -> guardianships.mayActFor(me.get(), student, today)).toList();
    }

    /** The classes and teaching groups the actor teaches today. */
    @Transactional(readOnly = true)
    public List<UUID> classesTaughtBy(Actor actor) {
        Optional<UUID> me = personOf(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        List<?> classes = entities.createNativeQuery("SELECT DISTINCT e.class_id FROM enrollment e "
                        + "WHERE e.person_id = :person AND e.role = 'teacher' AND " + CURRENT_ENROLLMENT, UUID.class)
                .setParameter("person", me.get()).setParameter("today", LocalDate.now(clock)).getResultList();
        return classes.stream().map(UUID.class::cast).toList();
    }

    /** Whether the actor teaches the class (or teaching group) today. */
    @Transactional(readOnly = true)
    public boolean teachesClass(Actor actor, UUID classId) {
        return classId != null && classesTaughtBy(actor).contains(classId);
    }

    /**
     * @throws AccessRefusedException unless the actor teaches the class today, leads its school or is a city admin
     */
    @Transactional(readOnly = true)
    public void requireClass(Actor actor, UUID classId, String what) {
        if (actor != null && actor.isCityAdmin() || teachesClass(actor, classId) || leadsSchoolOfClass(actor, classId)) {
            return;
        }
        throw new AccessRefusedException("you may not " + what + ": only the group's teachers and principal may");
    }

    private boolean teaches(UUID teacher, UUID student, LocalDate today) {
        return exists("""
                SELECT 1 FROM enrollment t JOIN enrollment e ON e.class_id = t.class_id
                WHERE t.person_id = :person AND t.role = 'teacher' AND t.status = 'active'
                  AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today)
                  AND e.person_id = :student AND e.role = 'student' AND\s""" + CURRENT_ENROLLMENT,
                teacher, student, today);
    }

    private boolean leadsSchoolOf(UUID principal, UUID student, LocalDate today) {
        return exists("""
                SELECT 1 FROM person_role r
                WHERE r.person_id = :person AND r.role = 'principal' AND r.status = 'active' AND r.school_id IS NOT NULL
                  AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)
                  AND (EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = :student AND e.school_id = r.school_id
                               AND e.role = 'student' AND\s""" + CURRENT_ENROLLMENT + """
                               )
                       OR EXISTS (SELECT 1 FROM person s WHERE s.id = :student AND s.primary_school_id = r.school_id))""",
                principal, student, today);
    }

    private boolean leadsSchoolOfClass(Actor actor, UUID classId) {
        Optional<UUID> me = personOf(actor);
        if (me.isEmpty() || classId == null) {
            return false;
        }
        List<?> found = entities.createNativeQuery("""
                        SELECT 1 FROM class_group c JOIN person_role r ON r.school_id = c.school_id
                        WHERE c.id = :class AND r.person_id = :person AND r.role = 'principal' AND r.status = 'active'
                          AND (r.begin_date IS NULL OR r.begin_date <= :today)
                          AND (r.end_date IS NULL OR r.end_date >= :today) LIMIT 1""")
                .setParameter("class", classId).setParameter("person", me.get())
                .setParameter("today", LocalDate.now(clock)).getResultList();
        return !found.isEmpty();
    }

    private boolean exists(String sql, UUID person, UUID student, LocalDate today) {
        return !entities.createNativeQuery(sql + " LIMIT 1").setParameter("person", person)
                .setParameter("student", student).setParameter("today", today).getResultList().isEmpty();
    }
}
