package fi.kasvu.platform.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.stereotype.Component;

/** Tells Hibernate which tenant a new session belongs to: the one bound to the thread. */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /** Stands for "no tenant": a session opened with it can reach no tenant's data. */
    static final String NO_TENANT = "-";

    private final TenantContext context;

    TenantIdentifierResolver(TenantContext context) {
        this.context = context;
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        return context.current().map(TenantId::slug).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return false;
    }
}
