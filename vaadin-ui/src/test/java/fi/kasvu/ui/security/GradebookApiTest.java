package fi.kasvu.ui.security;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OneRoster gradebook through the whole application, with apps registered in the real Keycloak and their
 * client-credentials tokens: reads need gradebook.readonly, PUT gradebook.createput, DELETE gradebook.delete; a
 * learning service returns a result that is then served; bad data is refused naming the field.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookApiTest {

    static final String API = "/ims/oneroster/gradebook/v1p2";
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantConnections connections;
    @Autowired ThirdPartyApps apps;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    RealmFixture fixture;
    TenantId espoo;
    String readerToken;
    String writerToken;
    String deleterToken;
    String rosterToken;

    @BeforeAll
    void aMunicipalityWithAClassAndFourApps() throws SQLException {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        espoo = fixture.municipality(registry, migrations, "espoo");
        classWithATest(espoo);
        readerToken = token(app("Raportointi", OneRosterScope.GRADEBOOK_READONLY));
        writerToken = token(app("Oppimisalusta", OneRosterScope.GRADEBOOK_READONLY, OneRosterScope.GRADEBOOK_CREATEPUT));
        deleterToken = token(app("Siivous", OneRosterScope.GRADEBOOK_DELETE));
        rosterToken = token(app("Rekisteri", OneRosterScope.ROSTER_CORE));
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void readingNeedsTheReadScopeAndServesTheClassesLineItems() {
        HttpResponse<String> items = send("GET", "/classes/espoo-7A/lineItems", readerToken, null);
        HttpResponse<String> withRosterScope = send("GET", "/lineItems", rosterToken, null);

        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.body()).contains("\"sourcedId\":\"espoo-test-1\"", "\"title\":\"Koe 1\"");
        assertThat(withRosterScope.statusCode()).isEqualTo(403);
        assertThat(codeMinor(withRosterScope)).containsEntry("imsx_codeMinorFieldValue", "forbidden");
        assertThat(withRosterScope.body()).contains("gradebook.readonly");
    }

    @Test
    void aLearningServiceReturnsAResultWithTheCreatePutScopeOnly() {
        Map<String, Object> result = Map.of("result", Map.of("lineItem", Map.of("sourcedId", "espoo-test-1"),
                "student", Map.of("sourcedId", "espoo-student-1"), "score", 7.25, "scoreStatus", "fully graded",
                "scoreDate", "2025-10-03"));

        HttpResponse<String> byReader = send("PUT", "/results/lms-1", readerToken, result);
        HttpResponse<String> byWriter = send("PUT", "/results/lms-1", writerToken, result);

        assertThat(byReader.statusCode()).isEqualTo(403);
        assertThat(byReader.body()).contains("gradebook.createput");
        assertThat(byWriter.statusCode()).isEqualTo(201);
        HttpResponse<String> served = send("GET", "/results/lms-1", readerToken, null);
        assertThat(served.body()).contains("\"score\":7.25", "espoo-student-1");
    }

    @Test
    void deletingNeedsTheDeleteScope() {
        send("PUT", "/results/lms-2", writerToken, Map.of("result", Map.of("lineItem",
                Map.of("sourcedId", "espoo-test-1"), "student", Map.of("sourcedId", "espoo-student-2"), "score", 9)));

        assertThat(send("DELETE", "/results/lms-2", writerToken, null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/results/lms-2", deleterToken, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/results/lms-2", readerToken, null).body()).contains("\"status\":\"tobedeleted\"");
    }

    @Test
    void aScoreOffTheScaleIsRefusedNamingTheField() {
        HttpResponse<String> refused = send("PUT", "/results/lms-3", writerToken, Map.of("result", Map.of("lineItem",
                Map.of("sourcedId", "espoo-test-1"), "student", Map.of("sourcedId", "espoo-student-1"), "score", 3.5)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(codeMinor(refused)).containsEntry("imsx_codeMinorFieldName", "score")
                .containsEntry("imsx_codeMinorFieldValue", "invaliddata");
        assertThat(send("GET", "/results/lms-3", readerToken, null).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutATokenTheGradebookIsClosed() {
        assertThat(send("GET", "/lineItems", null, null).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/lineItems/x", null, Map.of("lineItem", Map.of())).statusCode()).isEqualTo(401);
    }

    private RegisteredApp app(String name, OneRosterScope... scopes) {
        return apps.register(espoo, new AppRegistration(name, Set.of(scopes), 1000), "maija");
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + API + path))
                .header("Host", hostOf(espoo) + ":" + port).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> codeMinor(HttpResponse<String> response) {
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        var minor = (Map<String, Object>) body.get("imsx_CodeMinor");
        return ((List<Map<String, Object>>) minor.get("imsx_codeMinorField")).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static String token(RegisteredApp app) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", app.app().clientId());
        form.add("client_secret", app.clientSecret());
        return (String) RestClient.create().post().uri(app.tokenEndpoint())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class)
                .get("access_token");
    }

    private void classWithATest(TenantId tenant) throws SQLException {
        connections.withConnection(tenant, c -> {
            c.createStatement().execute("""
                    INSERT INTO school (id, name, kind, source_id) VALUES (gen_random_uuid(), 'Espoon koulu', 'BASIC', 'espoo-school');
                    INSERT INTO course (id, source_id, title, school_id)
                      SELECT gen_random_uuid(), 'espoo-course', 'Luokka 7', id FROM school WHERE source_id = 'espoo-school';
                    INSERT INTO class_group (id, source_id, title, class_type, course_id, school_id, grades)
                      SELECT gen_random_uuid(), 'espoo-7A', '7A', 'homeroom', c.id, c.school_id, '{7}' FROM course c
                       WHERE c.source_id = 'espoo-course';
                    INSERT INTO person (id, source_id, given_name, family_name)
                      SELECT gen_random_uuid(), 'espoo-student-' || n, 'Oppilas', 'Numero' || n FROM generate_series(1, 2) n;
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), 'enr-' || p.source_id, g.id, p.id, g.school_id, 'student'
                        FROM person p, class_group g;
                    INSERT INTO assessment (id, source_id, class_id, title, assessment_date, scale, created_by)
                      SELECT gen_random_uuid(), 'espoo-test-1', g.id, 'Koe 1', '2025-10-03', 'MARKS', 'test' FROM class_group g;
                    """);
            return null;
        });
    }
}
