package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding people for the grids: by name, role, school and class, in pages, within the actor's schools. */
@Service
public class PeopleDirectory {

    private static final Map<String, String> SORTS = Map.of("familyName", "lower(p.family_name)",
            "givenName", "lower(p.given_name)", "birthDate", "d.birth_date", "email", "lower(p.email)");
    private static final String FROM = """
             FROM person p LEFT JOIN demographics d ON d.person_id = p.id
                  LEFT JOIN person_identity_code c ON c.person_id = p.id
            WHERE p.status = 'active'""";

    private final EntityManager entities;
    private final PeopleAccess access;

    PeopleDirectory(EntityManager entities, PeopleAccess access) {
        this.entities = entities;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> people(Actor actor, PeopleQuery query, Paging paging) {
        var parameters = new HashMap<String, Object>();
        String filter = filter(actor, query, parameters);
        if (filter == null) {
            return List.of();
        }
        String order = orderBy(paging);
        var found = entities.createNativeQuery(SELECT + FROM + filter + order, Tuple.class);
        parameters.forEach(found::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = found.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
        return rows.stream().map(PeopleDirectory::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countPeople(Actor actor, PeopleQuery query) {
        var parameters = new HashMap<String, Object>();
        String filter = filter(actor, query, parameters);
        if (filter == null) {
            return 0;
        }
        var counted = entities.createNativeQuery("SELECT count(*)" + FROM + filter);
        parameters.forEach(counted::setParameter);
        return ((Number) counted.getSingleResult()).longValue();
    }

    @Transactional(readOnly = true)
    public PersonSummary person(Actor actor, UUID id) {
        access.requirePerson(actor, id);
        var found = entities.createNativeQuery(SELECT + FROM + " AND p.id = :id", Tuple.class).setParameter("id", id);
        return summary((Tuple) found.getSingleResult());
    }

    private String filter(Actor actor, PeopleQuery query, Map<String, Object> parameters) {
        String scope = access.condition(actor, parameters);
        if (scope == null) {
            return null;
        }
        var where = new StringBuilder(scope);
        PeopleQuery q = query == null ? PeopleQuery.everyone() : query;
        if (q.namePrefix() != null && !q.namePrefix().isBlank()) {
            if (q.namePrefix().strip().length() > 100) {
                throw new InvalidFieldException("name", "at most 100 characters");
            }
            where.append(" AND (lower(p.family_name) LIKE :name ESCAPE '\\' OR lower(p.given_name) LIKE :name ESCAPE '\\'"
                    + " OR lower(p.given_name || ' ' || p.family_name) LIKE :name ESCAPE '\\')");
            parameters.put("name", q.namePrefix().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.role() != null || q.schoolId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_role fr WHERE fr.person_id = p.id AND fr.status = 'active'");
            if (q.role() != null) {
                where.append(" AND fr.role = :role");
                parameters.put("role", q.role().oneRoster());
            }
            if (q.schoolId() != null) {
                access.requireSchool(actor, q.schoolId());
                where.append(" AND fr.school_id = :school");
                parameters.put("school", q.schoolId());
            }
            where.append(")");
        }
        if (q.classId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM enrollment fe WHERE fe.person_id = p.id AND fe.class_id = :class"
                    + " AND fe.status = 'active')");
            parameters.put("class", q.classId());
        }
        return where.toString();
    }

    private static String orderBy(Paging paging) {
        if (paging.sortBy() == null || paging.sortBy().isBlank()) {
            return " ORDER BY lower(p.family_name), lower(p.given_name), p.id";
        }
        String column = SORTS.get(paging.sortBy());
        if (column == null) {
            throw new InvalidFieldException("sort", "sort by one of " + String.join(", ", new java.util.TreeSet<>(SORTS.keySet())));
        }
        return " ORDER BY " + column + (paging.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", p.id";
    }

    private static final String SELECT = """
            SELECT p.id AS id, p.given_name AS given_name, p.family_name AS family_name, p.email AS email,
                   d.birth_date AS birth_date,
                   CASE WHEN c.code IS NULL THEN NULL ELSE substr(c.code, 1, 7) || '****' END AS masked,
                   (SELECT string_agg(DISTINCT r.role, ',') FROM person_role r
                     WHERE r.person_id = p.id AND r.status = 'active') AS roles,
                   (SELECT string_agg(DISTINCT s.name, ', ') FROM person_role r JOIN school s ON s.id = r.school_id
                     WHERE r.person_id = p.id AND r.status = 'active') AS schools,
                   p.account_id IS NOT NULL AS has_account""";

    private static PersonSummary summary(Tuple row) {
        String roles = row.get("roles", String.class);
        List<Role> parsed = roles == null ? List.of()
                : Arrays.stream(roles.split(",")).map(Role::of).filter(Objects::nonNull).toList();
        return new PersonSummary(row.get("id", UUID.class), row.get("given_name", String.class),
                row.get("family_name", String.class), row.get("email", String.class),
                row.get("birth_date", LocalDate.class), row.get("masked", String.class), parsed,
                row.get("schools", String.class), Boolean.TRUE.equals(row.get("has_account", Boolean.class)));
    }
}
