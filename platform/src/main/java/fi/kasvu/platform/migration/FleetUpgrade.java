package fi.kasvu.platform.migration;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import liquibase.Scope;
import liquibase.SingletonScopeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Upgrades every tenant schema to the tenant changelog as a job, never as a loop at start-up. The plan and each
 * tenant's status live in the control plane, so a job survives the crash of the node running it: any node resumes
 * it, taking over tenants whose claim has lapsed. A failing tenant is recorded and the job goes on. While a tenant
 * is migrated its requests are answered 503 with Retry-After. Several nodes may work on one job at once.
 */
@Service
public class FleetUpgrade {

    private static final Logger log = LoggerFactory.getLogger(FleetUpgrade.class);
    private static final int MAX_ERROR_LENGTH = 2_000;

    private final JdbcClient jdbc;
    private final TenantRegistry registry;
    private final TenantMigrations migrations;
    private final MigrationSettings settings;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    FleetUpgrade(JdbcClient jdbc, TenantRegistry registry, TenantMigrations migrations, MigrationSettings settings) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.migrations = migrations;
        this.settings = settings;
    }

    /** Plans an upgrade of every live tenant to the configured tenant changelog and runs it to the end. */
    public FleetUpgradeReport upgradeFleet() {
        return run(plan(settings.tenantChangelog(), settings.fleetParallelism()));
    }

    /**
     * Records an upgrade of every tenant that is active or suspended (tenants being provisioned migrate themselves)
     * with each tenant pending. Only one upgrade can be running at a time.
     */
    public UUID plan(String changelog, int parallelism) {
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be between 1 and 64, was " + parallelism);
        }
        String target = migrations.targetVersion(changelog);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO platform.fleet_upgrade (id, changelog, target, parallelism, status)
                    VALUES (?, ?, ?, ?, 'RUNNING')""").params(id, changelog, target, parallelism).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("a fleet upgrade is already running: " + running().orElse(null));
        }
        int tenants = jdbc.sql("""
                INSERT INTO platform.fleet_upgrade_tenant (upgrade_id, tenant_id, status)
                SELECT ?, id, 'PENDING' FROM platform.tenant WHERE status IN ('ACTIVE', 'SUSPENDED')""")
                .param(id).update();
        log.info("fleet upgrade {} planned: {} tenants to {}", id, tenants, target);
        return id;
    }

    /** The upgrade that is running, if any: after a crash, pass it to {@link #run} on any node to resume it. */
    public Optional<UUID> running() {
        return jdbc.sql("SELECT id FROM platform.fleet_upgrade WHERE status = 'RUNNING'").query(UUID.class).optional();
    }

    /** Resumes the running upgrade, if there is one. */
    public Optional<FleetUpgradeReport> resume() {
        return running().map(this::run);
    }

    /**
     * Works on the upgrade until no tenant is left pending: claims tenants one at a time, with the planned number of
     * workers, and returns the report once the upgrade has ended.
     */
    public FleetUpgradeReport run(UUID upgradeId) {
        var upgrade = jdbc.sql("SELECT changelog, target, parallelism FROM platform.fleet_upgrade WHERE id = ?")
                .param(upgradeId)
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .optional().orElseThrow(() -> new IllegalArgumentException("there is no fleet upgrade " + upgradeId));
        ExecutorService workers = Executors.newFixedThreadPool(upgrade.parallelism(), workerThreads());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < upgrade.parallelism(); i++) {
                running.add(workers.submit(() -> work(upgradeId, upgrade)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fleet upgrade " + upgradeId + " interrupted; resume it later", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("fleet upgrade " + upgradeId + " stopped: " + e.getCause().getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
        finishIfDone(upgradeId);
        return report(upgradeId).orElseThrow();
    }

    /** Puts the tenants that failed back in the queue and runs the upgrade again. */
    public FleetUpgradeReport retryFailed(UUID upgradeId) {
        jdbc.sql("UPDATE platform.fleet_upgrade SET status = 'RUNNING', finished_at = NULL WHERE id = ?")
                .param(upgradeId).update();
        jdbc.sql("""
                UPDATE platform.fleet_upgrade_tenant SET status = 'PENDING', error = NULL
                WHERE upgrade_id = ? AND status = 'FAILED'""").param(upgradeId).update();
        return run(upgradeId);
    }

    public Optional<FleetUpgradeReport> report(UUID upgradeId) {
        return FleetUpgradeReport.read(jdbc, upgradeId);
    }

    private void work(UUID upgradeId, Plan plan) {
        // Liquibase keeps its scope per thread family; each worker gets its own
        Scope.setScopeManager(new SingletonScopeManager());
        Optional<Claim> claim;
        while ((claim = claimNext(upgradeId)).isPresent()) {
            migrateClaimed(upgradeId, plan, claim.get());
        }
    }

    private Optional<Claim> claimNext(UUID upgradeId) {
        return jdbc.sql("""
                UPDATE platform.fleet_upgrade_tenant f
                SET status = 'RUNNING', claimed_by = :node, started_at = now(), finished_at = NULL,
                    attempts = attempts + 1
                FROM platform.tenant t
                WHERE t.id = f.tenant_id AND (f.upgrade_id, f.tenant_id) = (
                    SELECT upgrade_id, tenant_id FROM platform.fleet_upgrade_tenant
                    WHERE upgrade_id = :upgrade
                      AND (status = 'PENDING'
                           OR (status = 'RUNNING' AND started_at < now() - make_interval(secs => :lease)))
                    ORDER BY tenant_id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING t.slug, t.schema_version""")
                .param("node", node)
                .param("upgrade", upgradeId)
                .param("lease", (double) settings.claimLease().toSeconds())
                .query((rs, n) -> new Claim(TenantId.of(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    private void migrateClaimed(UUID upgradeId, Plan plan, Claim claim) {
        TenantId tenantId = claim.tenantId();
        if (plan.target().equals(claim.schemaVersion())) {
            record(upgradeId, tenantId, "SUCCEEDED", null);
            return;
        }
        registry.markUnderMaintenance(tenantId, true);
        MDC.put("tenant", tenantId.slug());
        try {
            migrations.migrate(tenantId, plan.changelog());
            record(upgradeId, tenantId, "SUCCEEDED", null);
        } catch (RuntimeException e) {
            log.warn("fleet upgrade {}: tenant {} failed and is left at its previous version: {}", upgradeId,
                    tenantId, e.getMessage());
            record(upgradeId, tenantId, "FAILED", e.getMessage());
        } finally {
            registry.markUnderMaintenance(tenantId, false);
            MDC.remove("tenant");
        }
    }

    private void record(UUID upgradeId, TenantId tenantId, String status, String error) {
        jdbc.sql("""
                UPDATE platform.fleet_upgrade_tenant SET status = ?, error = ?, finished_at = now()
                WHERE upgrade_id = ? AND tenant_id = (SELECT id FROM platform.tenant WHERE slug = ?)""")
                .params(status, error == null ? null : truncate(error), upgradeId, tenantId.slug()).update();
    }

    private void finishIfDone(UUID upgradeId) {
        jdbc.sql("""
                UPDATE platform.fleet_upgrade u
                SET status = CASE WHEN EXISTS (SELECT 1 FROM platform.fleet_upgrade_tenant f
                                               WHERE f.upgrade_id = u.id AND f.status = 'FAILED')
                                  THEN 'FAILED' ELSE 'SUCCEEDED' END,
                    finished_at = now()
                WHERE id = ? AND status = 'RUNNING'
                  AND NOT EXISTS (SELECT 1 FROM platform.fleet_upgrade_tenant f
                                  WHERE f.upgrade_id = u.id AND f.status IN ('PENDING', 'RUNNING'))""")
                .param(upgradeId).update();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "...";
    }

    private static ThreadFactory workerThreads() {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, "fleet-upgrade-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Plan(String changelog, String target, int parallelism) {
    }

    private record Claim(TenantId tenantId, String schemaVersion) {
    }
}
