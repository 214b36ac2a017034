package fi.kasvu.ui.security;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.integration.AppRegistration;
import fi.kasvu.provisioning.integration.OneRosterScope;
import fi.kasvu.provisioning.integration.RegisteredApp;
import fi.kasvu.provisioning.integration.ThirdPartyApps;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OneRoster API through the whole application, with apps registered in the real Keycloak: tokens only of the
 * host's realm and of an active app, scopes per endpoint, a rate limit per app, refusals in imsx_StatusInfo form.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneRosterApiTest {

    static final String API = "/ims/oneroster/rostering/v1p2";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantConnections connections;
    @Autowired ThirdPartyApps apps;
    @LocalServerPort int port;

    RealmFixture fixture;
    HostClient hosts;
    TenantId espoo;
    TenantId vantaa;
    RegisteredApp core;
    RegisteredApp demographics;
    String coreToken;
    String demographicsToken;

    @BeforeAll
    void twoMunicipalitiesWithRostersAndApps() throws SQLException {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        hosts = new HostClient(port);
        espoo = fixture.municipality(registry, migrations, "espoo");
        vantaa = fixture.municipality(registry, migrations, "vantaa");
        roster(espoo, "espoo");
        roster(vantaa, "vantaa");
        core = apps.register(espoo, new AppRegistration("Oppimisalusta", Set.of(OneRosterScope.ROSTER_CORE), 1000),
                "maija");
        demographics = apps.register(espoo, new AppRegistration("Terveydenhoito",
                Set.of(OneRosterScope.ROSTER_DEMOGRAPHICS), 1000), "maija");
        coreToken = token(core);
        demographicsToken = token(demographics);
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void anAppsTokenReadsItsMunicipalitysRosterOnly() {
        HttpResponse<String> schools = get(espoo, "/schools", coreToken);
        HttpResponse<String> students = get(espoo, "/classes/espoo-7A/students", coreToken);

        assertThat(schools.statusCode()).isEqualTo(200);
        assertThat(schools.body()).contains("\"sourcedId\":\"espoo-school\"").doesNotContain("vantaa");
        assertThat(students.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(students.body()).contains("espoo-student-1", "espoo-student-2").doesNotContain("vantaa");
    }

    @Test
    void aTokenOfAnotherMunicipalityIsRefused() {
        HttpResponse<String> refused = get(vantaa, "/schools", coreToken);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(codeMinor(refused)).isEqualTo("unauthorisedrequest");
        assertThat(refused.body()).doesNotContain("vantaa-school").doesNotContain("espoo-school");
    }

    @Test
    void withoutATokenOrWithAPersonsTokenTheApiIsClosed() {
        fixture.user(espoo.slug(), "olli@kasvu.test", "Olli", "Opettaja", "teacher");
        String personal = fixture.accessToken(espoo.slug(), "olli@kasvu.test");

        HttpResponse<String> anonymous = hosts.get(hostOf(espoo), API + "/schools");
        HttpResponse<String> person = get(espoo, "/schools", personal);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(codeMinor(anonymous)).isEqualTo("unauthorisedrequest");
        assertThat(person.statusCode()).isEqualTo(401);
    }

    @Test
    void eachEndpointNeedsItsScope() throws SQLException {
        HttpResponse<String> coreOnDemographics = get(espoo, "/demographics", coreToken);
        HttpResponse<String> demographicsOnUsers = get(espoo, "/users", demographicsToken);
        long audited = auditRows(espoo, demographics.app().clientId());
        HttpResponse<String> demographicsRead = get(espoo, "/demographics/espoo-student-1", demographicsToken);

        assertThat(coreOnDemographics.statusCode()).isEqualTo(403);
        assertThat(codeMinor(coreOnDemographics)).isEqualTo("forbidden");
        assertThat(coreOnDemographics.body()).contains("roster-demographics.readonly").doesNotContain("birthDate");
        assertThat(demographicsOnUsers.statusCode()).isEqualTo(403);
        assertThat(demographicsRead.statusCode()).isEqualTo(200);
        assertThat(demographicsRead.body()).contains("\"birthDate\":\"2012-05-01\"");
        assertThat(auditRows(espoo, demographics.app().clientId())).isEqualTo(audited + 1);
    }

    @Test
    void anAppOverItsRateLimitIsToldToWaitWhileAnotherAppIsServed() {
        RegisteredApp limited = apps.register(espoo, new AppRegistration("Kolme minuutissa",
                Set.of(OneRosterScope.ROSTER_CORE), 3), "maija");
        String token = token(limited);

        for (int i = 0; i < 3; i++) {
            assertThat(get(espoo, "/orgs", token).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get(espoo, "/orgs", token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(codeMinor(refused)).isEqualTo("server_busy");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 20L);
        assertThat(get(espoo, "/orgs", coreToken).statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedAppGetsNoTokensAndItsLastTokenStopsWorking() throws InterruptedException {
        RegisteredApp leaving = apps.register(espoo, new AppRegistration("Lopettava", Set.of(OneRosterScope.ROSTER), 100),
                "maija");
        String token = token(leaving);
        assertThat(get(espoo, "/users", token).statusCode()).isEqualTo(200);

        apps.revoke(espoo, leaving.app().id(), "maija");

        assertThatThrownBy(() -> token(leaving)).isInstanceOf(HttpClientErrorException.class).hasMessageContaining("401");
        Thread.sleep(AppLookup.TTL.toMillis() + 500);
        HttpResponse<String> refused = get(espoo, "/users", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(codeMinor(refused)).isEqualTo("unauthorisedrequest");
    }

    @Test
    void anUnknownFilterFieldGetsTheSpecificationsError() {
        HttpResponse<String> refused = get(espoo, "/users?filter=shoeSize%3D%2742%27", coreToken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(codeMinor(refused)).isEqualTo("invalid_filter_field");
    }

    private HttpResponse<String> get(TenantId tenant, String path, String token) {
        return hosts.get(hostOf(tenant), API + path, "Authorization", "Bearer " + token);
    }

    @SuppressWarnings("unchecked")
    private static String codeMinor(HttpResponse<String> response) {
        Map<String, Object> body = JsonMapper.shared().readValue(response.body(), Map.class);
        var minor = (Map<String, Object>) body.get("imsx_CodeMinor");
        return (String) ((Map<String, Object>) ((java.util.List<?>) minor.get("imsx_codeMinorField")).getFirst())
                .get("imsx_codeMinorFieldValue");
    }

    @SuppressWarnings("unchecked")
    private static String token(RegisteredApp app) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", app.app().clientId());
        form.add("client_secret", app.clientSecret());
        String token = (String) RestClient.create().post().uri(app.tokenEndpoint())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class)
                .get("access_token");
        Map<String, Object> claims = JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                Map.class);
        assertThat(claims).containsEntry("azp", app.app().clientId());
        return token;
    }

    private long auditRows(TenantId tenant, String actor) throws SQLException {
        return connections.withConnection(tenant, c -> {
            try (var statement = c.prepareStatement("SELECT count(*) FROM audit_log WHERE actor = ?")) {
                statement.setString(1, actor);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private void roster(TenantId tenant, String p) throws SQLException {
        connections.withConnection(tenant, c -> {
            c.createStatement().execute("""
                    INSERT INTO school (id, name, kind, source_id) VALUES (gen_random_uuid(), '%1$s koulu', 'BASIC', '%1$s-school');
                    INSERT INTO course (id, source_id, title, school_id)
                      SELECT gen_random_uuid(), '%1$s-course', 'Luokka 7', id FROM school WHERE source_id = '%1$s-school';
                    INSERT INTO class_group (id, source_id, title, class_type, course_id, school_id)
                      SELECT gen_random_uuid(), '%1$s-7A', '7A', 'homeroom', c.id, c.school_id FROM course c
                       WHERE c.source_id = '%1$s-course';
                    INSERT INTO person (id, source_id, given_name, family_name)
                      SELECT gen_random_uuid(), '%1$s-student-' || n, 'Oppilas', 'Numero' || n FROM generate_series(1, 2) n;
                    INSERT INTO person_role (id, person_id, role, role_type, school_id)
                      SELECT gen_random_uuid(), p.id, 'student', 'primary', s.id FROM person p, school s;
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), 'enr-' || p.source_id, g.id, p.id, g.school_id, 'student'
                        FROM person p, class_group g;
                    INSERT INTO demographics (person_id, birth_date, sex) SELECT id, '2012-05-01', 'male' FROM person;
                    """.formatted(p));
            return null;
        });
    }
}
