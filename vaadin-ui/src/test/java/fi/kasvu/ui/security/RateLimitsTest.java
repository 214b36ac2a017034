package fi.kasvu.ui.security;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets in memory (on a clock the test turns) and in the real Redis on 127.0.0.1:6379. */
class RateLimitsTest {

    @Test
    void aBucketHoldsAMinutesRequestsAndRefillsAtTheRate() {
        var clock = new AtomicLong(0);
        var limits = new LocalRateLimits(clock::get);

        for (int i = 0; i < 60; i++) {
            assertThat(limits.take("espoo:app", 60).allowed()).isTrue();
        }
        RateLimits.Decision empty = limits.take("espoo:app", 60);
        assertThat(empty.allowed()).isFalse();
        assertThat(empty.retryAfterSeconds()).isEqualTo(1);
        assertThat(limits.take("vantaa:app", 60).allowed()).as("another municipality's bucket").isTrue();

        clock.addAndGet(2_000_000_000L);
        assertThat(limits.take("espoo:app", 60).allowed()).isTrue();
        assertThat(limits.take("espoo:app", 60).allowed()).isTrue();
        assertThat(limits.take("espoo:app", 60).allowed()).isFalse();
    }

    @Test
    void redisBucketsAreSharedByEveryNodeAndKeptPerKey() {
        String key = "test:" + UUID.randomUUID();
        try (var nodeA = new RedisRateLimits(RedisClient.create(URI.create("redis://127.0.0.1:6379")));
             var nodeB = new RedisRateLimits(RedisClient.create(URI.create("redis://127.0.0.1:6379")))) {
            assertThat(nodeA.take(key, 4).allowed()).isTrue();
            assertThat(nodeB.take(key, 4).allowed()).isTrue();
            assertThat(nodeA.take(key, 4).allowed()).isTrue();
            assertThat(nodeB.take(key, 4).allowed()).isTrue();

            RateLimits.Decision refused = nodeA.take(key, 4);
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfterSeconds()).isBetween(1L, 15L);
            assertThat(nodeB.take(key + ":other", 4).allowed()).isTrue();
        }
    }
}
