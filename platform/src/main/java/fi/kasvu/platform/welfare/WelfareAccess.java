package fi.kasvu.platform.welfare;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which grant, if any, lets a welfare worker reach a pupil today: one naming the pupil, or one for the school the pupil
 * is in today (their current class's school or their primary school); not revoked, and within its dates.
 */
@Component
class WelfareAccess {

    static final String WELFARE = "welfare";

    private final EntityManager entities;
    private final StudentAccess students;
    private final AuditLog audit;
    private final Clock clock;

    WelfareAccess(EntityManager entities, StudentAccess students, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.students = students;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worker's person and the profession of the grant that covers the student today. */
    record Covered(UUID worker, Profession profession) {
    }

    /** @throws AccessRefusedException (audited) unless the actor is welfare staff with a grant covering the pupil today */
    Covered requireGrant(Actor actor, UUID student, String what) {
        return coveredBy(actor, student).orElseThrow(() -> refuse(actor, student, what,
                "only welfare staff with a current grant for the pupil may " + what));
    }

    Optional<Covered> coveredBy(Actor actor, UUID student) {
        if (actor == null || !actor.hasRole(WELFARE) || student == null) {
            return Optional.empty();
        }
        Optional<UUID> me = students.personOf(actor);
        if (me.isEmpty()) {
            return Optional.empty();
        }
        List<?> found = entities.createNativeQuery("""
                        SELECT g.profession FROM welfare_grant g
                        WHERE g.worker_id = :worker AND g.revoked_at IS NULL
                          AND g.valid_from <= :today AND g.valid_until >= :today
                          AND (g.student_id = :student
                               OR g.school_id IN (SELECT e.school_id FROM enrollment e
                                                  WHERE e.person_id = :student AND e.role = 'student' AND e.status = 'active'
                                                    AND (e.begin_date IS NULL OR e.begin_date <= :today)
                                                    AND (e.end_date IS NULL OR e.end_date >= :today))
                               OR g.school_id = (SELECT p.primary_school_id FROM person p WHERE p.id = :student))
                        ORDER BY g.student_id NULLS LAST LIMIT 1""", String.class)
                .setParameter("worker", me.get()).setParameter("student", student)
                .setParameter("today", LocalDate.now(clock)).getResultList();
        return found.stream().findFirst().map(p -> new Covered(me.get(), Profession.valueOf((String) p)));
    }

    Optional<UUID> personOf(Actor actor) {
        return students.personOf(actor);
    }

    AccessRefusedException refuse(Actor actor, UUID student, String what, String message) {
        audit.recordRefusal(actor, "welfare.refused", student, what);
        return new AccessRefusedException(message);
    }
}
