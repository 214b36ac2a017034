package fi.kasvu.platform.migration;

import liquibase.database.Database;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;

/**
 * Liquibase's changelog lock, switched off for tenant schemas. Liquibase 4.33 keeps lock state JVM-wide, so
 * updates of different schemas on parallel threads leave some schemas' {@code databasechangeloglock} set (seen in
 * the fleet benchmark: 10-40 % of schemas, each then blocking its next migration for five minutes; liquibase#4173).
 * {@link TenantMigrations} holds a PostgreSQL advisory lock per schema instead, which goes away with its session if a
 * node dies. The control plane keeps Liquibase's standard lock.
 */
public class TenantSchemaLockService implements LockService {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 5;
    }

    @Override
    public boolean supports(Database database) {
        String schema = database.getLiquibaseSchemaName();
        return schema != null && schema.startsWith("t_");
    }

    @Override
    public void setDatabase(Database database) {
        // nothing to remember: the lock lives in the migration's session
    }

    @Override
    public void setChangeLogLockWaitTime(long changeLogLockWaitTime) {
        // the advisory lock waits instead
    }

    @Override
    public void setChangeLogLockRecheckTime(long changeLogLockRecheckTime) {
        // the advisory lock waits instead
    }

    @Override
    public boolean hasChangeLogLock() {
        return true;
    }

    @Override
    public void waitForLock() {
        // held already: TenantMigrations takes the schema's advisory lock before Liquibase starts
    }

    @Override
    public boolean acquireLock() {
        return true;
    }

    @Override
    public void releaseLock() {
        // released with the advisory lock by TenantMigrations
    }

    @Override
    public DatabaseChangeLogLock[] listLocks() {
        return new DatabaseChangeLogLock[0];
    }

    @Override
    public void forceReleaseLock() {
        // nothing is held in the schema
    }

    @Override
    public void reset() {
        // no state
    }

    @Override
    public void init() {
        // no lock table is needed
    }

    @Override
    public void destroy() {
        // no lock table to drop
    }
}
