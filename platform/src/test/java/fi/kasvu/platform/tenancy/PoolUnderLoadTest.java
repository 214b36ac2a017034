package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.OwnDatabaseInitializer;
import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * More concurrent requests on one tenant than the pool has connections, while the registry cache keeps expiring:
 * returning a connection must never need another one, or the pool deadlocks and its connections leak.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kasvu.tenancy.base-domain=kasvu.test", "kasvu.tenancy.cache-ttl=20ms",
                "spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=3000"})
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class PoolUnderLoadTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired DataSource pool;
    @LocalServerPort int port;

    @Test
    void aBusyTenantWithAnExpiringCacheNeverExhaustsThePool() throws Exception {
        TenantId tenant = TenantFixture.activeMunicipality(registry, migrations, "busy");
        var client = new HostClient(port);
        var ok = new AtomicInteger();
        var other = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(12);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            running.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    int status = client.get(tenant.slug() + ".kasvu.test", "/api/schools").statusCode();
                    (status == 200 ? ok : other).incrementAndGet();
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        threads.shutdown();

        assertThat(other.get()).isZero();
        assertThat(ok.get()).isGreaterThan(100);
        var hikari = ((HikariDataSource) pool).getHikariPoolMXBean();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (hikari.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(hikari.getActiveConnections()).isZero();
        assertThat(hikari.getTotalConnections()).isLessThanOrEqualTo(3);
    }
}
