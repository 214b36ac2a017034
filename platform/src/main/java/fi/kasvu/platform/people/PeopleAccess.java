package fi.kasvu.platform.people;

import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.SchoolAccess;
import fi.kasvu.platform.school.SchoolScope;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Whose records an actor may see: a city admin everyone's; a principal the people of their schools (a role or an
 * enrollment there) and the guardians of those schools' students.
 */
@Component
class PeopleAccess {

    /** The SQL condition on {@code p} for a principal's scope, bound as {@code :scope}. */
    static final String IN_SCOPE = """
             AND (EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.school_id IN (:scope))
               OR EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = p.id AND e.school_id IN (:scope))
               OR EXISTS (SELECT 1 FROM guardianship gu JOIN person_role sr ON sr.person_id = gu.student_id
                          WHERE gu.guardian_id = p.id AND sr.school_id IN (:scope)))""";

    private final SchoolAccess schools;
    private final EntityManager entities;

    PeopleAccess(SchoolAccess schools, EntityManager entities) {
        this.schools = schools;
        this.entities = entities;
    }

    SchoolScope scopeOf(Actor actor) {
        return schools.scopeOf(actor);
    }

    /** The condition to add for the actor, with its parameter; null when they can see no one. */
    String condition(Actor actor, Map<String, Object> parameters) {
        SchoolScope scope = schools.scopeOf(actor);
        if (scope.everything()) {
            return "";
        }
        if (scope.schools().isEmpty()) {
            return null;
        }
        parameters.put("scope", scope.schools());
        return " " + IN_SCOPE;
    }

    /** @throws AccessRefusedException when the person is outside the actor's schools (or does not exist) */
    void requirePerson(Actor actor, UUID person) {
        var parameters = new java.util.HashMap<String, Object>();
        String condition = condition(actor, parameters);
        if (condition == null) {
            throw new AccessRefusedException("a principal sees only the people of their own school");
        }
        var query = entities.createNativeQuery("SELECT count(*) FROM person p WHERE p.id = :id" + condition)
                .setParameter("id", person);
        parameters.forEach(query::setParameter);
        if (((Number) query.getSingleResult()).longValue() == 0) {
            if (condition.isEmpty()) {
                throw new fi.kasvu.platform.school.InvalidFieldException("person", "there is no such person");
            }
            throw new AccessRefusedException("a principal sees only the people of their own school");
        }
    }

    void requireSchool(Actor actor, UUID school) {
        schools.requireSchool(actor, school);
    }

    void requireCityAdmin(Actor actor, String what) {
        schools.requireCityAdmin(actor, what);
    }
}
