package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is in which class, as what, from when to when; and ending many enrollments at once. */
@Service
public class EnrollmentRegister {

    static final int LARGEST_BATCH = 2000;
    private static final Map<String, String> SORTS = Map.of("person", "lower(p.family_name), lower(p.given_name)",
            "class", "lower(g.title)", "role", "e.role", "beginDate", "e.begin_date", "endDate", "e.end_date");

    private final Enrollments enrollments;
    private final ClassDirectory classes;
    private final SchoolAccess access;
    private final AuditLog audit;
    private final EntityManager entities;

    EnrollmentRegister(Enrollments enrollments, ClassDirectory classes, SchoolAccess access, AuditLog audit,
                       EntityManager entities) {
        this.enrollments = enrollments;
        this.classes = classes;
        this.access = access;
        this.audit = audit;
        this.entities = entities;
    }

    @Transactional
    public EnrollmentSummary enroll(Actor actor, UUID classId, UUID personId, EnrollmentRole role, LocalDate beginDate,
                                    LocalDate endDate) {
        ClassGroup group = classes.require(classId);
        access.requireSchool(actor, group.schoolId());
        if (personId == null || ((Number) entities.createNativeQuery(
                "SELECT count(*) FROM person WHERE id = :id AND status = 'active'").setParameter("id", personId)
                .getSingleResult()).longValue() == 0) {
            throw new InvalidFieldException("person", "choose a person");
        }
        if (role == null) {
            throw new InvalidFieldException("role", "choose the role in the class");
        }
        if (beginDate == null) {
            throw new InvalidFieldException("beginDate", "enter the first day in the class");
        }
        if (endDate != null && endDate.isBefore(beginDate)) {
            throw new InvalidFieldException("endDate", "the last day cannot come before the first");
        }
        if (enrollments.enrolledOn(classId, personId, role.oneRoster(), beginDate)) {
            throw new InvalidFieldException("person", "the person is in " + group.title() + " already");
        }
        var saved = enrollments.save(new Enrollment(classId, personId, group.schoolId(), role, false, beginDate, endDate));
        audit.record(actor, "enrollment.added", personId, "enrollment " + saved.id() + " in class " + classId);
        entities.flush();
        return enrollments(actor, new EnrollmentQuery(classId, personId, null, role, null), Paging.first(50)).stream()
                .filter(e -> e.id().equals(saved.id())).findFirst().orElseThrow();
    }

    /**
     * Ends each of the enrollments on the day (their last day in the class). All or none: one the actor may not
     * change, or one that began after the day, refuses the lot.
     */
    @Transactional
    public int endEnrollments(Actor actor, Set<UUID> ids, LocalDate lastDay) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidFieldException("enrollments", "choose the enrollments to end");
        }
        if (ids.size() > LARGEST_BATCH) {
            throw new InvalidFieldException("enrollments", "at most " + LARGEST_BATCH + " at a time");
        }
        if (lastDay == null) {
            throw new InvalidFieldException("endDate", "enter the last day");
        }
        List<Enrollment> found = enrollments.findAllById(ids);
        if (found.size() != ids.size()) {
            throw new InvalidFieldException("enrollments", "some of the chosen enrollments no longer exist");
        }
        SchoolScope scope = access.scopeOf(actor);
        for (Enrollment enrollment : found) {
            if (!scope.includes(enrollment.schoolId())) {
                access.requireSchool(actor, enrollment.schoolId());
            }
            if (enrollment.beginDate() != null && lastDay.isBefore(enrollment.beginDate())) {
                throw new InvalidFieldException("endDate", "an enrollment chosen begins on " + enrollment.beginDate()
                        + ", after " + lastDay);
            }
        }
        int ended = 0;
        for (Enrollment enrollment : found) {
            if (enrollment.lastsBeyond(lastDay)) {
                enrollment.endOn(lastDay);
                audit.record(actor, "enrollment.ended", enrollment.personId(), "enrollment " + enrollment.id()
                        + " ended on " + lastDay);
                ended++;
            }
        }
        return ended;
    }

    @Transactional(readOnly = true)
    public List<EnrollmentSummary> enrollments(Actor actor, EnrollmentQuery query, Paging paging) {
        var parameters = new HashMap<String, Object>();
        String filter = filter(actor, query, parameters);
        if (filter == null) {
            return List.of();
        }
        var found = entities.createNativeQuery("""
                SELECT e.id AS id, e.class_id AS class_id, g.title AS class_title, e.person_id AS person_id,
                       p.family_name || ' ' || p.given_name AS person_name, e.school_id AS school_id, e.role AS role,
                       e.begin_date AS begin_date, e.end_date AS end_date"""
                + FROM + filter + paging.orderBy(SORTS, "lower(g.title), e.role DESC, lower(p.family_name), "
                + "lower(p.given_name)", "e.id"), Tuple.class);
        parameters.forEach(found::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = found.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
        return rows.stream().map(row -> new EnrollmentSummary(row.get("id", UUID.class), row.get("class_id", UUID.class),
                row.get("class_title", String.class), row.get("person_id", UUID.class),
                row.get("person_name", String.class), row.get("school_id", UUID.class),
                EnrollmentRole.of(row.get("role", String.class)), row.get("begin_date", LocalDate.class),
                row.get("end_date", LocalDate.class))).toList();
    }

    @Transactional(readOnly = true)
    public long countEnrollments(Actor actor, EnrollmentQuery query) {
        var parameters = new HashMap<String, Object>();
        String filter = filter(actor, query, parameters);
        if (filter == null) {
            return 0;
        }
        var counted = entities.createNativeQuery("SELECT count(*)" + FROM + filter);
        parameters.forEach(counted::setParameter);
        return ((Number) counted.getSingleResult()).longValue();
    }

    private static final String FROM = " FROM enrollment e JOIN class_group g ON g.id = e.class_id"
            + " JOIN person p ON p.id = e.person_id";

    private String filter(Actor actor, EnrollmentQuery query, Map<String, Object> parameters) {
        SchoolScope scope = access.scopeOf(actor);
        var where = new StringBuilder(" WHERE e.status = 'active' AND e.role IN ('student', 'teacher', 'aide', 'administrator')");
        if (!scope.everything()) {
            if (scope.schools().isEmpty()) {
                return null;
            }
            where.append(" AND e.school_id IN (:scope)");
            parameters.put("scope", scope.schools());
        }
        EnrollmentQuery q = query == null ? new EnrollmentQuery(null, null, null, null, null) : query;
        if (q.classId() != null) {
            where.append(" AND e.class_id = :class");
            parameters.put("class", q.classId());
        }
        if (q.personId() != null) {
            where.append(" AND e.person_id = :person");
            parameters.put("person", q.personId());
        }
        if (q.schoolId() != null) {
            access.requireSchool(actor, q.schoolId());
            where.append(" AND e.school_id = :school");
            parameters.put("school", q.schoolId());
        }
        if (q.role() != null) {
            where.append(" AND e.role = :role");
            parameters.put("role", q.role().oneRoster());
        }
        if (q.activeOn() != null) {
            where.append(" AND (e.end_date IS NULL OR e.end_date >= :day)");
            parameters.put("day", q.activeOn());
        }
        return where.toString();
    }
}
