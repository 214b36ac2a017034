package fi.kasvu.provisioning.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * How long realm work and sign-ins take on the managed Keycloak; prints figures, asserts nothing. Run with
 * {@code -Dkasvu.identity.measure=true [-Dkasvu.identity.realms=20]}.
 */
@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@EnabledIfSystemProperty(named = "kasvu.identity.measure", matches = "true")
class IdentityMeasurements {

    @Autowired TenantRealms realms;

    @Test
    void realmCreationRetryDeletionAndSignIn() {
        int count = Integer.getInteger("kasvu.identity.realms", 20);
        try (var keycloak = new KeycloakFixture(realms)) {
            realms.ensureOperatorRealm(KeycloakFixture.PORTAL); // warms up the admin session and Keycloak
            List<TenantId> tenants = new ArrayList<>();
            List<Long> creation = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TenantId tenant = keycloak.newTenant("measure");
                tenants.add(tenant);
                creation.add(millis(() -> realms.ensureRealm(tenant, "Measured " + tenant.slug(),
                        KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL)));
            }
            List<Long> retry = new ArrayList<>();
            for (TenantId tenant : tenants.subList(0, Math.min(10, count))) {
                retry.add(millis(() -> realms.ensureRealm(tenant, "Measured " + tenant.slug(),
                        KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL)));
            }
            TenantId signIn = tenants.getFirst();
            realms.users().ensure(signIn.slug(), Account.withPassword("measure@kasvu.test", "Mitta", "Ri", "teacher",
                    "correct-horse-battery"));
            keycloak.allowPasswordGrant(signIn.slug());
            String secret = realms.clientSecret(signIn);
            List<Long> logins = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                logins.add(millis(() -> keycloak.signIn(signIn.slug(), secret, "measure@kasvu.test", "correct-horse-battery")));
            }
            List<Long> deletion = new ArrayList<>();
            for (TenantId tenant : tenants.subList(0, Math.min(10, count))) {
                deletion.add(millis(() -> {
                    realms.deleteRealm(tenant);
                    return null;
                }));
            }
            System.out.printf("%nIDENTITY MEASUREMENTS (ms)%n  ensureRealm, new (%d realms): first five %s, median %d, max %d%n"
                            + "  ensureRealm, existing (retry): first five %s, median %d%n"
                            + "  password-grant sign-in (60, first 10 discarded): median %d, p90 %d%n"
                            + "  deleteRealm: median %d%n%n",
                    count, creation.subList(0, Math.min(5, count)), median(creation), creation.stream().mapToLong(x -> x).max().orElse(0),
                    retry.subList(0, Math.min(5, retry.size())), median(retry),
                    median(logins.subList(10, logins.size())), percentile(logins.subList(10, logins.size()), 0.9),
                    median(deletion));
        }
    }

    private static long millis(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static long percentile(List<Long> values, double share) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }
}
