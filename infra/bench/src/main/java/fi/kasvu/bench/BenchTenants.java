package fi.kasvu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import liquibase.Scope;
import liquibase.SingletonScopeManager;

/** Set-up, never measured: municipalities registered, migrated to the tenant changelog and activated. */
final class BenchTenants {

    private BenchTenants() {
    }

    static TenantId slug(String prefix, int number) {
        return TenantId.of(prefix + "-" + String.format("%03d", number));
    }

    /**
     * Creates {@code count} tenants {@code <prefix>-001...} with a few threads; {@code seed} runs after the migration,
     * before activation.
     */
    static List<TenantId> create(TenantRegistry registry, TenantMigrations migrations, String prefix, int count,
                                 int threads, Consumer<TenantId> seed) {
        var counter = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(() -> {
                // Liquibase keeps its scope per thread family; each worker gets its own, as FleetUpgrade does
                Scope.setScopeManager(new SingletonScopeManager());
                runnable.run();
            }, "bench-setup-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<TenantId>> created = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                TenantId tenantId = slug(prefix, i);
                created.add(workers.submit(() -> {
                    registry.register(tenantId, "Bench municipality " + tenantId.slug());
                    migrations.migrate(tenantId);
                    seed.accept(tenantId);
                    registry.activate(tenantId);
                    return tenantId;
                }));
            }
            List<TenantId> tenants = new ArrayList<>();
            for (Future<TenantId> future : created) {
                tenants.add(future.get());
            }
            return tenants;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("creating tenant " + prefix + "-* failed: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
