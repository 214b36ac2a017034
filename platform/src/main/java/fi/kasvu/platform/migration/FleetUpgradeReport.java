package fi.kasvu.platform.migration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a fleet upgrade stands: its status, and each tenant's.
 *
 * @param status RUNNING, SUCCEEDED, or FAILED when at least one tenant failed
 */
public record FleetUpgradeReport(UUID id, String target, String status, Instant createdAt, Instant finishedAt,
                                 List<TenantStatus> tenants) {

    public List<TenantStatus> failed() {
        return tenants.stream().filter(t -> t.status().equals("FAILED")).toList();
    }

    public long count(String status) {
        return tenants.stream().filter(t -> t.status().equals(status)).count();
    }

    /** One tenant's part in the upgrade. */
    public record TenantStatus(TenantId tenantId, String status, int attempts, String error) {
    }

    static Optional<FleetUpgradeReport> read(JdbcClient jdbc, UUID id) {
        var tenants = jdbc.sql("""
                SELECT t.slug, f.status, f.attempts, f.error
                FROM platform.fleet_upgrade_tenant f JOIN platform.tenant t ON t.id = f.tenant_id
                WHERE f.upgrade_id = ? ORDER BY t.slug""")
                .param(id)
                .query((rs, n) -> new TenantStatus(TenantId.of(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getString(4)))
                .list();
        return jdbc.sql("SELECT target, status, created_at, finished_at FROM platform.fleet_upgrade WHERE id = ?")
                .param(id)
                .query((rs, n) -> new FleetUpgradeReport(id, rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null),
                        tenants))
                .optional();
    }
}
