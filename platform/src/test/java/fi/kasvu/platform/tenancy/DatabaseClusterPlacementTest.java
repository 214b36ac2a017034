package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabase;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.database.DatabaseClusters;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tenants placed on a second PostgreSQL cluster: their data lives there, through one more pool, not one per tenant. */
@SpringBootTest(classes = PlatformTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DatabaseClusterPlacementTest {

    static final String SECOND_URL = TestDatabase.get().newDatabaseUrl();

    @DynamicPropertySource
    static void secondCluster(DynamicPropertyRegistry properties) {
        properties.add("kasvu.clusters.second.url", () -> SECOND_URL);
        properties.add("kasvu.clusters.second.username", () -> TestDatabase.get().user());
        properties.add("kasvu.clusters.second.max-pool-size", () -> "4");
    }

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired DatabaseClusters clusters;

    @Test
    void tenantsOnTheSecondClusterKeepTheirDataThereThroughOnePool() throws SQLException {
        List<TenantId> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TenantId tenant = TenantFixture.uniqueSlug("second");
            registry.register(tenant, "Second " + i, "second");
            migrations.migrate(tenant);
            registry.activate(tenant);
            context.runAs(tenant, () -> schools.addSchool("Koulu " + tenant.slug(), SchoolKind.BASIC));
            placed.add(tenant);
        }

        for (TenantId tenant : placed) {
            List<String> names = new ArrayList<>();
            context.runAs(tenant, () -> schools.schools().stream().map(SchoolSummary::name).forEach(names::add));
            assertThat(names).containsExactly("Koulu " + tenant.slug());
            assertThat(schemaExists(SECOND_URL, tenant.schemaName())).isTrue();
            assertThat(schemaExists(TestDatabase.get().jdbcUrl(), tenant.schemaName())).isFalse();
        }
        assertThat(clusters.openedPools()).isEqualTo(1);
        assertThat(clusters.names()).containsExactly("primary", "second");
    }

    @Test
    void aClusterNobodyConfiguredCannotTakeTenants() {
        assertThatThrownBy(() -> registry.register(TenantFixture.uniqueSlug("nowhere"), "Nowhere", "third"))
                .hasMessage("There is no database cluster 'third'.");
    }

    private static boolean schemaExists(String url, String schema) throws SQLException {
        try (var connection = DriverManager.getConnection(url, TestDatabase.get().user(), "");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema);
            return statement.executeQuery().next();
        }
    }
}
