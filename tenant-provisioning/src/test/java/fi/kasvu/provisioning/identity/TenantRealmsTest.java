package fi.kasvu.provisioning.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

/** Against the real Keycloak that {@link ManagedKeycloak} runs for the tests (port 8181 unless -Dkasvu.test.keycloak-port says otherwise). */
@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class TenantRealmsTest {

    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak managedKeycloak;
    @Autowired KeycloakSettings settings;
    KeycloakFixture keycloak;

    @BeforeEach
    void fixture() {
        keycloak = new KeycloakFixture(realms);
    }

    @AfterEach
    void deleteRealms() {
        keycloak.close();
    }

    @Test
    void aNewRealmHasTheMunicipalitysRolesSettingsAndAPkcePortalClient() {
        TenantId tenant = keycloak.newTenant("realm");
        ProvisionedRealm provisioned = realms.ensureRealm(tenant, "Espoon kaupunki", KeycloakFixture.firstAdmin(tenant),
                URI.create("http://" + tenant.slug() + ".kasvu.test:8080/"));

        assertThat(provisioned).isEqualTo(new ProvisionedRealm(tenant.slug(),
                URI.create("http://localhost:" + Integer.getInteger("kasvu.keycloak.managed-port", 8181) + "/realms/" + tenant.slug()), "kasvu-portal"));
        Map<String, Object> realm = keycloak.read("/{realm}", tenant.slug());
        assertThat(realm).containsEntry("displayName", "Espoon kaupunki").containsEntry("enabled", true)
                .containsEntry("bruteForceProtected", true).containsEntry("failureFactor", 5)
                .containsEntry("passwordPolicy", "length(12) and notUsername and notEmail and passwordHistory(5)");
        assertThat(keycloak.readList("/{realm}/roles", tenant.slug())).extracting(role -> role.get("name"))
                .contains("guardian", "student", "teacher", "special-needs-teacher", "principal", "welfare",
                        "city-admin", "governance");

        List<Map<String, Object>> clients = keycloak.readList("/{realm}/clients?clientId=kasvu-portal", tenant.slug());
        assertThat(clients).singleElement().satisfies(client -> {
            assertThat(client).containsEntry("publicClient", false).containsEntry("standardFlowEnabled", true)
                    .containsEntry("implicitFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                    .containsEntry("serviceAccountsEnabled", false)
                    .containsEntry("redirectUris", List.of("http://" + tenant.slug() + ".kasvu.test:8080/*"))
                    .containsEntry("webOrigins", List.of("http://" + tenant.slug() + ".kasvu.test:8080"));
            assertThat(KeycloakFixture.map(client.get("attributes"))).containsEntry("pkce.code.challenge.method", "S256")
                    .containsEntry("post.logout.redirect.uris", "http://" + tenant.slug() + ".kasvu.test:8080/*");
            assertThat(KeycloakFixture.list(client.get("protocolMappers"))).hasSize(1).first().satisfies(mapper ->
                    assertThat(KeycloakFixture.map(KeycloakFixture.map(mapper).get("config"))).containsEntry("claim.name", "roles")
                            .containsEntry("id.token.claim", "true").containsEntry("access.token.claim", "true"));
        });
        assertThat(realms.clientSecret(tenant)).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theFirstCityAdminMustSetAPasswordAndASecondFactorAndHoldsTheCityAdminRole() {
        TenantId tenant = keycloak.newTenant("admin");
        realms.ensureRealm(tenant, "Kauniainen", new FirstAdmin("Maija Liisa Meikäläinen", " Maija@Kauniainen.FI "),
                KeycloakFixture.PORTAL);

        List<Map<String, Object>> users = keycloak.readList("/{realm}/users", tenant.slug());
        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user).containsEntry("username", "maija@kauniainen.fi").containsEntry("email", "maija@kauniainen.fi")
                    .containsEntry("firstName", "Maija").containsEntry("lastName", "Liisa Meikäläinen")
                    .containsEntry("enabled", true);
            assertThat(KeycloakFixture.list(user.get("requiredActions")))
                    .containsExactlyInAnyOrder("UPDATE_PASSWORD", "CONFIGURE_TOTP");
            assertThat(keycloak.readList("/{realm}/users/{id}/role-mappings/realm", tenant.slug(), user.get("id")))
                    .extracting(role -> role.get("name"))
                    .containsExactlyInAnyOrder("city-admin", "default-roles-" + tenant.slug());
            assertThat(keycloak.readList("/{realm}/users/{id}/credentials", tenant.slug(), user.get("id"))).isEmpty();
        });
    }

    @Test
    void ensuringARealmAgainLeavesOneRealmOneClientAndOneAdmin() {
        TenantId tenant = keycloak.newTenant("twice");
        ProvisionedRealm first = realms.ensureRealm(tenant, "Twice", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        String secret = realms.clientSecret(tenant);

        ProvisionedRealm second = realms.ensureRealm(tenant, "Twice", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        assertThat(second).isEqualTo(first);
        assertThat(keycloak.readList("/{realm}/clients?clientId=kasvu-portal", tenant.slug())).hasSize(1);
        assertThat(keycloak.readList("/{realm}/users", tenant.slug())).hasSize(1);
        assertThat(keycloak.readList("/{realm}/roles", tenant.slug())).filteredOn(role -> role.get("name").equals("teacher"))
                .hasSize(1);
        assertThat(realms.clientSecret(tenant)).as("a retry keeps the secret the application signs in with").isEqualTo(secret);
    }

    @Test
    void eachRealmHasKasvusOwnAdministratorWhoMayAdministerThatRealmAndNoOther() {
        TenantId tenant = keycloak.newTenant("own");
        TenantId other = keycloak.newTenant("other");
        realms.ensureRealm(tenant, "Oma", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        realms.ensureRealm(other, "Muu", KeycloakFixture.firstAdmin(other), KeycloakFixture.PORTAL);

        String token = realmAdministratorToken(tenant.slug());

        assertThat(KeycloakFixture.claims(token)).containsEntry("iss",
                realms.admin().serverUrl() + "/realms/" + tenant.slug());
        assertThat(adminGet(token, "/{realm}/users/count", tenant.slug()).getStatusCode().value()).isEqualTo(200);
        assertThat(adminGet(token, "/{realm}/users/count", tenant.slug()).getBody()).isEqualTo("1");
        assertThat(adminGet(token, "/{realm}/users/count", other.slug()).getStatusCode().value())
                .as("a realm's administrator is nobody in another realm").isIn(401, 403);
        assertThat(keycloak.readList("/{realm}/users", tenant.slug())).as("the service account is no person of the realm")
                .hasSize(1);
    }

    @Test
    void aRealmWithoutKasvusOwnAdministratorIsStillServedAndGetsOneOnTheNextEnsure() {
        TenantId tenant = keycloak.newTenant("legacy");
        realms.ensureRealm(tenant, "Vanha", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        String adminClient = realms.client(tenant.slug(), KeycloakAdmin.REALM_ADMIN_CLIENT).orElseThrow().id();
        realms.admin().delete("test", "/{realm}/clients/{id}", tenant.slug(), adminClient);

        assertThat(realms.clientSecret(tenant)).as("served by the master realm's administrator meanwhile")
                .hasSizeGreaterThanOrEqualTo(32);

        realms.ensureRealm(tenant, "Vanha", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        assertThat(keycloak.readList("/{realm}/clients?clientId={client}", tenant.slug(), KeycloakAdmin.REALM_ADMIN_CLIENT))
                .hasSize(1);
        assertThat(adminGet(realmAdministratorToken(tenant.slug()), "/{realm}/users/count", tenant.slug()).getBody())
                .isEqualTo("1");
    }

    @Test
    void aRealmAdministratorWhoseSecretNoLongerMatchesGetsItRenewedOnTheNextEnsure() {
        TenantId tenant = keycloak.newTenant("renew");
        realms.ensureRealm(tenant, "Uusi", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        String adminClient = realms.client(tenant.slug(), KeycloakAdmin.REALM_ADMIN_CLIENT).orElseThrow().id();
        realms.admin().put("test", Map.of("id", adminClient, "clientId", KeycloakAdmin.REALM_ADMIN_CLIENT,
                "secret", "no-longer-the-derived-one"), "/{realm}/clients/{id}", tenant.slug(), adminClient);
        assertThat(realmAdministratorToken(tenant.slug())).as("the derived secret is refused now").isNull();

        realms.ensureRealm(tenant, "Uusi", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        assertThat(adminGet(realmAdministratorToken(tenant.slug()), "/{realm}/users/count", tenant.slug()).getBody())
                .isEqualTo("1");
    }

    @Test
    void realmsAreCreatedByAProvisionerWhoseTokensCarryCreateRealmAndNothingElse() {
        TenantId tenant = keycloak.newTenant("provisioned");
        realms.ensureRealm(tenant, "Provisioned", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        assertThat(keycloak.readList("/{realm}/clients?clientId={client}", "master", KeycloakAdmin.PROVISIONER_CLIENT))
                .singleElement().satisfies(client -> assertThat(client).containsEntry("fullScopeAllowed", false)
                        .containsEntry("serviceAccountsEnabled", true).containsEntry("publicClient", false)
                        .containsEntry("standardFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false));
        String token = provisionerToken(realms.admin().provisionerSecret());
        Map<String, Object> claims = KeycloakFixture.claims(token);
        assertThat(KeycloakFixture.map(claims.get("realm_access")).get("roles")).as("the token's roles")
                .isEqualTo(List.of(KeycloakAdmin.CREATE_REALM_ROLE));
        assertThat(claims).doesNotContainKey("resource_access");
        assertThat(adminGet(token, "/{realm}/users/count", tenant.slug()).getStatusCode().value())
                .as("the creator of a realm cannot read its people").isEqualTo(403);
        assertThat(adminGet(token, "/{realm}/users/count", "master").getStatusCode().value())
                .as("nor the administrators'").isEqualTo(403);
    }

    @Test
    void aMissingProvisionerIsSetUpAgainBeforeTheNextRealm() {
        TenantId first = keycloak.newTenant("before");
        realms.ensureRealm(first, "Before", KeycloakFixture.firstAdmin(first), KeycloakFixture.PORTAL);
        String provisioner = realms.client("master", KeycloakAdmin.PROVISIONER_CLIENT).orElseThrow().id();
        realms.admin().delete("test", "/{realm}/clients/{id}", "master", provisioner);
        assertThat(provisionerToken(realms.admin().provisionerSecret())).as("gone").isNull();

        // a node that starts now finds no provisioner
        var restarted = new TenantRealms(new KeycloakAdmin(managedKeycloak::adminAccess), settings);
        TenantId second = keycloak.newTenant("after");
        restarted.ensureRealm(second, "After", KeycloakFixture.firstAdmin(second), KeycloakFixture.PORTAL);

        assertThat(realms.realmExists(second)).isTrue();
        assertThat(keycloak.readList("/{realm}/clients?clientId={client}", "master", KeycloakAdmin.PROVISIONER_CLIENT))
                .hasSize(1);
        assertThat(provisionerToken(realms.admin().provisionerSecret())).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private String provisionerToken(String secret) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", KeycloakAdmin.PROVISIONER_CLIENT);
        form.add("client_secret", secret);
        Map<String, Object> response = RestClient.create().post()
                .uri(realms.admin().serverUrl() + "/realms/master/protocol/openid-connect/token")
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 401, (refused, answer) -> { }).body(Map.class);
        return (String) response.get("access_token");
    }

    private String realmAdministratorToken(String realm) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", KeycloakAdmin.REALM_ADMIN_CLIENT);
        form.add("client_secret", realms.admin().realmAdminSecret(realm));
        Map<?, ?> response = RestClient.create().post()
                .uri(realms.admin().serverUrl() + "/realms/{realm}/protocol/openid-connect/token", realm)
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .onStatus(status -> status.value() == 401, (refused, answer) -> { }).body(Map.class);
        return (String) response.get("access_token");
    }

    private org.springframework.http.ResponseEntity<String> adminGet(String token, String path, Object... variables) {
        return RestClient.create().get().uri(realms.admin().serverUrl() + "/admin/realms" + path, variables)
                .headers(headers -> headers.setBearerAuth(token)).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
    }

    @Test
    void aRetryCompletesARealmThatLostItsClientARoleAndItsAdmin() {
        TenantId tenant = keycloak.newTenant("partial");
        realms.ensureRealm(tenant, "Partial", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        String clientId = realms.client(tenant.slug(), "kasvu-portal").orElseThrow().id();
        String userId = realms.users().find(tenant.slug(), KeycloakFixture.firstAdmin(tenant).email()).orElseThrow().id();
        realms.admin().delete("test", "/{realm}/clients/{id}", tenant.slug(), clientId);
        realms.admin().delete("test", "/{realm}/roles/{role}", tenant.slug(), "welfare");
        realms.admin().delete("test", "/{realm}/users/{id}", tenant.slug(), userId);

        realms.ensureRealm(tenant, "Partial", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        assertThat(keycloak.readList("/{realm}/roles", tenant.slug())).extracting(role -> role.get("name")).contains("welfare");
        assertThat(keycloak.readList("/{realm}/clients?clientId=kasvu-portal", tenant.slug())).singleElement()
                .satisfies(client -> assertThat(KeycloakFixture.list(client.get("protocolMappers"))).hasSize(1));
        assertThat(keycloak.readList("/{realm}/users", tenant.slug())).singleElement().satisfies(user -> assertThat(
                keycloak.readList("/{realm}/users/{id}/role-mappings/realm", tenant.slug(), user.get("id")))
                .extracting(role -> role.get("name")).contains("city-admin"));
    }

    @Test
    void aRetryWithAnotherPortalAddressOrNameUpdatesTheRealmAndItsClient() {
        TenantId tenant = keycloak.newTenant("moved");
        realms.ensureRealm(tenant, "Before", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        realms.ensureRealm(tenant, "After", KeycloakFixture.firstAdmin(tenant), URI.create("https://moved.kasvu.fi"));

        assertThat(keycloak.read("/{realm}", tenant.slug())).containsEntry("displayName", "After");
        assertThat(keycloak.readList("/{realm}/clients?clientId=kasvu-portal", tenant.slug())).singleElement()
                .satisfies(client -> {
                    assertThat(client).containsEntry("redirectUris", List.of("https://moved.kasvu.fi/*"))
                            .containsEntry("webOrigins", List.of("https://moved.kasvu.fi"));
                    assertThat(KeycloakFixture.map(client.get("attributes")))
                            .containsEntry("post.logout.redirect.uris", "https://moved.kasvu.fi/*")
                            .containsEntry("pkce.code.challenge.method", "S256");
                });
    }

    @Test
    void renamingAMunicipalityRenamesItsRealmAndLeavesTheRestAsItWas() {
        TenantId tenant = keycloak.newTenant("renamed");
        realms.ensureRealm(tenant, "Vanha nimi", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);

        realms.rename(tenant, " Uusi nimi ");

        assertThat(keycloak.read("/{realm}", tenant.slug())).containsEntry("displayName", "Uusi nimi")
                .containsEntry("enabled", true).containsEntry("bruteForceProtected", true)
                .containsEntry("passwordPolicy", RealmBlueprint.PASSWORD_POLICY);
        realms.rename(keycloak.newTenant("never-made"), "Ei ole");
    }

    @Test
    void deletingARealmRemovesItAndDeletingItAgainIsHarmless() {
        TenantId tenant = keycloak.newTenant("gone");
        realms.ensureRealm(tenant, "Gone", KeycloakFixture.firstAdmin(tenant), KeycloakFixture.PORTAL);
        assertThat(realms.realmExists(tenant)).isTrue();

        realms.deleteRealm(tenant);

        assertThat(realms.realmExists(tenant)).isFalse();
        realms.deleteRealm(tenant);
        assertThat(realms.realmExists(tenant)).isFalse();
    }

    @Test
    void theIssuerIsTheOneKeycloakPublishesForTheRealm() {
        ProvisionedRealm realm = keycloak.municipality("issuer");

        Map<String, Object> discovery = KeycloakFixture.map(RestClient.create().get().uri(realm.issuer() + "/.well-known/openid-configuration")
                .retrieve().body(Map.class));

        assertThat(realms.issuer(TenantId.of(realm.realm()))).isEqualTo(realm.issuer())
                .isEqualTo(URI.create("http://localhost:" + Integer.getInteger("kasvu.keycloak.managed-port", 8181) + "/realms/" + realm.realm()));
        assertThat(discovery.get("issuer")).isEqualTo(realm.issuer().toString());
        assertThat(KeycloakFixture.list(discovery.get("code_challenge_methods_supported"))).contains("S256");
    }

    @Test
    void aSignedInUsersTokensCarryItsRealmRolesInTheRolesClaim() {
        ProvisionedRealm realm = keycloak.municipality("token");
        realms.users().ensure(realm.realm(), Account.withPassword("opettaja@kasvu.test", "Olli", "Opettaja", "teacher",
                "correct-horse-battery"));
        keycloak.allowPasswordGrant(realm.realm());

        Map<String, Object> tokens = keycloak.signIn(realm.realm(), realms.clientSecret(TenantId.of(realm.realm())),
                "opettaja@kasvu.test", "correct-horse-battery");

        for (String token : List.of("access_token", "id_token")) {
            Map<String, Object> claims = KeycloakFixture.claims((String) tokens.get(token));
            assertThat(claims).as(token).containsEntry("iss", realm.issuer().toString());
            assertThat(KeycloakFixture.list(claims.get("roles"))).as(token).contains("teacher").doesNotContain("city-admin");
        }
    }

    @Test
    void failuresSayWhatFailedAndNeverTheSecret() {
        ProvisionedRealm realm = keycloak.municipality("fails");
        String tooShort = "s3cret-pw";

        assertThatThrownBy(() -> realms.users().ensure(realm.realm(),
                Account.withPassword("short@kasvu.test", "Short", "Password", "teacher", tooShort)))
                .isInstanceOf(IdentityProviderException.class)
                .hasMessageStartingWith("creating the user 'short@kasvu.test' in realm '" + realm.realm() + "' failed: Keycloak answered 400")
                .hasMessageNotContaining(tooShort);

        var stranger = new KeycloakAdmin(() -> new AdminAccess(realms.admin().serverUrl(), "master", "admin",
                "not-the-password", "check the test"));
        assertThatThrownBy(() -> stranger.find("reading realm 'x'", Map.class, "/x"))
                .isInstanceOf(IdentityProviderException.class)
                .hasMessageContaining("signing in to Keycloak's admin API as 'admin' in realm 'master' failed: Keycloak answered 401")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void anAdminSessionThatKeycloakEndedIsReplacedBySigningInAgain() {
        // a second administrator of the master realm, so that ending its sessions disturbs no one else
        String username = KeycloakFixture.firstAdmin(keycloak.newTenant("admin")).email();
        String userId = realms.users().ensure("master", Account.withPassword(username, "Test", "Admin", "admin",
                "correct-horse-battery"));
        try {
            var admin = new KeycloakAdmin(() -> new AdminAccess(realms.admin().serverUrl(), "master", username,
                    "correct-horse-battery", null));
            assertThat(admin.find("reading the master realm", Map.class, "/master")).isPresent();
            List<Map<String, Object>> sessions = keycloak.readList("/master/users/{id}/sessions", userId);
            assertThat(sessions).hasSize(1);
            realms.admin().delete("ending the session", "/master/sessions/{id}", sessions.getFirst().get("id"));

            assertThat(admin.find("reading the master realm", Map.class, "/master")).isPresent();
            assertThat(keycloak.readList("/master/users/{id}/sessions", userId)).singleElement()
                    .satisfies(session -> assertThat(session.get("id")).isNotEqualTo(sessions.getFirst().get("id")));
        } finally {
            realms.admin().delete("deleting the test admin", "/master/users/{id}", userId);
        }
    }

    @Test
    void theOperatorsRealmHasTheOperatorRoleAndTheConsoleClient() {
        ProvisionedRealm operators = realms.ensureOperatorRealm(URI.create("http://kasvu.test:8080"));

        assertThat(operators.realm()).isEqualTo("platform");
        assertThat(operators.clientId()).isEqualTo("kasvu-console");
        assertThat(keycloak.readList("/{realm}/roles", "platform")).extracting(role -> role.get("name")).contains("operator")
                .doesNotContain("city-admin");
        assertThat(keycloak.readList("/{realm}/clients?clientId=kasvu-console", "platform")).singleElement()
                .satisfies(client -> assertThat(KeycloakFixture.map(client.get("attributes")))
                        .containsEntry("pkce.code.challenge.method", "S256"));
        assertThat(realms.operatorClientSecret()).isNotBlank();
        assertThat(realms.ensureOperatorRealm(URI.create("http://kasvu.test:8080"))).isEqualTo(operators);
    }
}
