package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The host alone chooses the tenant; everything else is refused with a clear answer and nothing leaked. */
@PlatformTest
class TenantResolutionTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @LocalServerPort int port;

    HostClient client;
    TenantId lahti;
    TenantId kotka;

    @BeforeEach
    void municipalities() {
        client = new HostClient(port);
        lahti = TenantFixture.activeMunicipality(registry, migrations, "lahti");
        kotka = TenantFixture.activeMunicipality(registry, migrations, "kotka");
    }

    @Test
    void anUnknownTenantHostIsAProblemForApiClients() {
        var response = client.get("nosuchtown.kasvu.test", "/api/schools", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").contains("Kasvu has no municipality at this address.")
                .doesNotContain("nosuchtown");
    }

    @Test
    void anUnknownTenantHostIsAPageForBrowsers() {
        var response = client.get("nosuchtown.kasvu.test", "/", "Accept", "text/html,application/xhtml+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body()).contains("<h1>Unknown municipality</h1>");
    }

    @Test
    void aHostThatIsNoTenantNameAtAllIsUnknown() {
        // a host name that is not even a host name is refused by the web server before Kasvu sees it
        assertThat(client.get("Robert'); DROP TABLE x;--.kasvu.test", "/api/schools").statusCode()).isEqualTo(400);
        assertThat(client.get("admin.kasvu.test", "/api/schools").statusCode()).isEqualTo(404);
        assertThat(client.get("1abc.kasvu.test", "/api/schools").statusCode()).isEqualTo(404);
        assertThat(client.get("a.b.kasvu.test", "/api/schools").statusCode()).isEqualTo(404);
        assertThat(client.get("evil.example.org", "/api/schools").statusCode()).isEqualTo(404);
        assertThat(client.get("t_" + lahti.slug() + ".kasvu.test", "/api/schools").statusCode()).isEqualTo(400);
    }

    @Test
    void aSuspendedMunicipalityIsRefusedAndSaysSo() {
        registry.suspend(lahti);

        var response = client.get(lahti.slug() + ".kasvu.test", "/api/schools");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Municipality suspended").contains("is suspended in Kasvu");
        assertThat(client.get(kotka.slug() + ".kasvu.test", "/api/schools").statusCode()).isEqualTo(200);

        registry.resume(lahti);
        assertThat(client.get(lahti.slug() + ".kasvu.test", "/api/schools").statusCode()).isEqualTo(200);
    }

    @Test
    void aMunicipalityUnderMigrationAnswers503WithRetryAfter() {
        registry.markUnderMaintenance(lahti, true);

        var response = client.get(lahti.slug() + ".kasvu.test", "/api/schools");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(client.get(kotka.slug() + ".kasvu.test", "/api/schools").statusCode()).isEqualTo(200);
    }

    @Test
    void aTenantNamedInAHeaderOrParameterThatDisagreesWithTheHostIsRefused() {
        var byHeader = client.get(lahti.slug() + ".kasvu.test", "/api/schools", "X-Tenant", kotka.slug());
        var byParameter = client.get(lahti.slug() + ".kasvu.test", "/api/schools?tenant=" + kotka.slug());

        assertThat(byHeader.statusCode()).isEqualTo(400);
        assertThat(byHeader.body()).contains("a tenant is chosen by the host alone");
        assertThat(byParameter.statusCode()).isEqualTo(400);
        assertThat(client.get(lahti.slug() + ".kasvu.test", "/api/schools", "X-Tenant", lahti.slug()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onThePlatformHostAHeaderCannotChooseATenant() {
        var response = client.get("kasvu.test", "/api/schools", "X-Kasvu-Tenant", lahti.slug());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("never by a header or parameter");
    }

    @Test
    void tenantEndpointsOnThePlatformHostAreNotFound() {
        var response = client.get("kasvu.test", "/api/schools");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/problem+json");
    }

    @Test
    void healthReportsTheDatabase() {
        var response = client.get("kasvu.test", "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"");
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
