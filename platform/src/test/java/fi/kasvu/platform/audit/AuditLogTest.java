package fi.kasvu.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log only grows, and only city admins read it, by person, actor, action and time. */
@PlatformTest
class AuditLogTest {

    static final Actor ADMIN = new Actor("admin-1", "Kaisa Pääkäyttäjä", Set.of(Actor.CITY_ADMIN));
    static final Actor PRINCIPAL = new Actor("principal-1", "Risto Rehtori", Set.of(Actor.PRINCIPAL));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired TenantConnections connections;
    @Autowired AuditLog audit;

    TenantId tenant;
    UUID person = UUID.randomUUID();

    @BeforeEach
    void municipalityWithEntries() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "turku");
        context.runAs(tenant, () -> {
            audit.record(ADMIN, "identity-code.revealed", person, "identity code shown");
            audit.record(PRINCIPAL, "enrollment.ended", person, "enrollment ended");
            audit.record(ADMIN, "school.added", null, "school added");
        });
    }

    @Test
    void anEntryCanBeNeitherChangedNorDeleted() {
        assertThatThrownBy(() -> connections.withConnection(tenant, c -> c.createStatement()
                .executeUpdate("UPDATE audit_log SET actor = 'someone else'")))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> connections.withConnection(tenant, c -> c.createStatement()
                .executeUpdate("DELETE FROM audit_log"))).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> connections.withConnection(tenant, c -> c.createStatement()
                .executeUpdate("TRUNCATE audit_log"))).isInstanceOf(SQLException.class).hasMessageContaining("append-only");

        context.runAs(tenant, () -> assertThat(audit.count(ADMIN, AuditQuery.everything())).isEqualTo(3));
    }

    @Test
    void aCityAdminSearchesByPersonActorActionAndTime() {
        context.runAs(tenant, () -> {
            assertThat(audit.search(ADMIN, new AuditQuery(person, null, null, null, null), 0, 10))
                    .extracting(AuditEntry::action).containsExactly("enrollment.ended", "identity-code.revealed");
            assertThat(audit.search(ADMIN, new AuditQuery(null, "rehtori", null, null, null), 0, 10))
                    .extracting(AuditEntry::action).containsExactly("enrollment.ended");
            assertThat(audit.count(ADMIN, new AuditQuery(null, null, "school.added", null, null))).isEqualTo(1);
            assertThat(audit.count(ADMIN, new AuditQuery(null, null, null, Instant.now().plusSeconds(60), null))).isZero();
            assertThat(audit.count(ADMIN, new AuditQuery(null, null, null, Instant.now().minusSeconds(600),
                    Instant.now().plusSeconds(60)))).isEqualTo(3);
            assertThat(audit.search(ADMIN, AuditQuery.everything(), 1, 1)).hasSize(1);
            assertThat(audit.count(ADMIN, new AuditQuery(null, "%", null, null, null))).isZero();
        });
    }

    @Test
    void noOneButACityAdminReadsTheLog() {
        context.runAs(tenant, () -> {
            assertThatThrownBy(() -> audit.search(PRINCIPAL, AuditQuery.everything(), 0, 10))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> audit.count(PRINCIPAL, AuditQuery.everything()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> audit.search(ADMIN, new AuditQuery(null, null, null, Instant.now(),
                    Instant.now().minusSeconds(5)), 0, 10)).hasMessageStartingWith("until: ");
        });
    }
}
