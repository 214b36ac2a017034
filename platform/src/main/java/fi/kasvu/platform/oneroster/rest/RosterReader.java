package fi.kasvu.platform.oneroster.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Reads OneRoster records from the schema of the tenant bound to the request, on the tenant's pool through
 * {@link TenantConnections}. Each read of demographics is written to the tenant's audit log, naming the client, in
 * the same transaction as the read: no demographics leave without their audit row.
 */
@Component
class RosterReader {

    static final String DEMOGRAPHICS_READ = "oneroster.demographics.read";

    private final TenantConnections connections;
    private final TenantContext tenants;

    RosterReader(TenantConnections connections, TenantContext tenants) {
        this.connections = connections;
        this.tenants = tenants;
    }

    /** A page of records and how many there are in all. */
    record Page(List<Map<String, Object>> records, long total) {
    }

    Page list(RecordKind resource, SqlCondition scope, ListQuery query, Representation representation, String actor) {
        SqlCondition where = scope.and(query.filter());
        return read(resource, actor, connection -> {
            var records = new ArrayList<Map<String, Object>>();
            var ids = new ArrayList<UUID>();
            String sql = "SELECT * FROM (" + resource.baseQuery() + ") r WHERE " + where.sql()
                    + " ORDER BY " + query.orderSql() + " LIMIT ? OFFSET ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = bind(statement, where.parameters(), 1);
                statement.setInt(next, query.limit());
                statement.setInt(next + 1, query.offset());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        records.add(select(resource.represent(rows, representation), query.fields()));
                        ids.add(rows.getObject("id", UUID.class));
                    }
                }
            }
            long total = records.isEmpty() && query.offset() == 0 ? 0
                    : records.size() < query.limit() && !records.isEmpty() ? query.offset() + records.size()
                    : count(connection, resource, where);
            return new Read<>(new Page(records, total), ids);
        });
    }

    Optional<Map<String, Object>> one(RecordKind resource, SqlCondition scope, String sourcedId, Set<String> fields,
                                      Representation representation, String actor) {
        SqlCondition where = scope.and(SqlCondition.of("r.\"sourcedId\" = ?", sourcedId));
        return read(resource, actor, connection -> {
            String sql = "SELECT * FROM (" + resource.baseQuery() + ") r WHERE " + where.sql();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, where.parameters(), 1);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return new Read<>(Optional.<Map<String, Object>>empty(), List.of());
                    }
                    return new Read<>(Optional.of(select(resource.represent(rows, representation), fields)),
                            List.of(rows.getObject("id", UUID.class)));
                }
            }
        });
    }

    /** The internal id of a record of the table with the sourcedId, if it exists and passes the extra condition. */
    Optional<UUID> idOf(String table, String sourcedId, String condition, Object... parameters) {
        if (!List.of("school", "class_group", "course", "academic_session", "person").contains(table)) {
            throw new IllegalArgumentException("not a roster table: " + table);
        }
        return read(null, null, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT t.id FROM " + table + " t WHERE t.source_id = ? AND " + condition)) {
                statement.setString(1, sourcedId);
                bind(statement, List.of(parameters), 2);
                try (ResultSet rows = statement.executeQuery()) {
                    return new Read<>(rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.<UUID>empty(),
                            List.of());
                }
            }
        });
    }

    private long count(Connection connection, RecordKind resource, SqlCondition where) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM (" + resource.baseQuery() + ") r WHERE " + where.sql())) {
            bind(statement, where.parameters(), 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private record Read<T>(T value, List<UUID> people) {
    }

    @FunctionalInterface
    private interface Work<T> {
        Read<T> apply(Connection connection) throws SQLException;
    }

    private <T> T read(RecordKind resource, String actor, Work<T> work) {
        try {
            return connections.withConnection(tenants.require(), connection -> {
                boolean audited = resource != null && resource.auditAction() != null;
                connection.setAutoCommit(false);
                try {
                    if (!audited) {
                        connection.setReadOnly(true);
                    }
                    Read<T> read = work.apply(connection);
                    if (audited) {
                        audit(connection, actor, resource.auditAction(), read.people());
                    }
                    connection.commit();
                    return read.value();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setReadOnly(false);
                    connection.setAutoCommit(true);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + (resource == null ? "the roster" : resource.collection())
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static void audit(Connection connection, String actor, String action, List<UUID> people) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (actor, action, person_id, detail) VALUES (?, ?, ?, ?)")) {
            for (UUID person : people) {
                insert.setString(1, actor);
                insert.setString(2, action);
                insert.setObject(3, person);
                insert.setString(4, "OneRoster API");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters, int first) throws SQLException {
        int index = first;
        for (Object parameter : parameters) {
            switch (parameter) {
                case LocalDate date -> statement.setObject(index, date);
                case OffsetDateTime time -> statement.setObject(index, time);
                case UUID uuid -> statement.setObject(index, uuid);
                case Boolean bool -> statement.setBoolean(index, bool);
                case java.math.BigDecimal number -> statement.setBigDecimal(index, number);
                default -> statement.setString(index, (String) parameter);
            }
            index++;
        }
        return index;
    }

    private static Map<String, Object> select(Map<String, Object> record, Set<String> fields) {
        if (fields.isEmpty()) {
            return record;
        }
        var selected = new LinkedHashMap<String, Object>();
        fields.forEach(field -> {
            if (record.containsKey(field)) {
                selected.put(field, record.get(field));
            }
        });
        return selected;
    }
}
