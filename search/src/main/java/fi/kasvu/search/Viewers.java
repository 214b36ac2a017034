package fi.kasvu.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Who the signed-in person is allowed to find, computed from the tenant's tables at the moment of the search: their
 * person (by {@code person.account_id}, the Keycloak user id), the children a guardian may act for today, the classes
 * a teacher teaches and the schools staff work at. Realm roles open these doors; a person row alone opens none.
 */
@Service
public class Viewers {

    static final String CITY_ADMIN = "city-admin";
    private static final Set<String> TEACHING = Set.of("teacher", "special-needs-teacher", "principal");

    private final TenantConnections connections;
    private final TenantContext tenants;

    Viewers(TenantConnections connections, TenantContext tenants) {
        this.connections = connections;
        this.tenants = tenants;
    }

    /** The viewer signed in to the bound tenant with this Keycloak user id ({@code sub}) and these realm roles. */
    public Viewer of(String accountId, Collection<String> realmRoles) {
        TenantId tenant = tenants.require();
        Set<String> roles = Set.copyOf(realmRoles);
        if (roles.contains(CITY_ADMIN)) {
            return Viewer.cityAdmin();
        }
        if (accountId == null || accountId.isBlank()) {
            return Viewer.nobody();
        }
        try {
            return connections.withConnection(tenant, connection -> viewer(connection, accountId, roles));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the searcher's rights failed: " + e.getMessage(), e);
        }
    }

    private Viewer viewer(Connection connection, String accountId, Set<String> roles) throws SQLException {
        Optional<UUID> person = uuids(connection,
                "SELECT id FROM person WHERE account_id = ? AND status = 'active'", accountId).stream().findFirst();
        if (person.isEmpty()) {
            return Viewer.nobody();
        }
        UUID self = person.get();
        var persons = new HashSet<UUID>(Set.of(self));
        if (roles.contains("guardian")) {
            // a guardian acts for a child until the child's 18th birthday, later only with the student's consent;
            // without a known birth date, only with that consent
            persons.addAll(uuids(connection, """
                    SELECT g.student_id FROM guardianship g
                    JOIN person s ON s.id = g.student_id AND s.status = 'active'
                    LEFT JOIN demographics d ON d.person_id = g.student_id
                    WHERE g.guardian_id = ?::uuid
                      AND (g.allowed_by_student_at IS NOT NULL
                           OR (d.birth_date IS NOT NULL AND current_date < d.birth_date + interval '18 years'))""",
                    self.toString()));
        }
        Set<UUID> classes = Set.of();
        Set<UUID> schools = Set.of();
        if (roles.stream().anyMatch(TEACHING::contains)) {
            classes = uuids(connection, """
                    SELECT DISTINCT class_id FROM enrollment
                    WHERE person_id = ?::uuid AND role IN ('teacher', 'aide', 'administrator', 'proctor')
                      AND status = 'active' AND (end_date IS NULL OR end_date >= current_date)""", self.toString());
            schools = uuids(connection, """
                    SELECT school_id FROM person_role
                    WHERE person_id = ?::uuid AND school_id IS NOT NULL AND status = 'active'
                      AND role NOT IN ('student', 'guardian', 'parent', 'relative')
                      AND (end_date IS NULL OR end_date >= current_date)""", self.toString());
        }
        return new Viewer(false, persons, classes, schools, roles);
    }

    private static Set<UUID> uuids(Connection connection, String sql, String parameter) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rs = statement.executeQuery()) {
                var ids = new HashSet<UUID>();
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }
}
