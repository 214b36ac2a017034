package fi.kasvu.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * Reads the current state of schools, classes and people from a tenant's schema and makes their search documents,
 * with who may see each (see {@link Visibility}): a pupil is seen by themself (and so their guardians), the teachers
 * of their classes and their school's principal; staff by the staff of their schools; a guardian by the teachers and
 * principals of their children's classes and schools; a class and a school by the staff of the school.
 */
@Component
class RosterDocuments {

    static final Set<String> STAFF_AUDIENCE = Set.of("teacher", "special-needs-teacher", "principal");
    static final Set<String> PRINCIPALS = Set.of("principal");

    private static final Set<String> STAFF_ROLES = Set.of("teacher", "principal", "aide", "counselor", "proctor",
            "siteAdministrator", "districtAdministrator", "systemAdministrator", "administrator");
    private static final Set<String> GUARDIAN_ROLES = Set.of("guardian", "parent", "relative");
    private static final String ACTIVE_ROLE = "r.status = 'active' AND (r.end_date IS NULL OR r.end_date >= current_date)";
    private static final String ACTIVE_ENROLLMENT = "e.status = 'active' AND (e.end_date IS NULL OR e.end_date >= current_date)";

    /**
     * People with what decides their documents, set-based over the persons in {@code ids} (a batch, or everyone for a
     * rebuild): one join per table instead of a lookup per person and table.
     */
    private static final String PERSONS = """
            WITH ids AS (%3$s),
            roles AS (
              SELECT r.person_id, array_agg(DISTINCT r.role) AS roles,
                     array_agg(DISTINCT r.school_id) FILTER (WHERE r.school_id IS NOT NULL) AS role_schools,
                     array_agg(DISTINCT s.name) FILTER (WHERE s.name IS NOT NULL) AS school_names
              FROM person_role r JOIN ids ON ids.id = r.person_id LEFT JOIN school s ON s.id = r.school_id
              WHERE %1$s GROUP BY r.person_id),
            enrolled AS (
              SELECT e.person_id, array_agg(DISTINCT e.role) AS enrollment_roles, array_agg(DISTINCT e.class_id) AS classes,
                     array_agg(DISTINCT e.school_id) AS class_schools, array_agg(DISTINCT c.title) AS class_titles
              FROM enrollment e JOIN ids ON ids.id = e.person_id JOIN class_group c ON c.id = e.class_id
              WHERE %2$s GROUP BY e.person_id),
            children AS (
              SELECT g.guardian_id, array_agg(DISTINCT e.class_id) FILTER (WHERE e.class_id IS NOT NULL) AS child_classes,
                     array_agg(DISTINCT e.school_id) FILTER (WHERE e.school_id IS NOT NULL) AS child_schools
              FROM guardianship g JOIN ids ON ids.id = g.guardian_id
              LEFT JOIN enrollment e ON e.person_id = g.student_id AND %2$s
              GROUP BY g.guardian_id)
            SELECT p.id, p.given_name, p.family_name, p.middle_name, p.preferred_given_name, p.status,
                   p.primary_school_id, ps.name AS primary_school, roles.roles, roles.role_schools, roles.school_names,
                   enrolled.enrollment_roles, enrolled.classes, enrolled.class_schools, enrolled.class_titles,
                   children.child_classes, children.child_schools, children.guardian_id IS NOT NULL AS has_children
            FROM person p JOIN ids ON ids.id = p.id
            LEFT JOIN school ps ON ps.id = p.primary_school_id
            LEFT JOIN roles ON roles.person_id = p.id
            LEFT JOIN enrolled ON enrolled.person_id = p.id
            LEFT JOIN children ON children.guardian_id = p.id""";

    private static String persons(String ids) {
        return PERSONS.formatted(ACTIVE_ROLE, ACTIVE_ENROLLMENT, ids);
    }

    private static final String CLASSES = """
            SELECT c.id, c.title, c.class_code, c.status, c.school_id, s.name AS school, co.title AS course,
                   array_to_string(c.subjects, ' ') AS subjects
            FROM class_group c JOIN school s ON s.id = c.school_id JOIN course co ON co.id = c.course_id""";

    private static final String SCHOOLS = "SELECT s.id, s.name, s.status FROM school s";

    /** The documents of the queued entities, and the ids of those that are gone (deleted or to be deleted). */
    Changes read(Connection connection, Collection<EntityKey> keys) throws SQLException {
        var upserts = new ArrayList<SearchDocument>();
        var found = new HashSet<String>();
        Consumer<SearchDocument> sink = document -> {
            if (document != GONE) {
                upserts.add(document);
                found.add(document.id());
            }
        };
        read(connection, persons("SELECT unnest(?::uuid[]) AS id"), ids(keys, EntityKey.PERSON), this::person, sink);
        read(connection, CLASSES + " WHERE c.id = ANY(?)", ids(keys, EntityKey.CLASS), this::classGroup, sink);
        read(connection, SCHOOLS + " WHERE s.id = ANY(?)", ids(keys, EntityKey.SCHOOL), this::school, sink);
        List<String> deletes = keys.stream().map(EntityKey::documentId).distinct().filter(id -> !found.contains(id)).toList();
        return new Changes(List.copyOf(upserts), deletes);
    }

    /** Every document of the tenant, in batches, streamed so that a large tenant never sits in memory whole. */
    void readAll(Connection connection, int batchSize, Consumer<List<SearchDocument>> batches) throws SQLException {
        var batch = new ArrayList<SearchDocument>(batchSize);
        Consumer<SearchDocument> sink = document -> {
            if (document != GONE) {
                batch.add(document);
            }
            if (batch.size() >= batchSize) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        };
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
        try {
            stream(connection, SCHOOLS, this::school, sink);
            stream(connection, CLASSES, this::classGroup, sink);
            stream(connection, persons("SELECT id FROM person"), this::person, sink);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    /** How many documents a full rebuild will write, at most (for progress). */
    long count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                "SELECT (SELECT count(*) FROM school) + (SELECT count(*) FROM class_group) + (SELECT count(*) FROM person)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final SearchDocument GONE = new SearchDocument("gone", Kind.PERSON, "", "", List.of(), "",
            new Visibility(Set.of(), Set.of(), Set.of(), Set.of()));

    private SearchDocument person(ResultSet rs) throws SQLException {
        if (!"active".equals(rs.getString("status"))) {
            return GONE;
        }
        UUID id = rs.getObject("id", UUID.class);
        Set<String> roles = strings(rs.getArray("roles"));
        Set<String> enrollmentRoles = strings(rs.getArray("enrollment_roles"));
        Set<UUID> roleSchools = uuids(rs.getArray("role_schools"));
        Set<UUID> classes = uuids(rs.getArray("classes"));
        Set<UUID> classSchools = uuids(rs.getArray("class_schools"));
        UUID primarySchool = rs.getObject("primary_school_id", UUID.class);
        var schools = new LinkedHashSet<UUID>(roleSchools);
        schools.addAll(classSchools);
        if (primarySchool != null) {
            schools.add(primarySchool);
        }
        var schoolNames = new LinkedHashSet<String>();
        if (rs.getString("primary_school") != null) {
            schoolNames.add(rs.getString("primary_school"));
        }
        schoolNames.addAll(strings(rs.getArray("school_names")));
        List<String> classTitles = List.copyOf(strings(rs.getArray("class_titles")));
        String given = rs.getString("given_name");
        String preferred = rs.getString("preferred_given_name");
        String family = rs.getString("family_name");
        String title = (preferred == null || preferred.isBlank() ? given : preferred) + " " + family;
        List<String> names = List.of(given, family, nullToEmpty(rs.getString("middle_name")), nullToEmpty(preferred));

        Kind kind;
        Visibility visibility;
        if (roles.contains("student") || enrollmentRoles.contains("student")) {
            kind = Kind.PUPIL;
            visibility = new Visibility(Set.of(id), classes, schools, PRINCIPALS);
        } else if (roles.stream().anyMatch(STAFF_ROLES::contains) || enrollmentRoles.stream().anyMatch(STAFF_ROLES::contains)) {
            kind = Kind.STAFF;
            visibility = new Visibility(Set.of(id), Set.of(), schools, STAFF_AUDIENCE);
        } else if (roles.stream().anyMatch(GUARDIAN_ROLES::contains) || rs.getBoolean("has_children")) {
            kind = Kind.GUARDIAN;
            visibility = new Visibility(Set.of(id), uuids(rs.getArray("child_classes")),
                    uuids(rs.getArray("child_schools")), PRINCIPALS);
        } else {
            kind = Kind.PERSON;
            visibility = new Visibility(Set.of(id), Set.of(), schools, PRINCIPALS);
        }
        var subtitle = new ArrayList<String>(classTitles);
        if (kind != Kind.GUARDIAN) {
            subtitle.addAll(schoolNames);
        }
        var text = new ArrayList<String>(classTitles);
        text.addAll(schoolNames);
        return new SearchDocument(EntityKey.PERSON + ":" + id, kind, title, String.join(" · ", subtitle), names,
                String.join(" ", text), visibility);
    }

    private SearchDocument classGroup(ResultSet rs) throws SQLException {
        if (!"active".equals(rs.getString("status"))) {
            return GONE;
        }
        UUID id = rs.getObject("id", UUID.class);
        String title = rs.getString("title");
        String school = rs.getString("school");
        return new SearchDocument(EntityKey.CLASS + ":" + id, Kind.CLASS, title, school,
                List.of(title, nullToEmpty(rs.getString("class_code"))),
                String.join(" ", nullToEmpty(rs.getString("course")), nullToEmpty(rs.getString("subjects")), school),
                new Visibility(Set.of(), Set.of(id), Set.of(rs.getObject("school_id", UUID.class)), STAFF_AUDIENCE));
    }

    private SearchDocument school(ResultSet rs) throws SQLException {
        if (!"active".equals(rs.getString("status"))) {
            return GONE;
        }
        UUID id = rs.getObject("id", UUID.class);
        String name = rs.getString("name");
        return new SearchDocument(EntityKey.SCHOOL + ":" + id, Kind.SCHOOL, name, "", List.of(name), name,
                new Visibility(Set.of(), Set.of(), Set.of(id), STAFF_AUDIENCE));
    }

    private interface Row {
        SearchDocument map(ResultSet rs) throws SQLException;
    }

    private static void read(Connection connection, String sql, UUID[] ids, Row row, Consumer<SearchDocument> sink)
            throws SQLException {
        if (ids.length == 0) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row.map(rs));
                }
            }
        }
    }

    private static void stream(Connection connection, String sql, Row row, Consumer<SearchDocument> sink)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row.map(rs));
                }
            }
        }
    }

    private static UUID[] ids(Collection<EntityKey> keys, String entity) {
        return keys.stream().filter(key -> key.entity().equals(entity)).map(EntityKey::id).distinct().toArray(UUID[]::new);
    }

    private static Set<String> strings(Array array) throws SQLException {
        var values = new LinkedHashSet<String>();
        if (array == null) {
            return values;
        }
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        var values = new LinkedHashSet<UUID>();
        if (array == null) {
            return values;
        }
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                values.add((UUID) value);
            }
        }
        return values;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** What to write for a batch of queued entities. */
    record Changes(List<SearchDocument> upserts, List<String> deletes) {
    }
}
