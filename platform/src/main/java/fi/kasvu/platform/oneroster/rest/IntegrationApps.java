package fi.kasvu.platform.oneroster.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * The municipality's registry of third-party apps (table {@code integration_app}): provisioning records an app once
 * its client exists and marks it revoked when the client is gone; the API's security finds the app of a token's
 * client to know its rate limit, and refuses a client that is no active app.
 */
@Service
public class IntegrationApps {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_REQUESTS_PER_MINUTE = 100_000;

    private static final String COLUMNS = "id, name, client_id, scopes, requests_per_minute, created_by, created_at, "
            + "revoked_at";

    private final TenantConnections connections;

    IntegrationApps(TenantConnections connections) {
        this.connections = connections;
    }

    public IntegrationApp record(TenantId tenant, String name, String clientId, List<String> scopes,
                                 int requestsPerMinute, String createdBy) {
        UUID id = UUID.randomUUID();
        return work(tenant, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO integration_app (id, name, "
                    + "client_id, scopes, requests_per_minute, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, clientId);
                insert.setArray(4, connection.createArrayOf("text", scopes.toArray()));
                insert.setInt(5, requestsPerMinute);
                insert.setString(6, createdBy);
                insert.executeUpdate();
            }
            return query(connection, "SELECT " + COLUMNS + " FROM integration_app WHERE id = ?", id).getFirst();
        });
    }

    /** Marks the app revoked; false when there is no such app or it was revoked already. */
    public boolean markRevoked(TenantId tenant, UUID id) {
        return work(tenant, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE integration_app SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")) {
                update.setObject(1, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    public List<IntegrationApp> all(TenantId tenant) {
        return work(tenant, connection -> query(connection, "SELECT " + COLUMNS
                + " FROM integration_app ORDER BY revoked_at IS NOT NULL, lower(name), created_at"));
    }

    public Optional<IntegrationApp> find(TenantId tenant, UUID id) {
        return work(tenant, connection -> query(connection, "SELECT " + COLUMNS + " FROM integration_app WHERE id = ?",
                id)).stream().findFirst();
    }

    /** The app whose client this is, if it is registered and not revoked. */
    public Optional<IntegrationApp> active(TenantId tenant, String clientId) {
        return work(tenant, connection -> query(connection, "SELECT " + COLUMNS
                + " FROM integration_app WHERE client_id = ? AND revoked_at IS NULL", clientId)).stream().findFirst();
    }

    public boolean nameInUse(TenantId tenant, String name) {
        return all(tenant).stream().anyMatch(app -> app.active() && app.name().equalsIgnoreCase(name.strip()));
    }

    private static List<IntegrationApp> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                var apps = new ArrayList<IntegrationApp>();
                while (rows.next()) {
                    Timestamp revoked = rows.getTimestamp("revoked_at");
                    apps.add(new IntegrationApp(rows.getObject("id", UUID.class), rows.getString("name"),
                            rows.getString("client_id"),
                            Arrays.asList((String[]) rows.getArray("scopes").getArray()),
                            rows.getInt("requests_per_minute"), rows.getString("created_by"),
                            rows.getTimestamp("created_at").toInstant(),
                            Optional.ofNullable(revoked).map(Timestamp::toInstant)));
                }
                return apps;
            }
        }
    }

    private <T> T work(TenantId tenant, TenantConnections.ConnectionWork<T> work) {
        try {
            return connections.withConnection(tenant, work);
        } catch (SQLException e) {
            throw new IllegalStateException("the apps of '" + tenant.slug() + "' could not be read or written: "
                    + e.getMessage(), e);
        }
    }
}
