package fi.kasvu.platform.migration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tenantChangelog   the Liquibase changelog of every tenant schema
 * @param fleetParallelism  how many tenants the fleet job migrates at once on one node; each worker holds one
 *                          connection at a time, and on 2 cores 8 is where the job stops getting faster (see
 *                          docs/benchmarks.md). On a node that also serves requests, run the job as its own process
 *                          (docs/operations.md) or lower this below the pool size
 * @param claimLease        after how long a tenant claimed by a node that has not finished it is taken over
 */
@ConfigurationProperties("kasvu.migration")
public record MigrationSettings(@DefaultValue(TenantMigrations.CHANGELOG) String tenantChangelog,
                                @DefaultValue("8") int fleetParallelism,
                                @DefaultValue("10m") Duration claimLease) {
}
