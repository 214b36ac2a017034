package fi.kasvu.platform.migration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tenantChangelog   the Liquibase changelog of every tenant schema
 * @param fleetParallelism  how many tenants the fleet job migrates at once on one node
 * @param claimLease        after how long a tenant claimed by a node that has not finished it is taken over
 */
@ConfigurationProperties("kasvu.migration")
public record MigrationSettings(@DefaultValue(TenantMigrations.CHANGELOG) String tenantChangelog,
                                @DefaultValue("4") int fleetParallelism,
                                @DefaultValue("10m") Duration claimLease) {
}
