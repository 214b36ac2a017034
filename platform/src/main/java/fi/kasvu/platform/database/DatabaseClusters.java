package fi.kasvu.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One connection pool per PostgreSQL cluster, never one per tenant. The primary cluster is the application's
 * own data source; further clusters are opened on first use.
 */
@Component
public class DatabaseClusters implements DisposableBean {

    public static final String PRIMARY = "primary";

    private static final Logger log = LoggerFactory.getLogger(DatabaseClusters.class);

    private final DataSource primary;
    private final Map<String, DatabaseSettings.ClusterSettings> configured;
    private final Map<String, HikariDataSource> opened = new ConcurrentHashMap<>();

    DatabaseClusters(DataSource primary, DatabaseSettings settings, ControlPlaneSchema controlPlane,
                     JdbcClient jdbc) {
        this.primary = primary;
        this.configured = settings.clusters();
        if (configured.containsKey(PRIMARY)) {
            throw new IllegalStateException("kasvu.clusters." + PRIMARY
                    + " is reserved for the application's own data source (spring.datasource.*); name the cluster otherwise");
        }
        // the registry places tenants only on clusters it knows; a node's settings say how to reach them
        configured.keySet().forEach(name -> jdbc.sql("""
                INSERT INTO platform.database_cluster (name, description) VALUES (?, 'configured as kasvu.clusters.' || ?)
                ON CONFLICT (name) DO NOTHING""").params(name, name).update());
    }

    /** The pool of the named cluster. */
    public DataSource pool(String cluster) {
        if (PRIMARY.equals(cluster)) {
            return primary;
        }
        var settings = configured.get(cluster);
        if (settings == null) {
            throw new UnknownClusterException(cluster);
        }
        return opened.computeIfAbsent(cluster, name -> open(name, settings));
    }

    /** How many pools this node has opened besides the primary one: one per cluster in use, never one per tenant. */
    public int openedPools() {
        return opened.size();
    }

    public Set<String> names() {
        var names = new TreeSet<>(configured.keySet());
        names.add(PRIMARY);
        return names;
    }

    /**
     * Removes a connection from its pool for good, for when it can no longer be trusted to be clean.
     */
    public void evict(String cluster, Connection connection) {
        if (pool(cluster) instanceof HikariDataSource hikari) {
            hikari.evictConnection(connection);
        } else {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing an evicted connection failed", e);
            }
        }
    }

    private static HikariDataSource open(String name, DatabaseSettings.ClusterSettings settings) {
        var pool = new HikariDataSource();
        pool.setPoolName("kasvu-" + name);
        pool.setJdbcUrl(settings.url());
        pool.setUsername(settings.username());
        pool.setPassword(settings.password());
        pool.setMaximumPoolSize(settings.maxPoolSize());
        log.info("opened the connection pool of database cluster {}", name);
        return pool;
    }

    @Override
    public void destroy() {
        opened.values().forEach(HikariDataSource::close);
    }

    /** A tenant is placed on a cluster this node has no settings for. */
    public static class UnknownClusterException extends IllegalStateException {
        UnknownClusterException(String cluster) {
            super("database cluster '" + cluster + "' is not configured on this node (kasvu.clusters." + cluster + ".url)");
        }
    }
}
