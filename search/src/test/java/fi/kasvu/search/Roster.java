package fi.kasvu.search;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;

/** A municipality's school structure written straight into its schema, as the roster services and imports would. */
final class Roster {

    private final TenantConnections connections;
    private final TenantId tenant;

    Roster(TenantConnections connections, TenantId tenant) {
        this.connections = connections;
        this.tenant = tenant;
    }

    UUID school(String name) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO school (id, name, kind) VALUES (?::uuid, ?, 'BASIC')", id, name);
        return id;
    }

    UUID classGroup(UUID school, String title) {
        UUID course = UUID.randomUUID();
        sql("INSERT INTO course (id, source_id, title, school_id) VALUES (?::uuid, ?, ?, ?::uuid)", course,
                course.toString(), "Luokka " + title, school);
        UUID id = UUID.randomUUID();
        sql("""
                INSERT INTO class_group (id, source_id, title, class_code, class_type, course_id, school_id)
                VALUES (?::uuid, ?, ?, ?, 'homeroom', ?::uuid, ?::uuid)""", id, id.toString(), title, title, course, school);
        return id;
    }

    UUID person(String given, String family, String account) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO person (id, source_id, given_name, family_name, account_id) VALUES (?::uuid, ?, ?, ?, ?)",
                id, id.toString(), given, family, account);
        return id;
    }

    void role(UUID person, String role, UUID school) {
        sql("INSERT INTO person_role (id, person_id, role, role_type, school_id) VALUES (?::uuid, ?::uuid, ?, 'primary', ?::uuid)",
                UUID.randomUUID(), person, role, school);
    }

    void enroll(UUID person, UUID classGroup, String role) {
        UUID id = UUID.randomUUID();
        sql("""
                INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                SELECT ?::uuid, ?, c.id, ?::uuid, c.school_id, ? FROM class_group c WHERE c.id = ?::uuid""",
                id, id.toString(), person, role, classGroup);
    }

    UUID pupil(String given, String family, String account, UUID classGroup, LocalDate born) {
        UUID id = person(given, family, account);
        sql("INSERT INTO person_role (id, person_id, role, role_type, school_id) "
                + "SELECT ?::uuid, ?::uuid, 'student', 'primary', school_id FROM class_group WHERE id = ?::uuid",
                UUID.randomUUID(), id, classGroup);
        enroll(id, classGroup, "student");
        sql("INSERT INTO demographics (person_id, birth_date) VALUES (?::uuid, ?::date)", id, born.toString());
        return id;
    }

    UUID staff(String given, String family, String account, String role, UUID school) {
        UUID id = person(given, family, account);
        role(id, role, school);
        return id;
    }

    void guardian(UUID guardian, UUID student) {
        sql("INSERT INTO guardianship (guardian_id, student_id) VALUES (?::uuid, ?::uuid)", guardian, student);
    }

    void sql(String statement, Object... parameters) {
        try {
            connections.withConnection(tenant, connection -> {
                try (var prepared = connection.prepareStatement(statement)) {
                    for (int i = 0; i < parameters.length; i++) {
                        prepared.setString(i + 1, parameters[i] == null ? null : parameters[i].toString());
                    }
                    return prepared.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
