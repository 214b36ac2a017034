package fi.kasvu.platform.oneroster.csv;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;

/** Reads a tenant's tables in tests, by plain SQL on the tenant's schema. */
record TenantTables(TenantConnections connections, TenantId tenant) {

    /** Each row's columns joined with '|' (null as blank). */
    List<String> rows(String sql) {
        try {
            return connections.withConnection(tenant, connection -> {
                try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
                    List<String> rows = new ArrayList<>();
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        var row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            String value = result.getString(i);
                            row.append(i > 1 ? "|" : "").append(value == null ? "" : value);
                        }
                        rows.add(row.toString());
                    }
                    return rows;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String value(String sql) {
        List<String> rows = rows(sql);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    long count(String table) {
        return Long.parseLong(value("SELECT count(*) FROM " + table));
    }

    /** Row counts of every table an import writes, to show that a refused import wrote nothing. */
    String everything() {
        return value("SELECT (SELECT count(*) FROM org) || ' ' || (SELECT count(*) FROM school) || ' ' || "
                + "(SELECT count(*) FROM academic_session) || ' ' || (SELECT count(*) FROM course) || ' ' || "
                + "(SELECT count(*) FROM class_group) || ' ' || (SELECT count(*) FROM class_term) || ' ' || "
                + "(SELECT count(*) FROM person) || ' ' || (SELECT count(*) FROM person_identity_code) || ' ' || "
                + "(SELECT count(*) FROM demographics) || ' ' || (SELECT count(*) FROM person_role) || ' ' || "
                + "(SELECT count(*) FROM guardianship) || ' ' || (SELECT count(*) FROM enrollment) || ' ' || "
                + "coalesce((SELECT max(updated_at) FROM person)::text, '') || ' ' || coalesce((SELECT max(updated_at) FROM enrollment)::text, '')");
    }
}
