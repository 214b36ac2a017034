package fi.kasvu.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.FirstAdmin;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Municipalities with their realms, as provisioning leaves them, and what tests need besides: users with a password
 * and nothing to set up, and access tokens for them. Tokens come through a test client that may sign in with a
 * password, which Kasvu's own clients never may. Talks to the tests' Keycloak with its master admin, whose password
 * {@link ManagedKeycloak} keeps in a file; the municipalities' realms are deleted on {@link #close()}.
 */
public final class RealmFixture implements AutoCloseable {

    public static final String PASSWORD = "Oikein-hevonen-akku-niitti";
    static final String PASSWORD_GRANT_CLIENT = "kasvu-test-password-grant";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final TenantRealms realms;
    private final ManagedKeycloak keycloak;
    private final TenancySettings tenancy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<TenantId> made = new ArrayList<>();

    public RealmFixture(TenantRealms realms, ManagedKeycloak keycloak, TenancySettings tenancy) {
        this.realms = realms;
        this.keycloak = keycloak;
        this.tenancy = tenancy;
        keycloak.ensureRunning();
    }

    /** An active municipality whose realm's portal client answers to its address in this application. */
    public TenantId municipality(TenantRegistry registry, TenantMigrations migrations, String prefix) {
        TenantId tenant = TenantFixture.activeMunicipality(registry, migrations, prefix);
        made.add(tenant);
        realms.ensureRealm(tenant, "Municipality " + tenant.slug(),
                new FirstAdmin("Maija Meikäläinen", "maija@" + tenant.slug() + ".kasvu.test"), tenancy.portalUrl(tenant));
        return tenant;
    }

    /** The operators' realm, its console client answering to this application's platform host. */
    public void operatorRealm() {
        realms.ensureOperatorRealm(tenancy.platformUrl());
    }

    /**
     * A user who signs in with {@link #PASSWORD} and has nothing to set up first, holding the realm roles.
     *
     * @return the user's id in the realm (the tokens' {@code sub})
     */
    public String user(String realm, String username, String firstName, String lastName, String... roles) {
        var created = admin("POST", "/" + realm + "/users", Map.of("username", username, "email", username,
                "firstName", firstName, "lastName", lastName, "enabled", true, "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        assertThat(created.statusCode()).as("creating " + username + ": " + created.body()).isIn(201, 409);
        // a user left by an earlier run already has the password, and the realm's policy refuses a repeated one
        String id = userId(realm, username);
        for (String role : roles) {
            String representation = admin("GET", "/" + realm + "/roles/" + role, null).body();
            var granted = admin("POST", "/" + realm + "/users/" + id + "/role-mappings/realm",
                    List.of(JSON.readValue(representation, Map.class)));
            assertThat(granted.statusCode()).as("granting " + role + ": " + granted.body()).isEqualTo(204);
        }
        return id;
    }

    /** A realm role of the given name, as a city admin could make in their municipality's realm. */
    public void role(String realm, String name) {
        var created = admin("POST", "/" + realm + "/roles", Map.of("name", name));
        assertThat(created.statusCode()).as("creating the role " + name + ": " + created.body()).isIn(201, 409);
    }

    /** An access token of the realm for the user, with the realm roles in its roles claim as the portal's tokens. */
    public String accessToken(String realm, String username) {
        var client = admin("POST", "/" + realm + "/clients", Map.of("clientId", PASSWORD_GRANT_CLIENT,
                "publicClient", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                "protocolMappers", List.of(Map.of("name", "realm roles", "protocol", "openid-connect",
                        "protocolMapper", "oidc-usermodel-realm-role-mapper", "config", Map.of(
                                "claim.name", TenantRealms.ROLES_CLAIM, "multivalued", "true",
                                "jsonType.label", "String", "access.token.claim", "true", "id.token.claim", "true")))));
        assertThat(client.statusCode()).as("the password-grant client: " + client.body()).isIn(201, 409);
        var tokens = send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", PASSWORD_GRANT_CLIENT, "username", username,
                        "password", PASSWORD, "scope", "openid profile email"))));
        assertThat(tokens.statusCode()).as("signing " + username + " in: " + tokens.body()).isEqualTo(200);
        return (String) JSON.readValue(tokens.body(), Map.class).get("access_token");
    }

    @Override
    public void close() {
        made.forEach(realms::deleteRealm);
    }

    private String userId(String realm, String username) {
        var found = admin("GET", "/" + realm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        List<?> users = JSON.readValue(found.body(), List.class);
        assertThat(users).as("the user " + username + " in realm " + realm).hasSize(1);
        return (String) ((Map<?, ?>) users.get(0)).get("id");
    }

    private HttpResponse<String> admin(String method, String path, Object body) {
        var request = HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request);
    }

    private String adminToken() {
        try {
            String password = Files.readString(keycloak.adminPasswordFile()).strip();
            var tokens = send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", keycloak.adminUsername(), "password", password))));
            assertThat(tokens.statusCode()).as("the admin's sign-in").isEqualTo(200);
            return (String) JSON.readValue(tokens.body(), Map.class).get("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("reading the Keycloak admin's password failed", e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("calling Keycloak failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
