package fi.kasvu.ui.site;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

@KasvuTest
class SiteBoundSessionsTest {

    private static final String PLATFORM = KasvuTest.BASE_DOMAIN;

    @Autowired
    TenantRegistry registry;

    @Autowired
    TenantMigrations migrations;

    @LocalServerPort
    int port;

    VaadinClient client;
    TenantId espoo;
    TenantId vantaa;

    @BeforeEach
    void municipalities() {
        client = new VaadinClient(port);
        espoo = TenantFixture.activeMunicipality(registry, migrations, "espoo");
        vantaa = TenantFixture.activeMunicipality(registry, migrations, "vantaa");
    }

    @Test
    void aMunicipalityHostServesTheVaadinPageInFinnish() {
        var page = client.get(hostOf(espoo), "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"fi\">")
                .contains("VAADIN/build/indexhtml")
                .contains("lumo/lumo.css");
    }

    @Test
    void thePlatformHostServesTheVaadinPage() {
        var page = client.get(PLATFORM, "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("VAADIN/build/indexhtml");
    }

    @Test
    void anUnknownMunicipalityHostIsNotFound() {
        var page = client.get("nowhere." + KasvuTest.BASE_DOMAIN, "/");

        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionKeepsServingTheHostItStartedOn() {
        String session = client.startSession(hostOf(espoo));

        assertThat(client.get(hostOf(espoo), "/", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionIsRefusedOnAnotherMunicipalitysHost() {
        String espooSession = client.startSession(hostOf(espoo));

        var refused = client.get(hostOf(vantaa), "/", espooSession);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Istunto kuuluu toiseen osoitteeseen").doesNotContain(espoo.slug());
    }

    @Test
    void aMunicipalitySessionIsRefusedOnThePlatformHost() {
        String espooSession = client.startSession(hostOf(espoo));

        assertThat(client.get(PLATFORM, "/", espooSession).statusCode()).isEqualTo(403);
    }

    @Test
    void aPlatformSessionIsRefusedOnAMunicipalityHost() {
        String platformSession = client.startSession(PLATFORM);

        assertThat(client.get(hostOf(espoo), "/", platformSession).statusCode()).isEqualTo(403);
    }
}
