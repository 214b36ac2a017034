package fi.kasvu.provisioning.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups and their steps in the control plane. */
@Repository
class Signups {

    private static final int MAX_ERROR_LENGTH = 2_000;

    private final JdbcClient jdbc;

    Signups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, SignupValidation.AcceptedSignup signup) {
        jdbc.sql("""
                INSERT INTO platform.signup (id, municipality, business_id, slug, admin_name, admin_email, students,
                                             plan, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROVISIONING')""")
                .params(id, signup.municipality(), signup.businessId(), signup.slug().slug(), signup.adminName(),
                        signup.adminEmail(), signup.students(), signup.plan())
                .update();
        ProvisioningStep[] steps = ProvisioningStep.values();
        for (int i = 0; i < steps.length; i++) {
            jdbc.sql("INSERT INTO platform.signup_step (signup_id, step, position, state) VALUES (?, ?, ?, 'PENDING')")
                    .params(id, steps[i].name(), i).update();
        }
    }

    Optional<Signup> find(UUID id) {
        return jdbc.sql("""
                SELECT id, municipality, business_id, slug, admin_name, admin_email, students, plan, status,
                       tenant_id, created_at
                FROM platform.signup WHERE id = ?""").param(id).query(Signups::signup).optional();
    }

    Optional<Signup> forTenant(TenantId tenantId) {
        return jdbc.sql("""
                SELECT id, municipality, business_id, slug, admin_name, admin_email, students, plan, status,
                       tenant_id, created_at
                FROM platform.signup WHERE slug = ? AND status <> 'DELETED'""")
                .param(tenantId.slug()).query(Signups::signup).optional();
    }

    /** Sign-ups that hold an address without a registered tenant: they failed before or while registering. */
    List<UUID> withoutTenant() {
        return jdbc.sql("""
                SELECT s.id FROM platform.signup s
                WHERE s.status <> 'DELETED'
                  AND NOT EXISTS (SELECT 1 FROM platform.tenant t WHERE t.slug = s.slug)
                ORDER BY s.created_at""").query(UUID.class).list();
    }

    List<SignupStatus.Step> steps(UUID id) {
        return jdbc.sql("""
                SELECT step, state, attempts, error, started_at, finished_at
                FROM platform.signup_step WHERE signup_id = ? ORDER BY position""")
                .param(id)
                .query((rs, n) -> new SignupStatus.Step(ProvisioningStep.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3), rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    /** Takes the sign-up for one runner; false when another runner holds it and its claim has not lapsed. */
    boolean claim(UUID id, String runner, Duration lease) {
        return jdbc.sql("""
                UPDATE platform.signup SET claimed_by = ?, claimed_at = now()
                WHERE id = ? AND status = 'PROVISIONING'
                  AND (claimed_by IS NULL OR claimed_at < now() - make_interval(secs => ?))""")
                .params(runner, id, (double) lease.toSeconds()).update() == 1;
    }

    void release(UUID id, String runner) {
        jdbc.sql("UPDATE platform.signup SET claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ?")
                .params(id, runner).update();
    }

    /** Sign-ups still provisioning that no runner holds, or whose runner's claim lapsed (a node that died). */
    List<UUID> abandoned(Duration lease) {
        return jdbc.sql("""
                SELECT id FROM platform.signup WHERE status = 'PROVISIONING'
                  AND (claimed_by IS NULL OR claimed_at < now() - make_interval(secs => ?))""")
                .param((double) lease.toSeconds()).query(UUID.class).list();
    }

    void stepStarted(UUID id, ProvisioningStep step) {
        jdbc.sql("""
                UPDATE platform.signup_step SET state = 'RUNNING', attempts = attempts + 1, error = NULL,
                       started_at = now(), finished_at = NULL
                WHERE signup_id = ? AND step = ?""").params(id, step.name()).update();
    }

    void stepFinished(UUID id, ProvisioningStep step, String error) {
        jdbc.sql("""
                UPDATE platform.signup_step SET state = ?, error = ?, finished_at = now()
                WHERE signup_id = ? AND step = ?""")
                .params(error == null ? "DONE" : "FAILED", truncate(error), id, step.name()).update();
    }

    /** Puts the failed step back in the queue; returns false when the sign-up had not failed. */
    boolean reopen(UUID id) {
        int rows = jdbc.sql("UPDATE platform.signup SET status = 'PROVISIONING', updated_at = now() WHERE id = ? AND status = 'FAILED'")
                .param(id).update();
        jdbc.sql("UPDATE platform.signup_step SET state = 'PENDING' WHERE signup_id = ? AND state IN ('FAILED', 'RUNNING')")
                .param(id).update();
        return rows == 1;
    }

    void tenantRegistered(UUID id, UUID tenant) {
        jdbc.sql("UPDATE platform.signup SET tenant_id = ?, updated_at = now() WHERE id = ?").params(tenant, id).update();
    }

    void changeStatus(UUID id, String status) {
        jdbc.sql("UPDATE platform.signup SET status = ?, updated_at = now() WHERE id = ?").params(status, id).update();
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "...";
    }

    private static Signup signup(ResultSet rs, int row) throws SQLException {
        return new Signup(rs.getObject("id", UUID.class), rs.getString("municipality"), rs.getString("business_id"),
                TenantId.of(rs.getString("slug")), rs.getString("admin_name"), rs.getString("admin_email"),
                rs.getInt("students"), rs.getString("plan"), rs.getString("status"),
                rs.getObject("tenant_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** A stored sign-up. */
    record Signup(UUID id, String municipality, String businessId, TenantId slug, String adminName, String adminEmail,
                  int students, String plan, String status, UUID tenant, java.time.Instant createdAt) {
    }
}
