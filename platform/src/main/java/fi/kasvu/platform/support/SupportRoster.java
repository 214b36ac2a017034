package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.StudentAccess;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupils whose support the actor works on: a teacher's pupils (the groups they teach today), a special-needs
 * teacher's and a principal's whole school. Lists names only; opening a pupil's support is a read of its own, audited.
 */
@Service
public class SupportRoster {

    private final EntityManager entities;
    private final StudentAccess students;
    private final Clock clock;

    SupportRoster(EntityManager entities, StudentAccess students, Clock clock) {
        this.entities = entities;
        this.students = students;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<PupilChoice> pupils(Actor actor) {
        Optional<UUID> me = students.personOf(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        boolean wholeSchool = actor.hasRole(SupportAccess.SPECIAL_NEEDS_TEACHER) || actor.hasRole(Actor.PRINCIPAL);
        String schoolRoles = actor.hasRole(Actor.PRINCIPAL) && !actor.hasRole(SupportAccess.SPECIAL_NEEDS_TEACHER)
                ? "('principal')" : "('principal', 'teacher', 'aide', 'counselor')";
        List<Object[]> rows = entities.createNativeQuery("""
                        WITH mine AS (
                          SELECT DISTINCT e.person_id FROM enrollment t JOIN enrollment e ON e.class_id = t.class_id
                          WHERE t.person_id = :me AND t.role = 'teacher' AND t.status = 'active'
                            AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today)
                            AND e.role = 'student' AND e.status = 'active'
                            AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                          UNION
                          SELECT DISTINCT e.person_id FROM person_role r JOIN enrollment e ON e.school_id = r.school_id
                          WHERE :wholeSchool AND r.person_id = :me AND r.status = 'active' AND r.role IN\s""" + schoolRoles + """
                            AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)
                            AND e.role = 'student' AND e.status = 'active'
                            AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                        )
                        SELECT p.id, p.given_name || ' ' || p.family_name,
                          (SELECT c.title FROM enrollment h JOIN class_group c ON c.id = h.class_id
                           WHERE h.person_id = p.id AND h.role = 'student' AND h.status = 'active' AND c.class_type = 'homeroom'
                             AND (h.begin_date IS NULL OR h.begin_date <= :today) AND (h.end_date IS NULL OR h.end_date >= :today)
                           ORDER BY c.title LIMIT 1)
                        FROM person p JOIN mine m ON m.person_id = p.id WHERE p.status = 'active'
                        ORDER BY p.family_name, p.given_name, p.id""")
                .setParameter("me", me.get()).setParameter("today", LocalDate.now(clock))
                .setParameter("wholeSchool", wholeSchool).getResultList();
        return rows.stream().map(r -> new PupilChoice((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }
}
