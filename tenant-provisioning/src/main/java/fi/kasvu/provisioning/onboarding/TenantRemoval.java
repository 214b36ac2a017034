package fi.kasvu.provisioning.onboarding;

import java.util.Optional;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import fi.kasvu.provisioning.billing.BillingAccounts;
import fi.kasvu.provisioning.identity.TenantRealms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Removes everything that was made for a municipality: its realm, its schema with all its data, its billing account
 * and its registry entry. The tenant is first marked DELETING (its host answers 410); each part is removed
 * idempotently, so a removal that failed halfway is simply run again.
 */
@Service
public class TenantRemoval {

    private static final Logger log = LoggerFactory.getLogger(TenantRemoval.class);

    private final TenantRegistry registry;
    private final TenantRealms realms;
    private final TenantMigrations migrations;
    private final BillingAccounts billing;
    private final Signups signups;

    TenantRemoval(TenantRegistry registry, TenantRealms realms, TenantMigrations migrations, BillingAccounts billing,
                  Signups signups) {
        this.registry = registry;
        this.realms = realms;
        this.migrations = migrations;
        this.billing = billing;
        this.signups = signups;
    }

    public void remove(TenantId tenantId) {
        Optional<Tenant> found = registry.find(tenantId);
        if (found.isPresent()) {
            Tenant tenant = found.get();
            registry.changeStatus(tenantId, TenantStatus.DELETING);
            realms.deleteRealm(tenantId);
            migrations.dropSchema(tenantId);
            billing.close(tenant.id());
            registry.remove(tenantId);
        } else {
            // a sign-up that failed before registering still holds its address until it is removed
            realms.deleteRealm(tenantId);
        }
        signups.forTenant(tenantId).ifPresent(signup -> signups.changeStatus(signup.id(), "DELETED"));
        log.info("removed municipality '{}' and everything made for it", tenantId);
    }
}
