package fi.kasvu.provisioning.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import fi.kasvu.provisioning.identity.FirstAdmin;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.integration.InvalidAppException.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Registering and revoking third-party apps against the real Keycloak and PostgreSQL. */
@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ThirdPartyAppsTest {

    @Autowired ThirdPartyApps apps;
    @Autowired TenantRealms realms;
    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;

    TenantId tenant;

    @BeforeEach
    void municipalityWithRealm() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "apps");
        realms.ensureRealm(tenant, "Municipality " + tenant.slug(), new FirstAdmin("Maija Meikäläinen",
                "maija@" + tenant.slug() + ".kasvu.test"), URI.create("http://" + tenant.slug() + ".kasvu.test:8080"));
    }

    @AfterEach
    void deleteRealm() {
        realms.deleteRealm(tenant);
    }

    @Test
    void aRegisteredAppGetsClientCredentialsTokensWithExactlyItsScopes() {
        RegisteredApp registered = apps.register(tenant, new AppRegistration(" Oppimisalusta ",
                Set.of(OneRosterScope.ROSTER_CORE), 120), "maija@kasvu.test");

        assertThat(registered.app().name()).isEqualTo("Oppimisalusta");
        assertThat(registered.app().requestsPerMinute()).isEqualTo(120);
        assertThat(registered.app().scopes()).containsExactly(OneRosterScope.ROSTER_CORE.uri());
        assertThat(registered.clientSecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(registered.toString()).doesNotContain(registered.clientSecret());
        Map<String, Object> claims = claims(token(registered.tokenEndpoint(), registered.app().clientId(),
                registered.clientSecret()));
        assertThat(claims).containsEntry("azp", registered.app().clientId());
        assertThat(((String) claims.get("scope")).split(" ")).contains(OneRosterScope.ROSTER_CORE.uri())
                .doesNotContain(OneRosterScope.ROSTER.uri(), OneRosterScope.ROSTER_DEMOGRAPHICS.uri());
        assertThat(apps.apps(tenant)).singleElement().satisfies(app -> {
            assertThat(app.clientId()).isEqualTo(registered.app().clientId());
            assertThat(app.createdBy()).isEqualTo("maija@kasvu.test");
            assertThat(app.active()).isTrue();
        });
    }

    @Test
    void aSecondAppReusesTheRealmsScopesAndGetsOnlyItsOwn() {
        var core = apps.register(tenant, new AppRegistration("Core", Set.of(OneRosterScope.ROSTER_CORE), 60), "admin");
        var demographics = apps.register(tenant, new AppRegistration("Terveys",
                Set.of(OneRosterScope.ROSTER_DEMOGRAPHICS, OneRosterScope.ROSTER_CORE), 60), "admin");

        String scopes = (String) claims(token(demographics.tokenEndpoint(), demographics.app().clientId(),
                demographics.clientSecret())).get("scope");
        assertThat(scopes.split(" ")).contains(OneRosterScope.ROSTER_CORE.uri(), OneRosterScope.ROSTER_DEMOGRAPHICS.uri());
        assertThat(((String) claims(token(core.tokenEndpoint(), core.app().clientId(), core.clientSecret()))
                .get("scope")).split(" ")).doesNotContain(OneRosterScope.ROSTER_DEMOGRAPHICS.uri());
    }

    @Test
    void aRevokedAppGetsNoNewTokens() {
        RegisteredApp registered = apps.register(tenant, new AppRegistration("Lopetettava",
                Set.of(OneRosterScope.ROSTER), null), "admin");

        assertThat(apps.revoke(tenant, registered.app().id(), "admin")).isTrue();

        assertThatThrownBy(() -> token(registered.tokenEndpoint(), registered.app().clientId(), registered.clientSecret()))
                .isInstanceOf(HttpClientErrorException.class).hasMessageContaining("401");
        assertThat(apps.apps(tenant)).singleElement().satisfies(app -> assertThat(app.active()).isFalse());
        assertThat(apps.revoke(tenant, registered.app().id(), "admin")).isFalse();
        // the name is free again once the app is revoked
        assertThat(apps.register(tenant, new AppRegistration("Lopetettava", Set.of(OneRosterScope.ROSTER), 10), "admin")
                .app().active()).isTrue();
    }

    @Test
    void aRegistrationWithMistakesNamesEachFieldAndCreatesNothing() {
        apps.register(tenant, new AppRegistration("Varattu", Set.of(OneRosterScope.ROSTER), 10), "admin");

        assertThatThrownBy(() -> apps.register(tenant, new AppRegistration("varattu", Set.of(), 0), "admin"))
                .isInstanceOfSatisfying(InvalidAppException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "scopes", "requestsPerMinute"));
        assertThatThrownBy(() -> apps.register(tenant, new AppRegistration(" ", Set.of(OneRosterScope.ROSTER),
                100_001), "admin"))
                .isInstanceOfSatisfying(InvalidAppException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "requestsPerMinute"));
        assertThat(apps.apps(tenant)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    static String token(URI endpoint, String clientId, String secret) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        return (String) RestClient.create().post().uri(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(Map.class).get("access_token");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        return JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), Map.class);
    }

}
