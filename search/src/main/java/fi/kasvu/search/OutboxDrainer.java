package fi.kasvu.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains every active tenant's outbox in the background, one tenant after another, each time the interval has passed.
 * While the engine does not answer, the wait doubles up to {@code kasvu.search.max-backoff}, and the outage is logged
 * once when it starts and once when it ends, not at every attempt.
 */
@Component
class OutboxDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

    private final SearchIndexing indexing;
    private final TenantRegistry registry;
    private final SearchSettings settings;
    private final SearchIndex index;
    private ScheduledExecutorService executor;
    private final java.util.Map<String, String> lastFailure = new java.util.concurrent.ConcurrentHashMap<>();
    private Duration backoff = Duration.ZERO;
    private long outageStarted;

    OutboxDrainer(SearchIndexing indexing, TenantRegistry registry, SearchSettings settings, SearchIndex index) {
        this.indexing = indexing;
        this.registry = registry;
        this.settings = settings;
        this.index = index;
    }

    @Override
    public synchronized void start() {
        if (!settings.indexerEnabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kasvu-search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        executor.schedule(this::round, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("search indexer started ({}), draining every {}", index.engine(), settings.interval());
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void round() {
        try {
            for (Tenant tenant : registry.withStatus(TenantStatus.ACTIVE)) {
                drain(tenant);
            }
            if (!backoff.isZero()) {
                log.info("search engine ({}) answers again after {} s; the outboxes are caught up", index.engine(),
                        (System.nanoTime() - outageStarted) / 1_000_000_000);
                backoff = Duration.ZERO;
            }
        } catch (SearchUnavailableException e) {
            if (backoff.isZero()) {
                outageStarted = System.nanoTime();
                log.warn("search engine ({}) does not answer; changes wait in the outboxes: {}", index.engine(),
                        e.getMessage());
            }
            backoff = backoff.isZero() ? settings.interval() : min(backoff.multipliedBy(2), settings.maxBackoff());
        } catch (RuntimeException e) {
            log.warn("search indexer round failed: {}", e.toString());
        } finally {
            schedule();
        }
    }

    private void drain(Tenant tenant) {
        MDC.put("tenant", tenant.slug());
        try {
            indexing.drain(tenant.tenantId());
            if (lastFailure.remove(tenant.slug()) != null) {
                log.info("the search outbox drains again");
            }
        } catch (SearchUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // one tenant's failure (a schema being migrated, say) does not hold up the others; said once, not per round
            if (!e.toString().equals(lastFailure.put(tenant.slug(), e.toString()))) {
                log.warn("draining the search outbox failed: {}", e.toString());
            }
        } finally {
            MDC.remove("tenant");
        }
    }

    private synchronized void schedule() {
        if (executor != null && !executor.isShutdown()) {
            Duration wait = backoff.isZero() ? settings.interval() : backoff;
            executor.schedule(this::round, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
