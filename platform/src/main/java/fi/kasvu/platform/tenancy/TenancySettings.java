package fi.kasvu.platform.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hosts map to tenants.
 *
 * @param baseDomain the platform host; a tenant lives at {@code <slug>.<baseDomain>}
 * @param cacheTtl   how long a node trusts its cached copy of a registry entry changed on another node
 */
@ConfigurationProperties("kasvu.tenancy")
public record TenancySettings(@DefaultValue("localhost") String baseDomain,
                              @DefaultValue("5s") Duration cacheTtl,
                              @DefaultValue("30") int maintenanceRetryAfterSeconds) {
}
