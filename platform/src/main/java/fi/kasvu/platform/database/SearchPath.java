package fi.kasvu.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The one place that points a pooled connection at a schema and back. A connection not bound to a tenant
 * searches only {@value #NONE}, a schema that never exists, so an unqualified table name fails instead of
 * reaching some tenant's data.
 */
public final class SearchPath {

    public static final String NONE = "kasvu_no_tenant";

    /** Kasvu's schema names: the control plane, or t_ and a registry slug. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("platform|t_[a-z][a-z0-9-]{1,39}");

    private SearchPath() {
    }

    public static void bind(Connection connection, String schema) throws SQLException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("'" + schema + "' is not a Kasvu schema name");
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + schema + "\"");
        }
    }

    /**
     * Ends whatever the last user left open and unbinds the schema. Throws when the connection cannot be made
     * clean; the caller must then evict it.
     */
    public static void reset(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + NONE);
        }
    }
}
