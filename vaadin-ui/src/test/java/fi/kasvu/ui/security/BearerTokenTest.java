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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens on the API, against the real Keycloak: only a token of the host's own realm is accepted. */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenTest {

    private static final String TEACHER = "olli.opettaja@kasvu.test";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @LocalServerPort int port;

    RealmFixture fixture;
    HostClient hosts;
    TenantId espoo;
    TenantId vantaa;
    String espooToken;

    @BeforeAll
    void municipalitiesWithTheirRealms() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        hosts = new HostClient(port);
        // both are provisioned while the application runs: a realm added after start-up must be served at once
        espoo = fixture.municipality(registry, migrations, "espoo");
        vantaa = fixture.municipality(registry, migrations, "vantaa");
        fixture.user(espoo.slug(), TEACHER, "Olli", "Opettaja", "teacher");
        espooToken = fixture.accessToken(espoo.slug(), TEACHER);
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void aTokenOfTheHostsOwnRealmIsAcceptedWithTheUsersNameAndKasvuRoles() {
        HttpResponse<String> me = hosts.get(hostOf(espoo), "/api/me", "Authorization", "Bearer " + espooToken);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + TEACHER + "\"").contains("\"name\":\"Olli Opettaja\"")
                .contains("\"roles\":[\"teacher\"]");
    }

    @Test
    void aTokenOfAnotherMunicipalitysRealmIsRefused() {
        HttpResponse<String> refused = hosts.get(hostOf(vantaa), "/api/me", "Authorization", "Bearer " + espooToken);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
        assertThat(refused.body()).doesNotContain(TEACHER);
    }

    @Test
    void aMunicipalitysTokenIsRefusedOnThePlatformHost() {
        HttpResponse<String> refused = hosts.get(KasvuTest.BASE_DOMAIN, "/api/me", "Authorization", "Bearer " + espooToken);

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWhoseSignatureIsNotTheRealmsIsRefused() {
        String[] parts = espooToken.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(hosts.get(hostOf(espoo), "/api/me", "Authorization", "Bearer " + forged).statusCode()).isEqualTo(401);
    }

    @Test
    void aProtectedApiWithoutATokenIsRefused() {
        HttpResponse<String> refused = hosts.get(hostOf(espoo), "/api/me");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void publicInformationStaysOpenToAnyone() {
        assertThat(hosts.get(hostOf(espoo), "/api/schools").statusCode()).isEqualTo(200);
        assertThat(hosts.get(KasvuTest.BASE_DOMAIN, "/api/plans").statusCode()).isEqualTo(200);
        assertThat(hosts.get(KasvuTest.BASE_DOMAIN, "/api/signup/slug-suggestion?municipality=Pori").body())
                .contains("\"slug\":\"pori\"");
        assertThat(hosts.get(hostOf(espoo), "/actuator/health").statusCode()).isEqualTo(200);
    }
}
