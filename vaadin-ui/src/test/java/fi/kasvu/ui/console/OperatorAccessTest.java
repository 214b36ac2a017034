package fi.kasvu.ui.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.onboarding.TenantOperations;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Only an operator of the operators' realm, on the platform host, reaches the console and its actions. */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorAccessTest {

    private static final String OPERATOR = "olga.operaattori@kasvu.test";
    private static final String NOT_OPERATOR = "niko.tukihenkilo@kasvu.test";
    private static final String CITY_ADMIN = "kaisa.paakayttaja@kasvu.test";
    private static final String PLATFORM = KasvuTest.BASE_DOMAIN;

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantOperations operations;
    @LocalServerPort int port;

    RealmFixture fixture;
    HostClient hosts;
    VaadinClient vaadin;
    TenantId kerava;

    @BeforeAll
    void realms() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        hosts = new HostClient(port);
        vaadin = new VaadinClient(port);
        fixture.operatorRealm();
        fixture.user(TenantRealms.OPERATOR_REALM, OPERATOR, "Olga", "Operaattori", TenantRealms.OPERATOR);
        fixture.user(TenantRealms.OPERATOR_REALM, NOT_OPERATOR, "Niko", "Tukihenkilö");
        kerava = fixture.municipality(registry, migrations, "kerava");
        // a city admin can make a role of any name in their own realm; an 'operator' there must count for nothing
        fixture.role(kerava.slug(), TenantRealms.OPERATOR);
        fixture.user(kerava.slug(), CITY_ADMIN, "Kaisa", "Pääkäyttäjä", TenantRealms.CITY_ADMIN, TenantRealms.OPERATOR);
    }

    @BeforeEach
    void keravaIsActive() {
        registry.activate(kerava);
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void anOperatorSuspendsAndResumesAMunicipalityAndBothAreAudited() {
        String token = fixture.accessToken(TenantRealms.OPERATOR_REALM, OPERATOR);

        assertThat(post(PLATFORM, "/api/operator/tenants/" + kerava.slug() + "/suspend?reason=lasku", token).statusCode())
                .isEqualTo(204);
        assertThat(registry.get(kerava).status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(post(PLATFORM, "/api/operator/tenants/" + kerava.slug() + "/resume", token).statusCode()).isEqualTo(204);

        assertThat(registry.get(kerava).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(operations.audit(100)).filteredOn(entry -> entry.tenant().equals(kerava.slug()))
                .extracting(TenantOperations.AuditEntry::operator, TenantOperations.AuditEntry::action)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple(OPERATOR, "RESUME"),
                        org.assertj.core.groups.Tuple.tuple(OPERATOR, "SUSPEND"));
    }

    @Test
    void anOperatorActionWithoutTheOperatorRoleIsRefusedAndNothingHappens() {
        String token = fixture.accessToken(TenantRealms.OPERATOR_REALM, NOT_OPERATOR);

        HttpResponse<String> refused = post(PLATFORM, "/api/operator/tenants/" + kerava.slug() + "/suspend", token);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(registry.get(kerava).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(operations.audit(1000)).noneMatch(entry -> entry.operator().equals(NOT_OPERATOR));
    }

    @Test
    void aMunicipalitysTokenIsRefusedByTheOperatorApiEvenWithARoleNamedOperator() {
        String token = fixture.accessToken(kerava.slug(), CITY_ADMIN);

        assertThat(post(PLATFORM, "/api/operator/tenants/" + kerava.slug() + "/suspend", token).statusCode())
                .isEqualTo(401);
        assertThat(post(hostOf(kerava), "/api/operator/tenants/" + kerava.slug() + "/suspend", token).statusCode())
                .as("on the municipality's own host").isEqualTo(403);
        assertThat(registry.get(kerava).status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void anOperatorsTokenIsRefusedOnAMunicipalitysHost() {
        String token = fixture.accessToken(TenantRealms.OPERATOR_REALM, OPERATOR);

        assertThat(hosts.get(hostOf(kerava), "/api/operator/tenants", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOperatorApiListsMunicipalitiesToAnOperatorOnly() {
        String token = fixture.accessToken(TenantRealms.OPERATOR_REALM, OPERATOR);

        assertThat(hosts.get(PLATFORM, "/api/operator/tenants", "Authorization", "Bearer " + token).body())
                .contains("\"slug\":\"" + kerava.slug() + "\"").contains("\"status\":\"ACTIVE\"");
        assertThat(hosts.get(PLATFORM, "/api/operator/tenants").statusCode()).isEqualTo(401);
    }

    @Test
    void theConsoleShowsAnOperatorTheMunicipalities() {
        String session = new SignInClient(port).signIn(PLATFORM, OPERATOR, RealmFixture.PASSWORD);

        String console = vaadin.render(PLATFORM, "console", session).uidl();

        assertThat(console).contains("Kasvun ylläpito").contains("Olga Operaattori").contains("Ylläpidon loki");
    }

    @Test
    void theConsoleIsRefusedToAPlatformUserWithoutTheOperatorRole() {
        String session = new SignInClient(port).signIn(PLATFORM, NOT_OPERATOR, RealmFixture.PASSWORD);

        String console = vaadin.render(PLATFORM, "console", session).uidl();

        // signed in but not allowed: Kasvu answers as if there were no such page, and does not offer a sign-in
        assertThat(console).contains("Sivua ei löytynyt").contains("Osoitteessa /console ei ole sivua")
                .doesNotContain("/oauth2/authorization/kasvu")
                .doesNotContain("Kasvun ylläpito").doesNotContain("Ylläpidon loki");
    }

    @Test
    void theConsoleSendsAnAnonymousVisitorToSignIn() {
        String console = vaadin.render(PLATFORM, "console").uidl();

        assertThat(console).contains("/oauth2/authorization/kasvu").doesNotContain("Ylläpidon loki");
    }

    private HttpResponse<String> post(String host, String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
