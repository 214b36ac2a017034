package fi.kasvu.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.OwnDatabaseInitializer;
import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The fleet upgrade on a registry of its own: it goes on past failures, reports them and resumes after a crash. */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class FleetUpgradeTest {

    static final String NEXT = "db/changelog/test/tenant-next.xml";
    static final String SLOW = "db/changelog/test/tenant-slow.xml";
    static final String SLOW_FREE_NEXT = "db/changelog/test/tenant-next-next.xml";

    @Autowired FleetUpgrade fleet;
    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void onlyThisTestsTenantsAreLive() {
        // earlier tests' tenants leave the fleet, so each test sees exactly the tenants it made
        registry.withStatus(TenantStatus.ACTIVE).forEach(t -> registry.changeStatus(t.tenantId(), TenantStatus.DELETED));
    }

    @Test
    void upgradesEveryTenantGoesOnPastAFailingOneAndReportsIt() throws SQLException {
        List<TenantId> tenants = municipalities(5);
        TenantId broken = tenants.get(2);
        connections.withConnection(broken, c -> c.createStatement()
                .execute("CREATE TABLE school_phone (id int)")); // the new changeset will collide with it

        FleetUpgradeReport report = fleet.run(fleet.plan(NEXT, 2));

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.failed()).extracting(FleetUpgradeReport.TenantStatus::tenantId).containsExactly(broken);
        assertThat(report.failed().get(0).error()).contains("school_phone").contains("already exists");
        assertThat(report.count("SUCCEEDED")).isEqualTo(4);
        for (TenantId tenant : tenants) {
            assertThat(hasNewChangeset(tenant)).as(tenant.slug()).isEqualTo(!tenant.equals(broken));
            assertThat(registry.get(tenant).underMaintenance()).isFalse();
        }
        assertThat(registry.get(broken).schemaVersion()).isEqualTo(migrations.targetVersion());
        assertThat(registry.get(tenants.get(0)).schemaVersion()).isEqualTo(migrations.targetVersion(NEXT));
    }

    @Test
    void retryingAfterTheCauseIsFixedFinishesOnlyTheFailedTenants() throws SQLException {
        List<TenantId> tenants = municipalities(3);
        TenantId broken = tenants.get(1);
        connections.withConnection(broken, c -> c.createStatement().execute("CREATE TABLE school_phone (id int)"));
        UUID upgrade = fleet.plan(NEXT, 2);
        assertThat(fleet.run(upgrade).status()).isEqualTo("FAILED");

        connections.withConnection(broken, c -> c.createStatement().execute("DROP TABLE school_phone"));
        FleetUpgradeReport report = fleet.retryFailed(upgrade);

        assertThat(report.status()).isEqualTo("SUCCEEDED");
        assertThat(tenants).allSatisfy(t -> assertThat(hasNewChangeset(t)).isTrue());
        assertThat(report.tenants()).extracting(FleetUpgradeReport.TenantStatus::attempts)
                .containsExactlyInAnyOrderElementsOf(List.of(1, 2, 1));
    }

    @Test
    void resumesAfterACrashTakingOverLapsedClaimsAndSkippingFinishedTenants() {
        List<TenantId> tenants = municipalities(4);
        UUID upgrade = fleet.plan(NEXT, 2);
        // the node that ran it had finished one tenant and claimed two others when it died an hour ago
        migrations.migrate(tenants.get(0), NEXT);
        setRow(upgrade, tenants.get(0), "SUCCEEDED", "now() - interval '1 hour'", 1);
        setRow(upgrade, tenants.get(1), "RUNNING", "now() - interval '1 hour'", 1);
        setRow(upgrade, tenants.get(2), "RUNNING", "now() - interval '1 hour'", 1);

        FleetUpgradeReport report = fleet.resume().orElseThrow();

        assertThat(report.id()).isEqualTo(upgrade);
        assertThat(report.status()).isEqualTo("SUCCEEDED");
        assertThat(report.tenants()).extracting(t -> t.tenantId().slug() + "=" + t.attempts()).containsExactlyInAnyOrder(
                tenants.get(0).slug() + "=1", tenants.get(1).slug() + "=2", tenants.get(2).slug() + "=2",
                tenants.get(3).slug() + "=1");
        assertThat(tenants).allSatisfy(t -> assertThat(hasNewChangeset(t)).isTrue());
        assertThat(fleet.running()).isEmpty();
    }

    @Test
    void aTenantClaimedByANodeThatIsStillWorkingIsNotTakenOver() {
        List<TenantId> tenants = municipalities(2);
        UUID upgrade = fleet.plan(NEXT, 1);
        setRow(upgrade, tenants.get(0), "RUNNING", "now()", 1);

        FleetUpgradeReport report = fleet.run(upgrade);

        assertThat(report.status()).isEqualTo("RUNNING");
        assertThat(hasNewChangeset(tenants.get(0))).isFalse();
        assertThat(hasNewChangeset(tenants.get(1))).isTrue();
        setRow(upgrade, tenants.get(0), "RUNNING", "now() - interval '1 day'", 1);
        assertThat(fleet.run(upgrade).status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void parallelUpgradesLeaveNoSchemaLockedAndTheNextUpgradeRunsAtOnce() {
        List<TenantId> tenants = municipalities(24);

        assertThat(fleet.run(fleet.plan(NEXT, 8)).status()).isEqualTo("SUCCEEDED");
        assertThat(tenants).allSatisfy(t -> assertThat(liquibaseLocked(t)).as(t.slug()).isFalse());

        long started = System.nanoTime();
        FleetUpgradeReport again = fleet.run(fleet.plan(SLOW_FREE_NEXT, 8));
        assertThat(again.status()).isEqualTo("SUCCEEDED");
        assertThat(again.count("SUCCEEDED")).isEqualTo(24);
        // a schema whose lock had been left set would make its next migration wait minutes
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(60));
    }

    @Test
    void onlyOneUpgradeRunsAtATime() {
        municipalities(1);
        UUID first = fleet.plan(NEXT, 1);

        assertThatThrownBy(() -> fleet.plan(NEXT, 1)).hasMessage("a fleet upgrade is already running: " + first);
        assertThatThrownBy(() -> fleet.plan(NEXT, 0)).hasMessageContaining("parallelism must be between 1 and 64");
        fleet.run(first);
    }

    @Test
    void aTenantBeingMigratedAnswers503WhileOthersAreServed() throws Exception {
        List<TenantId> tenants = municipalities(2);
        var client = new HostClient(port);
        UUID upgrade = fleet.plan(SLOW, 1);

        CompletableFuture<FleetUpgradeReport> running = CompletableFuture.supplyAsync(() -> fleet.run(upgrade));
        int unavailable = 0;
        int served = 0;
        while (!running.isDone()) {
            for (TenantId tenant : tenants) {
                var response = client.get(tenant.slug() + ".kasvu.test", "/api/schools");
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    unavailable++;
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                    served++;
                }
            }
            Thread.sleep(50);
        }

        assertThat(running.get().status()).isEqualTo("SUCCEEDED");
        assertThat(unavailable).isPositive();
        assertThat(served).isPositive(); // with one worker, one tenant is served while the other migrates
        for (TenantId tenant : tenants) {
            assertThat(client.get(tenant.slug() + ".kasvu.test", "/api/schools").statusCode()).isEqualTo(200);
        }
    }

    private List<TenantId> municipalities(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> TenantFixture.activeMunicipality(registry, migrations, "fleet"))
                .toList();
    }

    private void setRow(UUID upgrade, TenantId tenant, String status, String startedAt, int attempts) {
        jdbc.sql("UPDATE platform.fleet_upgrade_tenant SET status = ?, attempts = ?, claimed_by = 'crashed-node', "
                        + "started_at = " + startedAt
                        + " WHERE upgrade_id = ? AND tenant_id = (SELECT id FROM platform.tenant WHERE slug = ?)")
                .params(status, attempts, upgrade, tenant.slug()).update();
    }

    private boolean liquibaseLocked(TenantId tenant) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("\"" + tenant.schemaName() + "\".databasechangeloglock")
                .query(Boolean.class).single()
                && jdbc.sql("SELECT count(*) FROM \"" + tenant.schemaName() + "\".databasechangeloglock WHERE locked")
                .query(Integer.class).single() > 0;
    }

    private boolean hasNewChangeset(TenantId tenant) {
        try {
            return connections.withConnection(tenant, c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM databasechangelog WHERE id = 'test-next-school-phone'")) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
