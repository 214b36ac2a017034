package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group-level support (ryhmäkohtainen tuki): what a teaching group gets, recorded by its teachers or the principal,
 * with no individual plan or decision. It names no pupil, so it is not special-category data of anyone.
 */
@Service
public class GroupSupports {

    static final int LONGEST_DESCRIPTION = 2000;

    private final EntityManager entities;
    private final StudentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    GroupSupports(EntityManager entities, StudentAccess access, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID record(Actor actor, UUID classId, GroupSupportForm form, String description, LocalDate startDate,
                       LocalDate endDate) {
        if (classId == null) {
            throw new InvalidFieldException("class", "choose the group");
        }
        access.requireClass(actor, classId, "record the group's support");
        if (form == null) {
            throw new InvalidFieldException("form", "choose the form of support");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidFieldException("description", "say what the group gets");
        }
        if (description.length() > LONGEST_DESCRIPTION) {
            throw new InvalidFieldException("description", "at most " + LONGEST_DESCRIPTION + " characters");
        }
        if (startDate == null) {
            throw new InvalidFieldException("startDate", "give the first day");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidFieldException("endDate", "ends before it starts");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO group_support (id, class_id, form, description, start_date, end_date, recorded_by)
                        VALUES (:id, :class, :form, :description, :start, :end, :by)""")
                .setParameter("id", id).setParameter("class", classId).setParameter("form", form.name())
                .setParameter("description", description.strip()).setParameter("start", startDate)
                .setParameter("end", endDate).setParameter("by", actor.displayName()).executeUpdate();
        audit.record(actor, "support.group-recorded", null, "class " + classId + " " + form);
        return id;
    }

    /** The group's support, current and past, for its teachers and principal. */
    @Transactional(readOnly = true)
    public List<GroupSupportSummary> ofClass(Actor actor, UUID classId) {
        access.requireClass(actor, classId, "see the group's support");
        return query("g.class_id = :key", classId, null);
    }

    /** The support in force today in the groups the student is in; for the student's support document. */
    List<GroupSupportSummary> currentForStudent(UUID studentId) {
        return query("""
                g.class_id IN (SELECT e.class_id FROM enrollment e WHERE e.person_id = :key AND e.role = 'student'
                  AND e.status = 'active' AND (e.begin_date IS NULL OR e.begin_date <= :today)
                  AND (e.end_date IS NULL OR e.end_date >= :today))
                AND g.start_date <= :today AND (g.end_date IS NULL OR g.end_date >= :today)""", studentId,
                LocalDate.now(clock));
    }

    @SuppressWarnings("unchecked")
    private List<GroupSupportSummary> query(String condition, UUID key, LocalDate today) {
        var query = entities.createNativeQuery("""
                SELECT g.id, g.class_id, c.title, g.form, g.description, g.start_date, g.end_date, g.recorded_by
                FROM group_support g JOIN class_group c ON c.id = g.class_id WHERE\s""" + condition
                + " ORDER BY g.start_date DESC, g.recorded_at DESC").setParameter("key", key);
        if (today != null) {
            query.setParameter("today", today);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new GroupSupportSummary((UUID) r[0], (UUID) r[1], (String) r[2],
                GroupSupportForm.valueOf((String) r[3]), (String) r[4], SupportDecisions.date(r[5]),
                SupportDecisions.date(r[6]), (String) r[7])).toList();
    }
}
