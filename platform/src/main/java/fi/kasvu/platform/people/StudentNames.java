package fi.kasvu.platform.people;

import fi.kasvu.platform.audit.Actor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of the students a person reaches through {@link StudentAccess}: a guardian's children in the portal's
 * child choice, a student's own name. Only names, which are not sensitive, so no audit entry; anyone the actor has
 * no relation to is refused, as every other read of a student is.
 */
@Service
public class StudentNames {

    private final EntityManager entities;
    private final StudentAccess access;

    StudentNames(EntityManager entities, StudentAccess access) {
        this.entities = entities;
        this.access = access;
    }

    /**
     * The students' names ("given family") in the order asked.
     *
     * @throws fi.kasvu.platform.audit.AccessRefusedException when the actor may not reach one of them
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOf(Actor actor, List<UUID> students) {
        students.forEach(student -> access.require(actor, student, "see this student's name"));
        if (students.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery(
                        "SELECT id, given_name, family_name FROM person WHERE id IN (:ids)", Tuple.class)
                .setParameter("ids", students).getResultList();
        Map<UUID, String> byId = new java.util.HashMap<>();
        rows.forEach(row -> byId.put(row.get(0, UUID.class), row.get(1, String.class) + " " + row.get(2, String.class)));
        Map<UUID, String> ordered = new LinkedHashMap<>();
        students.forEach(student -> ordered.put(student, byId.getOrDefault(student, "")));
        return ordered;
    }
}
