package fi.kasvu.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.database.ControlPlaneSchema;
import fi.kasvu.platform.database.DatabaseClusters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control plane's list of municipalities: the only source of schema names, realms and placements.
 */
@Service
public class TenantRegistry {

    private static final String COLUMNS = """
            id, slug, display_name, status, schema_name, realm, database_cluster, brand_name, brand_primary_colour,
            under_maintenance, schema_version, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final TenantCache cache;

    TenantRegistry(JdbcClient jdbc, ControlPlaneSchema schema, TenancySettings settings) {
        this.jdbc = jdbc;
        this.cache = new TenantCache(settings.cacheTtl(), this::find);
    }

    /**
     * Adds a municipality in status {@link TenantStatus#PROVISIONING}, placed on the given cluster, with its
     * schema and realm named after the slug.
     */
    @Transactional(ControlPlaneSchema.TRANSACTIONS)
    public Tenant register(TenantId tenantId, String displayName, String cluster) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("The municipality needs a display name.");
        }
        Integer clusters = jdbc.sql("SELECT count(*) FROM platform.database_cluster WHERE name = ?")
                .param(cluster).query(Integer.class).single();
        if (clusters == 0) {
            throw new IllegalArgumentException("There is no database cluster '" + cluster + "'.");
        }
        try {
            jdbc.sql("""
                    INSERT INTO platform.tenant (id, slug, display_name, status, schema_name, realm, database_cluster,
                                                 brand_name, brand_primary_colour)
                    VALUES (:id, :slug, :name, 'PROVISIONING', :schema, :realm, :cluster, :name, :colour)""")
                    .param("id", UUID.randomUUID())
                    .param("slug", tenantId.slug())
                    .param("name", displayName.strip())
                    .param("schema", tenantId.schemaName())
                    .param("realm", tenantId.slug())
                    .param("cluster", cluster)
                    .param("colour", Branding.DEFAULT_COLOUR)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new SlugTakenException(tenantId);
        }
        cache.evict(tenantId);
        return find(tenantId).orElseThrow();
    }

    public Tenant register(TenantId tenantId, String displayName) {
        return register(tenantId, displayName, DatabaseClusters.PRIMARY);
    }

    /** The tenant as stored now, read from the database. */
    public Optional<Tenant> find(TenantId tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE slug = ?")
                .param(tenantId.slug()).query(TenantRegistry::tenant).optional();
    }

    /** The tenant as stored now; throws {@link UnknownTenantException} when there is none. */
    public Tenant get(TenantId tenantId) {
        return find(tenantId).orElseThrow(() -> new UnknownTenantException(tenantId.slug()));
    }

    /**
     * The tenant behind a request: the registry entry, cached on this node for a few seconds. Changes made on
     * this node are seen at once.
     */
    public Optional<Tenant> lookup(TenantId tenantId) {
        return cache.get(tenantId);
    }

    public Tenant require(TenantId tenantId) {
        return lookup(tenantId).orElseThrow(() -> new UnknownTenantException(tenantId.slug()));
    }

    public List<Tenant> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY slug").query(TenantRegistry::tenant).list();
    }

    public List<Tenant> withStatus(TenantStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE status = ? ORDER BY slug")
                .param(status.name()).query(TenantRegistry::tenant).list();
    }

    /** How many tenants that are not deleted each database cluster holds. */
    public java.util.Map<String, Integer> tenantsPerCluster() {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("""
                SELECT c.name, count(t.id) FROM platform.database_cluster c
                LEFT JOIN platform.tenant t ON t.database_cluster = c.name AND t.status <> 'DELETED'
                GROUP BY c.name""")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    public void activate(TenantId tenantId) {
        changeStatus(tenantId, TenantStatus.ACTIVE);
    }

    public void suspend(TenantId tenantId) {
        changeStatus(tenantId, TenantStatus.SUSPENDED);
    }

    public void resume(TenantId tenantId) {
        changeStatus(tenantId, TenantStatus.ACTIVE);
    }

    public void changeStatus(TenantId tenantId, TenantStatus status) {
        update(tenantId, "status = ?", status.name());
    }

    /** While a tenant's schema is being migrated its requests are answered 503 with Retry-After. */
    public void markUnderMaintenance(TenantId tenantId, boolean underMaintenance) {
        update(tenantId, "under_maintenance = ?", underMaintenance);
    }

    public void recordSchemaVersion(TenantId tenantId, String version) {
        update(tenantId, "schema_version = ?", version);
    }

    public void rebrand(TenantId tenantId, Branding branding) {
        int rows = jdbc.sql("""
                UPDATE platform.tenant SET brand_name = ?, brand_primary_colour = ?, updated_at = now()
                WHERE slug = ?""")
                .params(branding.name(), branding.primaryColour(), tenantId.slug()).update();
        requireOne(rows, tenantId);
    }

    /** The name the municipality goes by in Kasvu: its portal's banner and its sign-in pages. */
    public void rename(TenantId tenantId, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("The municipality needs a display name.");
        }
        update(tenantId, "display_name = ?", displayName.strip());
    }

    /**
     * Replaces the portal's logo. The caller has checked that the bytes are an image of the stated type; the database
     * accepts only PNG, JPEG, WebP and SVG.
     */
    public void changeLogo(TenantId tenantId, Logo logo) {
        int rows = jdbc.sql("""
                UPDATE platform.tenant SET brand_logo = ?, brand_logo_type = ?, updated_at = now() WHERE slug = ?""")
                .params(logo.bytes(), logo.mediaType(), tenantId.slug()).update();
        requireOne(rows, tenantId);
    }

    public void removeLogo(TenantId tenantId) {
        int rows = jdbc.sql("""
                UPDATE platform.tenant SET brand_logo = NULL, brand_logo_type = NULL, updated_at = now() WHERE slug = ?""")
                .param(tenantId.slug()).update();
        requireOne(rows, tenantId);
    }

    public Optional<Logo> logo(TenantId tenantId) {
        return jdbc.sql("SELECT brand_logo_type, brand_logo FROM platform.tenant WHERE slug = ? AND brand_logo IS NOT NULL")
                .param(tenantId.slug())
                .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Removes the registry entry; provisioning drops the schema and realm first. */
    public void remove(TenantId tenantId) {
        jdbc.sql("DELETE FROM platform.tenant WHERE slug = ?").param(tenantId.slug()).update();
        cache.evict(tenantId);
    }

    private void update(TenantId tenantId, String assignment, Object value) {
        int rows = jdbc.sql("UPDATE platform.tenant SET " + assignment + ", updated_at = now() WHERE slug = ?")
                .params(value, tenantId.slug()).update();
        requireOne(rows, tenantId);
    }

    private void requireOne(int rows, TenantId tenantId) {
        cache.evict(tenantId);
        if (rows != 1) {
            throw new UnknownTenantException(tenantId.slug());
        }
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        return new Tenant(
                rs.getObject("id", UUID.class),
                TenantId.of(rs.getString("slug")),
                rs.getString("display_name"),
                TenantStatus.valueOf(rs.getString("status")),
                rs.getString("schema_name"),
                rs.getString("realm"),
                rs.getString("database_cluster"),
                new Branding(rs.getString("brand_name"), rs.getString("brand_primary_colour")),
                rs.getBoolean("under_maintenance"),
                rs.getString("schema_version"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
