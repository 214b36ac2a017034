package fi.kasvu.ui.security;

/**
 * Token buckets, one per key: each holds up to a minute's worth of requests and refills continuously at the rate, so
 * an app may burst up to its limit and then goes at its rate. Keys carry the tenant, so no two municipalities ever
 * share a bucket.
 */
interface RateLimits {

    /** Takes a token from the key's bucket of {@code perMinute}; when empty, says how long until one is there. */
    Decision take(String key, int perMinute);

    /** @param retryAfterSeconds 0 when allowed, else the whole seconds until a request would be allowed */
    record Decision(boolean allowed, long retryAfterSeconds) {
    }
}
