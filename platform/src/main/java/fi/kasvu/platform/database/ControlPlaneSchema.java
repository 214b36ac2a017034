package fi.kasvu.platform.database;

import java.sql.Connection;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The control plane's schema {@value #SCHEMA}, brought up to date by its own Liquibase changelog before anything
 * reads the registry. It is one schema, so this is no loop over tenants at start-up.
 */
@Component
public class ControlPlaneSchema {

    public static final String SCHEMA = "platform";
    /** The name of the control plane's transaction manager, for {@code @Transactional(ControlPlaneSchema.TRANSACTIONS)}. */
    public static final String TRANSACTIONS = "controlPlaneTransactions";
    static final String CHANGELOG = "db/changelog/platform.xml";

    private static final Logger log = LoggerFactory.getLogger(ControlPlaneSchema.class);

    ControlPlaneSchema(DataSource primary) {
        try (Connection connection = primary.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            }
            SearchPath.bind(connection, SCHEMA);
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(SCHEMA);
                database.setLiquibaseSchemaName(SCHEMA);
                // not closed: closing a Liquibase closes the pooled connection before its search path is reset
                QuietLiquibase.update(new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database));
            } finally {
                SearchPath.reset(connection);
            }
            log.info("control plane schema '{}' is up to date", SCHEMA);
        } catch (Exception e) {
            throw new IllegalStateException("could not bring the control plane schema up to date: " + e.getMessage(), e);
        }
    }
}
