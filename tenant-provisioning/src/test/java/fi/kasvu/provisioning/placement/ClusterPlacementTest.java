package fi.kasvu.provisioning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kasvu.platform.OwnDatabaseInitializer;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabase;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class ClusterPlacementTest {

    static final String SECOND_URL = TestDatabase.get().newDatabaseUrl();

    @DynamicPropertySource
    static void secondCluster(DynamicPropertyRegistry properties) {
        properties.add("kasvu.clusters.second.url", () -> SECOND_URL);
        properties.add("kasvu.clusters.second.username", () -> TestDatabase.get().user());
    }

    @Autowired ClusterPlacement placement;
    @Autowired TenantRegistry registry;

    @Test
    void newMunicipalitiesGoToTheLeastLoadedClusterAndDeletedOnesDoNotCount() {
        assertThat(placement.clusterForNewTenant()).isEqualTo("primary");
        TenantId first = place();
        assertThat(registry.get(first).cluster()).isEqualTo("primary");

        assertThat(placement.clusterForNewTenant()).isEqualTo("second");
        TenantId second = place();
        assertThat(registry.get(second).cluster()).isEqualTo("second");

        assertThat(placement.clusterForNewTenant()).isEqualTo("primary"); // a tie goes to the primary cluster
        TenantId third = place();
        assertThat(registry.get(third).cluster()).isEqualTo("primary");
        assertThat(placement.clusterForNewTenant()).isEqualTo("second");

        registry.changeStatus(first, TenantStatus.DELETED);
        registry.changeStatus(third, TenantStatus.DELETED);
        assertThat(placement.clusterForNewTenant()).isEqualTo("primary");
    }

    private TenantId place() {
        TenantId tenantId = TenantFixture.uniqueSlug("placed");
        registry.register(tenantId, "Placed", placement.clusterForNewTenant());
        return tenantId;
    }
}
