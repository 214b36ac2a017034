package fi.kasvu.ui.security;

import java.util.List;

import redis.clients.jedis.UnifiedJedis;

/**
 * Buckets in Redis, shared by every node (with {@code kasvu.redis.url}): one hash per key holding the tokens and the
 * time of the last refill, taken atomically by a Lua script on Redis's own clock, and expired once it would be full
 * again, so idle apps leave nothing behind.
 */
final class RedisRateLimits implements RateLimits, AutoCloseable {

    static final String PREFIX = "kasvu:ratelimit:";

    private static final String TAKE = """
            local capacity = tonumber(ARGV[1])
            local now = redis.call('TIME')
            local nowMicros = tonumber(now[1]) * 1000000 + tonumber(now[2])
            local perMicro = capacity / 60000000
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or nowMicros
            tokens = math.min(capacity, tokens + math.max(0, nowMicros - at) * perMicro)
            local allowed = 0
            local waitMicros = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              waitMicros = (1 - tokens) / perMicro
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(nowMicros))
            redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMicro / 1000) + 1000)
            return {allowed, math.ceil(waitMicros / 1000000)}
            """;

    private final UnifiedJedis redis;

    RedisRateLimits(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public void close() {
        redis.close();
    }

    @Override
    public Decision take(String key, int perMinute) {
        List<?> result = (List<?>) redis.eval(TAKE, List.of(PREFIX + key), List.of(Integer.toString(perMinute)));
        boolean allowed = ((Number) result.get(0)).longValue() == 1;
        return new Decision(allowed, allowed ? 0 : Math.max(1, ((Number) result.get(1)).longValue()));
    }
}
