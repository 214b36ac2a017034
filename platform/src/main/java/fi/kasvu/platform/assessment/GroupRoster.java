package fi.kasvu.platform.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;

/** Reads the groups and their students from the school structure's tables, in the caller's transaction. */
@Component
class GroupRoster {

    private final EntityManager entities;

    GroupRoster(EntityManager entities) {
        this.entities = entities;
    }

    Group require(UUID classId) {
        return find(classId).orElseThrow(() -> new InvalidFieldException("class", "there is no such class or group"));
    }

    Optional<Group> find(UUID classId) {
        if (classId == null) {
            return Optional.empty();
        }
        return GroupRoster.first(entities.createNativeQuery("""
                        SELECT g.id, g.title, g.class_type, g.school_id, c.school_year_id, g.grades[1] AS grade,
                               g.subject_codes[1] AS subject
                          FROM class_group g JOIN course c ON c.id = g.course_id
                         WHERE g.id = :id AND g.status = 'active'""", Tuple.class)
                .setParameter("id", classId)).map(row -> group((Tuple) row));
    }

    /** The group's students, active members at any time of the year, by family and given name. */
    List<Pupil> students(UUID classId) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT DISTINCT p.id, p.given_name, p.family_name, p.grades[1] AS grade
                          FROM enrollment e JOIN person p ON p.id = e.person_id
                         WHERE e.class_id = :class AND e.role = 'student' AND e.status = 'active'
                           AND p.status = 'active'
                         ORDER BY p.family_name, p.given_name, p.id""", Tuple.class)
                .setParameter("class", classId).getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new Pupil(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), level(row.get(3, String.class)))).toList();
    }

    /** The subject's name in Finnish, or empty when the code is no subject of the national table. */
    Optional<String> subjectName(String code) {
        return GroupRoster.first(entities.createNativeQuery("SELECT name_fi FROM subject WHERE code = :code", String.class)
                .setParameter("code", code)).map(String.class::cast);
    }

    boolean passFailAllowed(String subjectCode) {
        return GroupRoster.first(entities.createNativeQuery(
                        "SELECT pass_fail_allowed FROM subject_assessment WHERE subject_code = :code", Boolean.class)
                .setParameter("code", subjectCode)).map(Boolean.class::cast)
                .orElse(false);
    }

    private static Group group(Tuple row) {
        return new Group(row.get(0, UUID.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, UUID.class), row.get(4, UUID.class), level(row.get(5, String.class)),
                row.get(6, String.class));
    }

    static Integer level(String grade) {
        if (grade == null || !grade.strip().matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(grade.strip());
    }

    /** The first row of a query, if any (JPA's untyped query gives raw streams). */
    static java.util.Optional<Object> first(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.getFirst());
    }
}
