package fi.kasvu.ui.signup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From sign-up to sign-in over HTTP: a municipality signs up through the public API while the application runs, and
 * as soon as it is active its own realm signs people in on its host, in the browser and with bearer tokens, with no
 * restart and nothing configured by hand.
 */
@KasvuTest
class SignupOverHttpTest {

    private static final String TEACHER = "tiina.opettaja@kasvu.test";

    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @LocalServerPort int port;

    TenantId signedUp;

    @AfterEach
    void deleteRealm() {
        if (signedUp != null) {
            realms.deleteRealm(signedUp);
        }
    }

    @Test
    void aMunicipalitySignedUpThroughTheApiSignsItsPeopleInAtOnce() {
        String slug = "hyvola-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt(0x10000), 4);
        signedUp = TenantId.of(slug);
        var hosts = new HostClient(port);

        HttpResponse<String> accepted = postJson(KasvuTest.BASE_DOMAIN, "/api/signup", Map.of("municipality", "Hyvölä",
                "businessId", "0124610-9", "slug", slug, "adminName", "Heikki Hyvönen",
                "adminEmail", "heikki@" + slug + ".kasvu.test", "students", 800));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String status = accepted.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plusSeconds(120);
        String progress;
        do {
            assertThat(Instant.now()).as("the sign-up becomes active").isBefore(deadline);
            pause();
            progress = hosts.get(KasvuTest.BASE_DOMAIN, status).body();
            assertThat(progress).doesNotContain("\"status\":\"FAILED\"");
        } while (!progress.contains("\"status\":\"ACTIVE\""));
        assertThat(progress).contains("\"portalUrl\":\"http://" + hostOf(signedUp) + ":" + port + "\"");

        var fixture = new RealmFixture(realms, keycloak, tenancy);
        fixture.user(slug, TEACHER, "Tiina", "Opettaja", "teacher");
        String session = new SignInClient(port).signIn(hostOf(signedUp), TEACHER, RealmFixture.PASSWORD);
        assertThat(new VaadinClient(port).render(hostOf(signedUp), "oma", session).uidl())
                .contains("Tiina Opettaja").contains("Opettaja");
        HttpResponse<String> me = hosts.get(hostOf(signedUp), "/api/me", "Authorization",
                "Bearer " + fixture.accessToken(slug, TEACHER));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + TEACHER + "\"");
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> postJson(String host, String path, Map<String, Object> body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)))
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
