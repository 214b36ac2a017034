package fi.kasvu.platform;

import java.util.UUID;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;

/** Municipalities for tests: registered, migrated and active, each under a fresh slug. */
public final class TenantFixture {

    private TenantFixture() {
    }

    public static TenantId uniqueSlug(String prefix) {
        return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static TenantId activeMunicipality(TenantRegistry registry, TenantMigrations migrations, String prefix) {
        TenantId tenantId = uniqueSlug(prefix);
        registry.register(tenantId, "Municipality " + tenantId.slug());
        migrations.migrate(tenantId);
        registry.activate(tenantId);
        return tenantId;
    }
}
