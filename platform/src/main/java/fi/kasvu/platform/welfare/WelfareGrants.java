package fi.kasvu.platform.welfare;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants of welfare staff to pupils. A city admin grants anywhere, a principal for their own school and its pupils.
 * Every grant has an end, at most {@link #LONGEST_GRANT_DAYS} days after its start (a school year and its summer), so
 * that access nobody renews ends by itself; a revoked grant ends at once. Grants and revocations are audited.
 */
@Service
public class WelfareGrants {

    static final int LONGEST_GRANT_DAYS = 400;

    private final EntityManager entities;
    private final SchoolAccess schools;
    private final AuditLog audit;
    private final Clock clock;
    private final StudentAccess students;

    WelfareGrants(EntityManager entities, SchoolAccess schools, AuditLog audit, Clock clock, StudentAccess students) {
        this.students = students;
        this.entities = entities;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID grant(Actor actor, NewGrant grant) {
        if (grant == null) {
            throw new InvalidFieldException("grant", "fill in the grant");
        }
        if (grant.workerId() == null || count("SELECT count(*) FROM person WHERE id = :id AND status = 'active'",
                grant.workerId()) == 0) {
            throw new InvalidFieldException("worker", "choose the welfare worker");
        }
        if (grant.profession() == null) {
            throw new InvalidFieldException("profession", "choose the worker's profession");
        }
        if ((grant.studentId() == null) == (grant.schoolId() == null)) {
            throw new InvalidFieldException("scope", "grant either one pupil or one school's pupils");
        }
        if (grant.validFrom() == null) {
            throw new InvalidFieldException("validFrom", "give the first day of the grant");
        }
        if (grant.validUntil() == null) {
            throw new InvalidFieldException("validUntil", "a grant needs an end date; access to welfare records never "
                    + "lasts without one");
        }
        if (grant.validUntil().isBefore(grant.validFrom())) {
            throw new InvalidFieldException("validUntil", "ends before it starts");
        }
        if (grant.validUntil().isAfter(grant.validFrom().plusDays(LONGEST_GRANT_DAYS))) {
            throw new InvalidFieldException("validUntil", "a grant lasts at most " + LONGEST_GRANT_DAYS
                    + " days; renew it when it ends");
        }
        UUID school = grant.schoolId() != null ? grant.schoolId() : schoolOfPupil(grant.studentId());
        schools.requireSchool(actor, school);
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO welfare_grant (id, worker_id, profession, student_id, school_id, valid_from,
                          valid_until, granted_by)
                        VALUES (:id, :worker, :profession, :student, :school, :from, :until, :by)""")
                .setParameter("id", id).setParameter("worker", grant.workerId())
                .setParameter("profession", grant.profession().name()).setParameter("student", grant.studentId())
                .setParameter("school", grant.schoolId()).setParameter("from", grant.validFrom())
                .setParameter("until", grant.validUntil()).setParameter("by", actor.displayName()).executeUpdate();
        audit.record(actor, "welfare.granted", grant.studentId(), "grant " + id + " to worker " + grant.workerId()
                + (grant.schoolId() != null ? " for school " + grant.schoolId() : "") + " until " + grant.validUntil());
        return id;
    }

    @Transactional
    public void revoke(Actor actor, UUID grantId) {
        List<?> found = entities.createNativeQuery("""
                        SELECT coalesce(school_id, (SELECT p.primary_school_id FROM person p WHERE p.id = g.student_id))
                        FROM welfare_grant g WHERE id = :id AND revoked_at IS NULL""", UUID.class)
                .setParameter("id", grantId).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("grant", "there is no such grant in force");
        }
        if (found.getFirst() != null) {
            schools.requireSchool(actor, (UUID) found.getFirst());
        } else {
            schools.requireCityAdmin(actor, "revokes this grant");
        }
        entities.createNativeQuery("UPDATE welfare_grant SET revoked_at = :now WHERE id = :id")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", grantId).executeUpdate();
        audit.record(actor, "welfare.revoked", null, "grant " + grantId);
    }

    /** Grants not yet ended (current or starting later) for the schools the actor administers. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<GrantSummary> current(Actor actor) {
        var scope = schools.scopeOf(actor);
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT g.id, g.worker_id, w.given_name || ' ' || w.family_name, g.profession, g.student_id,
                          g.school_id, g.valid_from, g.valid_until,
                          coalesce(g.school_id, (SELECT p.primary_school_id FROM person p WHERE p.id = g.student_id))
                        FROM welfare_grant g JOIN person w ON w.id = g.worker_id
                        WHERE g.revoked_at IS NULL AND g.valid_until >= :today ORDER BY g.valid_until""")
                .setParameter("today", LocalDate.now(clock)).getResultList();
        return rows.stream().filter(r -> scope.everything() || r[8] != null && scope.includes((UUID) r[8]))
                .map(r -> new GrantSummary((UUID) r[0], (UUID) r[1], (String) r[2], Profession.valueOf((String) r[3]),
                        (UUID) r[4], (UUID) r[5], date(r[6]), date(r[7]), false)).toList();
    }

    /** The pupils the signed-in welfare worker's grants cover today; empty for anyone else. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<CoveredPupil> pupilsCovered(Actor actor) {
        if (actor == null || !actor.hasRole(WelfareAccess.WELFARE)) {
            return List.of();
        }
        var me = students.personOf(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entities.createNativeQuery("""
                        WITH grants AS (
                          SELECT * FROM welfare_grant WHERE worker_id = :me AND revoked_at IS NULL
                            AND valid_from <= :today AND valid_until >= :today
                        ), covered AS (
                          SELECT g.student_id AS pupil, g.valid_until FROM grants g WHERE g.student_id IS NOT NULL
                          UNION ALL
                          SELECT e.person_id, g.valid_until FROM grants g JOIN enrollment e ON e.school_id = g.school_id
                          WHERE e.role = 'student' AND e.status = 'active'
                            AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                          UNION ALL
                          SELECT p.id, g.valid_until FROM grants g JOIN person p ON p.primary_school_id = g.school_id
                          JOIN person_role r ON r.person_id = p.id AND r.role = 'student' AND r.status = 'active'
                        )
                        SELECT p.id, p.given_name || ' ' || p.family_name, s.name, max(c.valid_until)
                        FROM covered c JOIN person p ON p.id = c.pupil LEFT JOIN school s ON s.id = p.primary_school_id
                        WHERE p.status = 'active'
                        GROUP BY p.id, p.given_name, p.family_name, s.name ORDER BY p.family_name, p.given_name, p.id""")
                .setParameter("me", me.get()).setParameter("today", LocalDate.now(clock)).getResultList();
        return rows.stream().map(r -> new CoveredPupil((UUID) r[0], (String) r[1], (String) r[2], date(r[3]))).toList();
    }

    private UUID schoolOfPupil(UUID student) {
        List<?> found = entities.createNativeQuery("SELECT primary_school_id FROM person WHERE id = :id", UUID.class)
                .setParameter("id", student).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("student", "there is no such pupil");
        }
        if (found.getFirst() == null) {
            throw new AccessRefusedException("the pupil belongs to no school; only a grant for a school's pupils works");
        }
        return (UUID) found.getFirst();
    }

    private long count(String sql, UUID id) {
        return ((Number) entities.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
