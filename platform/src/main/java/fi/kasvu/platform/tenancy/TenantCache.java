package fi.kasvu.platform.tenancy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Registry entries as this node last read them. Unknown slugs are remembered too, so a stream of requests to a
 * host that is no tenant does not reach the database each time; the map is bounded for the same reason.
 */
final class TenantCache {

    private static final int MAX_ENTRIES = 20_000;

    private record Entry(Optional<Tenant> tenant, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final Function<TenantId, Optional<Tenant>> loader;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction, so that a read that raced with a change never caches what it read before it. */
    private final AtomicLong generation = new AtomicLong();

    TenantCache(Duration ttl, Function<TenantId, Optional<Tenant>> loader) {
        this.ttlNanos = ttl.toNanos();
        this.loader = loader;
    }

    Optional<Tenant> get(TenantId tenantId) {
        long now = System.nanoTime();
        Entry entry = entries.get(tenantId.slug());
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return entry.tenant();
        }
        long before = generation.get();
        Optional<Tenant> loaded = loader.apply(tenantId);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == before) {
            entries.put(tenantId.slug(), new Entry(loaded, now + ttlNanos));
        }
        return loaded;
    }

    void evict(TenantId tenantId) {
        generation.incrementAndGet();
        entries.remove(tenantId.slug());
    }
}
