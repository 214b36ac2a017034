package fi.kasvu.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.HashMap;

import fi.kasvu.platform.database.DatabaseClusters;
import fi.kasvu.platform.database.QuietLiquibase;
import fi.kasvu.platform.database.SearchPath;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings one tenant's schema up to date with the tenant changelog: the API provisioning calls for a new tenant,
 * and the unit of work of the fleet upgrade. The changelog is parsed once per node, not once per tenant.
 */
@Service
public class TenantMigrations {

    static final String CHANGELOG = "db/changelog/tenant.xml";

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

    private final TenantRegistry registry;
    private final DatabaseClusters clusters;
    private final String defaultChangelog;
    private final ResourceAccessor resources = new ClassLoaderResourceAccessor();
    /** Parsed changelogs, per thread: Liquibase's changelog objects are not made to be shared between threads. */
    private final ThreadLocal<Map<String, DatabaseChangeLog>> parsed = ThreadLocal.withInitial(HashMap::new);

    TenantMigrations(TenantRegistry registry, DatabaseClusters clusters, MigrationSettings settings) {
        this.registry = registry;
        this.clusters = clusters;
        this.defaultChangelog = settings.tenantChangelog();
    }

    /** Creates the tenant's schema if it is missing and applies every pending changeset of the tenant changelog. */
    public Migrated migrate(TenantId tenantId) {
        return migrate(tenantId, defaultChangelog);
    }

    Migrated migrate(TenantId tenantId, String changelogPath) {
        Tenant tenant = registry.get(tenantId);
        // recorded once the migration's connection is back in the pool: a worker never holds two at a time
        String version = applyChangelog(tenant, changelogPath);
        registry.recordSchemaVersion(tenantId, version);
        return new Migrated(tenantId, version);
    }

    private String applyChangelog(Tenant tenant, String changelogPath) {
        TenantId tenantId = tenant.tenantId();
        try (Connection connection = clusters.pool(tenant.cluster()).getConnection()) {
            try (var statement = connection.createStatement()) {
                // the schema name comes from the registry, never from the caller
                statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + tenant.schema() + "\"");
            }
            SearchPath.bind(connection, tenant.schema());
            // one migration per schema at a time, across nodes; Liquibase's own lock is off for tenant schemas
            lockSchema(connection, tenant.schema(), true);
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(tenant.schema());
                database.setLiquibaseSchemaName(tenant.schema());
                DatabaseChangeLog changelog = changelog(changelogPath, database);
                // not closed: closing a Liquibase closes the pooled connection before its search path is reset
                QuietLiquibase.update(new Liquibase(changelog, resources, database));
                return versionOf(changelog);
            } finally {
                SearchPath.reset(connection);
                lockSchema(connection, tenant.schema(), false);
            }
        } catch (Exception e) {
            log.warn("migrating the schema failed: {}", e.getMessage());
            throw new MigrationFailedException(tenantId, e);
        }
    }

    private static void lockSchema(Connection connection, String schema, boolean lock) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + (lock ? "pg_advisory_lock" : "pg_advisory_unlock")
                + "(hashtextextended('kasvu.migrate.' || ?, 0))")) {
            statement.setString(1, schema);
            statement.execute();
        }
    }

    /** The schema version the tenant changelog leads to: its number of changesets and the last one's id. */
    public String targetVersion() {
        return targetVersion(defaultChangelog);
    }

    String targetVersion(String changelogPath) {
        return versionOf(changelog(changelogPath, null));
    }

    /** Drops the tenant's schema and everything in it; the caller removes the registry entry after. */
    public void dropSchema(TenantId tenantId) {
        Tenant tenant = registry.get(tenantId);
        try (Connection connection = clusters.pool(tenant.cluster()).getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + tenant.schema() + "\" CASCADE");
        } catch (SQLException e) {
            throw new MigrationFailedException(tenantId, e);
        }
    }

    private DatabaseChangeLog changelog(String path, Database database) {
        return parsed.get().computeIfAbsent(path, p -> parse(p, database));
    }

    private DatabaseChangeLog parse(String path, Database database) {
        try {
            var parser = ChangeLogParserFactory.getInstance().getParser(path, resources);
            return parser.parse(path, new ChangeLogParameters(database), resources);
        } catch (LiquibaseException e) {
            throw new IllegalStateException("the tenant changelog " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String versionOf(DatabaseChangeLog changelog) {
        var changeSets = changelog.getChangeSets();
        ChangeSet last = changeSets.get(changeSets.size() - 1);
        return changeSets.size() + ":" + last.getId();
    }

    /** A tenant's schema is at the given version. */
    public record Migrated(TenantId tenantId, String version) {
    }

    /** A tenant's migration did not complete; Liquibase rolled back the changeset that failed. */
    public static class MigrationFailedException extends RuntimeException {
        MigrationFailedException(TenantId tenantId, Exception cause) {
            super("migrating tenant " + tenantId.slug() + " failed: " + cause.getMessage(), cause);
        }
    }
}
