package fi.kasvu.ui.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Buckets in this node's memory: the default, where one node serves (without {@code kasvu.redis.url}). */
final class LocalRateLimits implements RateLimits {

    private static final int MOST_BUCKETS = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    LocalRateLimits(LongSupplier nanos) {
        this.nanos = nanos;
    }

    @Override
    public Decision take(String key, int perMinute) {
        if (buckets.size() > MOST_BUCKETS) {
            buckets.clear(); // a full bucket is what a forgotten key gets anyway
        }
        return buckets.computeIfAbsent(key, ignored -> new Bucket(perMinute, nanos.getAsLong())).take(perMinute,
                nanos.getAsLong());
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized Decision take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)));
        }
    }
}
