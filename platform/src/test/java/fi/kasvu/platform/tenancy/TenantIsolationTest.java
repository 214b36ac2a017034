package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** What one municipality writes, another never sees: through JPA, native SQL, HTTP and reused pool connections. */
@PlatformTest
class TenantIsolationTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired TenantConnections connections;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource primaryPool;
    @LocalServerPort int port;

    TenantId espoo;
    TenantId oulu;

    @BeforeEach
    void twoMunicipalities() {
        espoo = TenantFixture.activeMunicipality(registry, migrations, "espoo");
        oulu = TenantFixture.activeMunicipality(registry, migrations, "oulu");
        context.runAs(espoo, () -> schools.addSchool("Espoon koulu", SchoolKind.BASIC));
        context.runAs(oulu, () -> schools.addSchool("Oulun lukio", SchoolKind.UPPER_SECONDARY));
    }

    @Test
    void jpaReadsOnlyTheBoundTenantsSchema() {
        assertThat(names(espoo)).containsExactly("Espoon koulu");
        assertThat(names(oulu)).containsExactly("Oulun lukio");
    }

    @Test
    void nativeSqlReadsOnlyTheTenantsSchema() throws SQLException {
        connections.withConnection(espoo, c -> c.createStatement()
                .executeUpdate("INSERT INTO school (id, name, kind) VALUES (gen_random_uuid(), 'Native', 'BASIC')"));

        assertThat(nativeNames(espoo)).containsExactlyInAnyOrder("Espoon koulu", "Native");
        assertThat(nativeNames(oulu)).containsExactly("Oulun lukio");
    }

    @Test
    void httpOnATenantsHostServesOnlyThatTenant() {
        var client = new HostClient(port);
        var espooSchools = client.get(espoo.slug() + ".kasvu.test", "/api/schools");
        var ouluSchools = client.get(oulu.slug() + ".kasvu.test", "/api/schools");

        assertThat(espooSchools.statusCode()).isEqualTo(200);
        assertThat(espooSchools.body()).contains("Espoon koulu").doesNotContain("Oulun lukio");
        assertThat(ouluSchools.statusCode()).isEqualTo(200);
        assertThat(ouluSchools.body()).contains("Oulun lukio").doesNotContain("Espoon koulu");
    }

    @Test
    void aTransactionThatFailsMidwayLeavesNothingForTheNextTenantOnTheSameConnections() {
        assertThatThrownBy(() -> context.runAs(espoo, () -> transactions.executeWithoutResult(status -> {
            schools.addSchool("Half-written", SchoolKind.BASIC);
            schools.addSchool("Espoon koulu", SchoolKind.BASIC);
        }))).hasMessageContaining("there is already a school called 'Espoon koulu'");

        // more rounds than the pool has connections, so every pooled connection is handed out again
        for (int round = 0; round < 20; round++) {
            assertThat(names(oulu)).containsExactly("Oulun lukio");
            assertThat(names(espoo)).containsExactly("Espoon koulu");
        }
    }

    @Test
    void aConnectionReturnedInsideAFailedTransactionIsCleanForTheNextTenant() throws SQLException {
        Set<Integer> pids = new HashSet<>();
        connections.withConnection(espoo, c -> {
            pids.add(backendPid(c));
            c.setAutoCommit(false);
            c.createStatement().executeUpdate(
                    "INSERT INTO school (id, name, kind) VALUES (gen_random_uuid(), 'Uncommitted', 'BASIC')");
            assertThatThrownBy(() -> c.createStatement().execute("SELECT * FROM no_such_table"))
                    .isInstanceOf(SQLException.class);
            return null; // returned dirty: in an aborted transaction, uncommitted work, search path on espoo
        });

        for (int round = 0; round < 20; round++) {
            assertThat(nativeNames(oulu)).containsExactly("Oulun lukio");
        }
        assertThat(nativeNames(espoo)).containsExactly("Espoon koulu");
    }

    @Test
    void aConnectionThatCannotBeResetIsEvictedNotHandedOn() throws SQLException {
        var pool = (HikariDataSource) primaryPool;
        int killed = connections.withConnection(espoo, c -> {
            int pid = backendPid(c);
            try (Connection other = primaryPool.getConnection()) {
                other.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            return pid;
        });

        List<Integer> seen = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            seen.add(connections.withConnection(oulu, TenantIsolationTest::backendPid));
        }
        assertThat(seen).doesNotContain(killed);
        assertThat(pool.getHikariPoolMXBean().getTotalConnections())
                .isLessThanOrEqualTo(pool.getMaximumPoolSize());
    }

    @Test
    void withNoTenantBoundTenantDataCannotBeReached() {
        assertThatThrownBy(() -> schools.schools()).hasRootCauseInstanceOf(TenantContext.NoTenantBoundException.class);
    }

    @Test
    void anUnboundPoolConnectionSeesNoTenantsTables() throws SQLException {
        try (Connection c = primaryPool.getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT * FROM school"))
                    .hasMessageContaining("relation \"school\" does not exist");
        }
    }

    private List<String> names(TenantId tenantId) {
        List<String> names = new ArrayList<>();
        context.runAs(tenantId, () -> schools.schools().stream().map(SchoolSummary::name).forEach(names::add));
        return names;
    }

    private List<String> nativeNames(TenantId tenantId) throws SQLException {
        return connections.withConnection(tenantId, c -> {
            List<String> names = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT name FROM school ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static int backendPid(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
