package fi.kasvu.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fi.kasvu.platform.database.DatabaseClusters;
import fi.kasvu.platform.database.SearchPath;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate (and native SQL through {@link TenantConnections}) a connection from the pool of the tenant's
 * database cluster with the search path set to the tenant's schema as the registry names it. On return the
 * connection is rolled back if it was left in a transaction and unbound; one that cannot be made clean is evicted
 * from its pool so that no other tenant ever receives it.
 */
@Component
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private static final Logger log = LoggerFactory.getLogger(TenantConnectionProvider.class);

    private final DatabaseClusters clusters;
    private final TenantRegistry registry;
    /**
     * The cluster of each connection handed out, so that its return needs nothing more: a registry lookup there
     * could need a second connection from the pool while this one is still held, and under load that deadlocks.
     */
    private final Map<Connection, String> clusterOf = new ConcurrentHashMap<>();

    TenantConnectionProvider(DatabaseClusters clusters, TenantRegistry registry) {
        this.clusters = clusters;
        this.registry = registry;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection connection = clusters.pool(DatabaseClusters.PRIMARY).getConnection();
        return unboundOrEvicted(DatabaseClusters.PRIMARY, connection);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        release(DatabaseClusters.PRIMARY, connection);
    }

    @Override
    public Connection getConnection(String slug) throws SQLException {
        if (TenantIdentifierResolver.NO_TENANT.equals(slug)) {
            throw new TenantContext.NoTenantBoundException();
        }
        Tenant tenant = registry.require(TenantId.of(slug));
        Connection connection = clusters.pool(tenant.cluster()).getConnection();
        try {
            SearchPath.bind(connection, tenant.schema());
        } catch (SQLException | RuntimeException e) {
            clusters.evict(tenant.cluster(), connection);
            throw e;
        }
        clusterOf.put(connection, tenant.cluster());
        return connection;
    }

    @Override
    public void releaseConnection(String slug, Connection connection) throws SQLException {
        String cluster = clusterOf.remove(connection);
        release(cluster == null ? DatabaseClusters.PRIMARY : cluster, connection);
    }

    private void release(String cluster, Connection connection) throws SQLException {
        try {
            SearchPath.reset(connection);
        } catch (SQLException | RuntimeException e) {
            log.warn("a connection of cluster {} could not be reset and is evicted from its pool: {}", cluster,
                    e.getMessage());
            clusters.evict(cluster, connection);
            return;
        }
        connection.close();
    }

    private Connection unboundOrEvicted(String cluster, Connection connection) throws SQLException {
        try {
            SearchPath.reset(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            clusters.evict(cluster, connection);
            throw e;
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("cannot unwrap " + type);
    }
}
