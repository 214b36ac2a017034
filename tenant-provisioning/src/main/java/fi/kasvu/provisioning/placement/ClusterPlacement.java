package fi.kasvu.provisioning.placement;

import java.util.Comparator;
import java.util.Map;

import fi.kasvu.platform.database.DatabaseClusters;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.stereotype.Service;

/**
 * Spreads municipalities over the PostgreSQL clusters this node can reach: a new one goes to the cluster holding the
 * fewest, so that 308 municipalities do not all land on the first.
 */
@Service
public class ClusterPlacement {

    private final DatabaseClusters clusters;
    private final TenantRegistry registry;

    ClusterPlacement(DatabaseClusters clusters, TenantRegistry registry) {
        this.clusters = clusters;
        this.registry = registry;
    }

    /** The cluster for a new tenant: the least loaded one, the primary cluster winning ties. */
    public String clusterForNewTenant() {
        Map<String, Integer> load = registry.tenantsPerCluster();
        return clusters.names().stream()
                .min(Comparator.<String>comparingInt(name -> load.getOrDefault(name, 0))
                        .thenComparing(name -> !DatabaseClusters.PRIMARY.equals(name))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(DatabaseClusters.PRIMARY);
    }
}
