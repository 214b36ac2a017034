package fi.kasvu.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

/**
 * A municipality as the control plane knows it: where its data lives and how its portal looks.
 *
 * @param schema  the PostgreSQL schema holding the tenant's data; only ever taken from the registry
 * @param cluster the database cluster the schema is placed on
 */
public record Tenant(UUID id, TenantId tenantId, String displayName, TenantStatus status, String schema,
                     String realm, String cluster, Branding branding, boolean underMaintenance,
                     String schemaVersion, Instant createdAt, Instant updatedAt) {

    public String slug() {
        return tenantId.slug();
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
