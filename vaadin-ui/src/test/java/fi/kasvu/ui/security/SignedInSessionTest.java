package fi.kasvu.ui.security;

import java.net.http.HttpResponse;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in through the host's realm, over HTTP against the real Keycloak, and where the session may be used. */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedInSessionTest {

    private static final String PRINCIPAL = "liisa.rehtori@kasvu.test";
    private static final String SIGN_IN = "/oauth2/authorization/kasvu";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @LocalServerPort int port;

    RealmFixture fixture;
    HostClient hosts;
    VaadinClient vaadin;
    SignInClient browser;
    TenantId espoo;
    TenantId vantaa;

    @BeforeAll
    void municipalitiesWithTheirRealms() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        hosts = new HostClient(port);
        vaadin = new VaadinClient(port);
        espoo = fixture.municipality(registry, migrations, "espoo");
        vantaa = fixture.municipality(registry, migrations, "vantaa");
        fixture.operatorRealm();
        fixture.user(espoo.slug(), PRINCIPAL, "Liisa", "Rehtori", "principal", "teacher");
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void aMunicipalitysHostSendsTheBrowserToItsOwnRealmWithPkce() {
        String authorization = hosts.get(hostOf(espoo), SIGN_IN).headers().firstValue("Location").orElseThrow();

        assertThat(authorization).startsWith(keycloak.url() + "/realms/" + espoo.slug() + "/protocol/openid-connect/auth?")
                .contains("client_id=kasvu-portal").contains("code_challenge_method=S256").contains("scope=openid")
                .contains("redirect_uri=http://" + hostOf(espoo) + ":" + port + "/login/oauth2/code/kasvu");
    }

    @Test
    void thePlatformHostSendsTheBrowserToTheOperatorsRealm() {
        String authorization = hosts.get(KasvuTest.BASE_DOMAIN, SIGN_IN).headers().firstValue("Location").orElseThrow();

        assertThat(authorization).startsWith(keycloak.url() + "/realms/platform/protocol/openid-connect/auth?")
                .contains("client_id=kasvu-console").contains("code_challenge_method=S256");
    }

    @Test
    void aSignedInPersonSeesTheirNameAndRolesOnTheirOwnPage() {
        String session = new SignInClient(port).signIn(hostOf(espoo), PRINCIPAL, RealmFixture.PASSWORD);

        String page = vaadin.render(hostOf(espoo), "oma", session).uidl();

        assertThat(page).contains("Liisa Rehtori").contains(PRINCIPAL).contains("Rehtori").contains("Opettaja")
                .contains("Kirjaudu ulos").doesNotContain("offline_access");
    }

    @Test
    void theOwnPageSendsAnAnonymousVisitorToSignIn() {
        String page = vaadin.render(hostOf(espoo), "oma").uidl();

        assertThat(page).contains(SIGN_IN).doesNotContain("Kirjaudu ulos");
    }

    @Test
    void aSessionCarriedToAnotherMunicipalitysHostIsRefusedAndEnded() {
        String session = new SignInClient(port).signIn(hostOf(espoo), PRINCIPAL, RealmFixture.PASSWORD);

        HttpResponse<String> refused = hosts.get(hostOf(vantaa), "/", "Cookie", session);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Kirjautuminen kuuluu toiseen osoitteeseen").doesNotContain(espoo.slug());
        assertThat(vaadin.render(hostOf(espoo), "oma", session).uidl()).as("the session no longer signs anyone in")
                .doesNotContain("Liisa Rehtori").contains(SIGN_IN);
    }

    @Test
    void aMunicipalitySessionCarriedToThePlatformHostIsRefused() {
        String session = new SignInClient(port).signIn(hostOf(espoo), PRINCIPAL, RealmFixture.PASSWORD);

        assertThat(hosts.get(KasvuTest.BASE_DOMAIN, "/console", "Cookie", session).statusCode()).isEqualTo(401);
        assertThat(hosts.get(KasvuTest.BASE_DOMAIN, "/api/operator/tenants", "Cookie", session).statusCode())
                .as("the API reads no session at all").isEqualTo(401);
    }
}
