package fi.kasvu.provisioning.onboarding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a platform operator does to a municipality: retry its provisioning, suspend, resume, delete. Every action is
 * written to the operator audit (which the database refuses to update or delete) before it is carried out, with the
 * operator's name, so that even an action that fails is on record.
 */
@Service
public class TenantOperations {

    private final JdbcClient jdbc;
    private final TenantRegistry registry;
    private final Onboarding onboarding;
    private final TenantRemoval removal;

    TenantOperations(JdbcClient jdbc, TenantRegistry registry, Onboarding onboarding, TenantRemoval removal) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.onboarding = onboarding;
        this.removal = removal;
    }

    /** Every municipality, with its sign-up's steps where it came through sign-up. */
    public List<TenantOverview> overview() {
        return registry.all().stream()
                .map(tenant -> new TenantOverview(tenant, onboarding.statusOf(tenant.tenantId())))
                .toList();
    }

    /** Sign-ups that failed before registering their municipality; retry and delete work on them by slug. */
    public List<SignupStatus> unregisteredSignups() {
        return onboarding.unregistered();
    }

    public SignupStatus retry(String operator, TenantId tenantId) {
        SignupStatus status = onboarding.statusOf(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("'" + tenantId + "' did not come through sign-up"));
        audit(operator, "RETRY_PROVISIONING", tenantId, "sign-up " + status.id());
        return onboarding.retry(status.id());
    }

    public void suspend(String operator, TenantId tenantId, String reason) {
        audit(operator, "SUSPEND", tenantId, reason == null ? "" : reason);
        registry.suspend(tenantId);
    }

    public void resume(String operator, TenantId tenantId) {
        audit(operator, "RESUME", tenantId, "");
        registry.resume(tenantId);
    }

    public void delete(String operator, TenantId tenantId) {
        audit(operator, "DELETE", tenantId, "");
        removal.remove(tenantId);
    }

    /** The newest entries of the operator audit first. */
    public List<AuditEntry> audit(int limit) {
        return jdbc.sql("""
                SELECT at, operator, action, tenant_slug, detail FROM platform.operator_audit
                ORDER BY id DESC LIMIT ?""")
                .param(Math.max(1, Math.min(limit, 1_000)))
                .query((rs, n) -> new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private void audit(String operator, String action, TenantId tenantId, String detail) {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("an operator action needs the operator's name for the audit");
        }
        jdbc.sql("INSERT INTO platform.operator_audit (operator, action, tenant_slug, detail) VALUES (?, ?, ?, ?)")
                .params(operator, action, tenantId.slug(), detail).update();
    }

    /** A municipality as the operator console lists it. */
    public record TenantOverview(Tenant tenant, Optional<SignupStatus> signup) {
    }

    /** One recorded operator action. */
    public record AuditEntry(Instant at, String operator, String action, String tenant, String detail) {
    }
}
