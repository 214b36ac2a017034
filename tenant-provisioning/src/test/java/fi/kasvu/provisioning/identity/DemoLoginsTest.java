package fi.kasvu.provisioning.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoPeople;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality's portal users, against the real Keycloak: each signs in with the printed password and
 * nothing else (no one-time password to set up), holds their portal's role, and is the person of their address.
 */
@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DemoLoginsTest {

    private static final Actor SEED = Actor.system("test");

    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenancySettings tenancy;
    @Autowired Environment environment;
    @Autowired PersonRegister people;
    @Autowired SchoolDirectory schools;
    @Autowired TenantContext tenants;

    @Test
    void theDemoPortalUsersSignInWithTheirPasswordAloneHoldTheirRoleAndAreTheirPersons() {
        TenantId tenant = TenantFixture.activeMunicipality(registry, migrations, "demologins");
        var fixture = new KeycloakFixture(realms);
        try {
            realms.ensureRealm(tenant, "Demo", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
            Map<String, UUID> persons = new HashMap<>();
            tenants.runAs(tenant, () -> {
                UUID school = schools.addSchool(SEED, "Demokoulu", SchoolKind.BASIC).id();
                DemoPeople.LOGINS.forEach(login -> persons.put(login.email(), people.addPerson(SEED, new NewPerson(
                        login.givenName(), login.familyName(), login.email(), null, null,
                        switch (login.role()) {
                            case "welfare" -> Role.COUNSELOR;
                            case "governance" -> Role.SITE_ADMINISTRATOR;
                            default -> Role.valueOf(login.role().toUpperCase(Locale.ROOT));
                        }, school))));
            });
            var logins = new DemoLogins(keycloak, realms, false, registry, tenancy, environment, people, tenants);

            List<DemoPeople.Login> made = logins.portalLogins(tenant);
            logins.portalLogins(tenant);

            assertThat(made).extracting(DemoPeople.Login::role).containsExactly("teacher", "principal", "guardian",
                    "student", "welfare", "governance");
            fixture.allowPasswordGrant(tenant.slug());
            for (DemoPeople.Login login : made) {
                var user = realms.users().find(tenant.slug(), login.email()).orElseThrow();
                assertThat(realms.users().credentialTypes(tenant.slug(), user.id())).as(login.email())
                        .containsExactly("password");
                assertThat(fixture.read("/{realm}/users/{id}", tenant.slug(), user.id()).get("requiredActions"))
                        .as(login.email()).isEqualTo(List.of());
                var tokens = fixture.signIn(tenant.slug(), realms.clientSecret(tenant), login.email(),
                        DemoLogins.passwordOf(login));
                var claims = KeycloakFixture.claims((String) tokens.get("access_token"));
                assertThat(KeycloakFixture.list(claims.get(TenantRealms.ROLES_CLAIM))).contains(login.role());
                assertThat(tenants.callAs(tenant, () -> people.personOf((String) claims.get("sub"))))
                        .as("the person of " + login.email()).contains(persons.get(login.email()));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            realms.deleteRealm(tenant);
        }
    }
}
