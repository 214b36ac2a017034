package fi.kasvu.ui.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fi.kasvu.platform.oneroster.rest.IntegrationApp;
import fi.kasvu.platform.oneroster.rest.IntegrationApps;
import fi.kasvu.platform.tenancy.TenantId;

/**
 * The registered, unrevoked app of a token's client, remembered for {@link #TTL} per tenant and client so that the
 * API does not read the table on every request; a revoked app is refused on every node within that time (and its
 * client gets no new tokens at once).
 */
final class AppLookup {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MOST_ENTRIES = 10_000;

    private final IntegrationApps apps;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    AppLookup(IntegrationApps apps) {
        this.apps = apps;
    }

    Optional<IntegrationApp> active(TenantId tenant, String clientId) {
        long now = System.nanoTime();
        String key = tenant.slug() + ":" + clientId;
        Entry entry = cache.get(key);
        if (entry == null || now - entry.readAt() > TTL.toNanos()) {
            if (cache.size() > MOST_ENTRIES) {
                cache.clear();
            }
            entry = new Entry(apps.active(tenant, clientId), now);
            cache.put(key, entry);
        }
        return entry.app();
    }

    private record Entry(Optional<IntegrationApp> app, long readAt) {
    }
}
