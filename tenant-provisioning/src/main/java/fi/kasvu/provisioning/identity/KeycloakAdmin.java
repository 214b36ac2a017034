package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Keycloak's admin REST API, signed in as an administrator. Admin tokens live a minute: each request takes a fresh
 * enough one, refreshing it or signing in again, and a request answered 401 is retried once with a new sign-in.
 * Every failure becomes an {@link IdentityProviderException} saying what failed, without secrets.
 * <p>
 * A request about one realm ({@code /{realm}/...}) goes as that realm's own administrator, the service account of
 * its client {@value #REALM_ADMIN_CLIENT}, whose secret is derived from the master administrator's password and the
 * realm's name (so Kasvu stores none). Requests as the master realm's administrator get slower with every realm in
 * the Keycloak (measured: seconds per request at a hundred realms), a realm's own administrator does not. Realms are
 * created by the service account of {@value #PROVISIONER_CLIENT} in the master realm, which holds the role
 * {@code create-realm} and whose tokens carry nothing else: created by the master administrator, a realm took 2.5-3 s
 * at 300 realms, by that account 0.7-0.9 s at any count (docs/decisions.md 27). Deleting realms, and any realm without
 * its own administrator yet, stay with the master administrator.
 */
final class KeycloakAdmin {

    /** The client of Kasvu's own administrator in every realm Kasvu makes. */
    static final String REALM_ADMIN_CLIENT = "kasvu-admin";
    /** The master realm's client whose service account creates realms, and may do nothing else. */
    static final String PROVISIONER_CLIENT = "kasvu-provisioner";
    static final String CREATE_REALM_ROLE = "create-realm";

    private static final Duration EARLY = Duration.ofSeconds(10);

    private final Supplier<AdminAccess> accessSource;
    private final RestClient http;
    private final java.util.concurrent.ConcurrentMap<String, Token> realmTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private AdminAccess access;
    private Token token;
    private Token provisionerToken;

    KeycloakAdmin(Supplier<AdminAccess> accessSource) {
        this.accessSource = accessSource;
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(60));
        // template variables are encoded whole: a '+' in an email address must not reach Keycloak as a space
        var uris = new DefaultUriBuilderFactory();
        uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
        this.http = RestClient.builder().requestFactory(requests).uriBuilderFactory(uris).build();
    }

    /** The resource at the admin API path, or empty when Keycloak answers 404. */
    <T> Optional<T> find(String what, Class<T> type, String path, Object... variables) {
        return call(what, client -> {
            try {
                return Optional.ofNullable(client.get().uri(adminUri(path), variables).headers(h -> h.setBearerAuth(bearer(path, variables)))
                        .retrieve().body(type));
            } catch (HttpClientErrorException.NotFound gone) {
                return Optional.empty();
            }
        });
    }

    <T> List<T> list(String what, ParameterizedTypeReference<List<T>> type, String path, Object... variables) {
        return call(what, client -> client.get().uri(adminUri(path), variables)
                .headers(h -> h.setBearerAuth(bearer(path, variables))).retrieve().body(type));
    }

    /** Creates the resource; false when Keycloak says it exists already (409). */
    boolean create(String what, Object body, String path, Object... variables) {
        return call(what, client -> {
            try {
                client.post().uri(adminUri(path), variables).headers(h -> h.setBearerAuth(bearer(path, variables)))
                        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
                return true;
            } catch (HttpClientErrorException.Conflict exists) {
                return false;
            }
        });
    }

    /**
     * Creates a realm from its whole representation, as Kasvu's provisioner ({@value #PROVISIONER_CLIENT}), which is
     * set up in the master realm first if it is missing or its secret no longer matches; false when the realm exists.
     */
    boolean createRealm(String what, Object realm) {
        return call(what, client -> {
            try {
                client.post().uri(adminUri("")).headers(h -> h.setBearerAuth(provisionerBearer()))
                        .contentType(MediaType.APPLICATION_JSON).body(realm).retrieve().toBodilessEntity();
                return true;
            } catch (HttpClientErrorException.Conflict exists) {
                return false;
            }
        });
    }

    void put(String what, Object body, String path, Object... variables) {
        call(what, client -> client.put().uri(adminUri(path), variables).headers(h -> h.setBearerAuth(bearer(path, variables)))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity());
    }

    /** Deletes the resource; false when it was already gone. */
    boolean delete(String what, String path, Object... variables) {
        return call(what, client -> {
            try {
                // a realm is deleted by the master administrator, never by itself
                String bearer = "/{realm}".equals(path) ? bearer() : bearer(path, variables);
                client.delete().uri(adminUri(path), variables).headers(h -> h.setBearerAuth(bearer))
                        .retrieve().toBodilessEntity();
                return true;
            } catch (HttpClientErrorException.NotFound gone) {
                return false;
            }
        });
    }

    /** The secret of the realm's {@value #REALM_ADMIN_CLIENT} client: derived, never stored. */
    String realmAdminSecret(String realm) {
        return derivedSecret("kasvu-realm-admin:" + realm);
    }

    /** The secret of {@value #PROVISIONER_CLIENT} in the administrators' realm: derived, never stored. */
    String provisionerSecret() {
        return derivedSecret("kasvu-provisioner:" + access().realm());
    }

    private String derivedSecret(String purpose) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(access().password().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] digest = mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Keycloak's base URL, as this node reaches it. */
    URI serverUrl() {
        return access().url();
    }

    private String adminUri(String path) {
        return access().url() + "/admin/realms" + path;
    }

    private <T> T call(String what, Function<RestClient, T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.apply(http);
            } catch (HttpClientErrorException.Unauthorized expired) {
                if (attempt > 1) {
                    throw IdentityProviderException.answered(what, expired);
                }
                forgetToken();
            } catch (RestClientResponseException e) {
                throw IdentityProviderException.answered(what, e);
            } catch (ResourceAccessException e) {
                if (attempt > 1) {
                    throw IdentityProviderException.unreachable(what, access == null ? null : access.url(), e);
                }
                forgetAccess(); // the managed Keycloak may have been stopped by another context: start it again
            }
        }
    }

    private synchronized AdminAccess access() {
        if (access == null) {
            try {
                access = accessSource.get();
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new IdentityProviderException("starting Keycloak failed: " + e.getMessage(), e);
            }
        }
        return access;
    }

    private synchronized String bearer() {
        long now = System.nanoTime();
        if (token != null && token.accessValidUntil - now > EARLY.toNanos()) {
            return token.access;
        }
        AdminAccess reach = access();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_id", "admin-cli");
        if (token != null && token.refresh != null && token.refreshValidUntil - now > EARLY.toNanos()) {
            form.add("grant_type", "refresh_token");
            form.add("refresh_token", token.refresh);
        } else {
            form.add("grant_type", "password");
            form.add("username", reach.username());
            form.add("password", reach.password());
        }
        String what = "signing in to Keycloak's admin API as '" + reach.username() + "' in realm '" + reach.realm() + "'";
        try {
            TokenResponse response = http.post()
                    .uri(reach.url() + "/realms/{realm}/protocol/openid-connect/token", reach.realm())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(TokenResponse.class);
            token = new Token(response, now);
            return token.access;
        } catch (RestClientResponseException e) {
            token = null;
            IdentityProviderException failure = IdentityProviderException.answered(what, e);
            if (e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) && reach.hint() != null) {
                throw new IdentityProviderException(failure.getMessage() + "; " + reach.hint(), e);
            }
            throw failure;
        }
    }

    private synchronized void forgetToken() {
        token = null;
        provisionerToken = null;
        realmTokens.clear();
    }

    /**
     * The provisioner's token. A refused sign-in means it is missing, or its secret was derived from an earlier
     * administrator password: the master administrator then sets it up, once.
     */
    private synchronized String provisionerBearer() {
        long now = System.nanoTime();
        if (provisionerToken != null && provisionerToken.accessValidUntil - now > EARLY.toNanos()) {
            return provisionerToken.access;
        }
        String realm = access().realm();
        try {
            provisionerToken = clientCredentials(realm, PROVISIONER_CLIENT, provisionerSecret(), now);
        } catch (HttpClientErrorException notSetUp) {
            ensureProvisioner(realm);
            provisionerToken = clientCredentials(realm, PROVISIONER_CLIENT, provisionerSecret(), now);
        }
        return provisionerToken.access;
    }

    /**
     * The provisioner in the administrators' realm: a confidential client with the derived secret, whose service
     * account holds {@value #CREATE_REALM_ROLE} and whose tokens carry only that role (full scope off). Keycloak
     * grants a realm's creator the management roles of what it creates; with the scope limited, its tokens never
     * carry them.
     */
    private void ensureProvisioner(String realm) {
        String what = "setting up Kasvu's provisioner in realm '" + realm + "'";
        var representation = new java.util.LinkedHashMap<String, Object>();
        representation.put("clientId", PROVISIONER_CLIENT);
        representation.put("name", "Kasvu provisioning");
        representation.put("description", "Creates municipalities' realms, and nothing else");
        representation.put("enabled", true);
        representation.put("publicClient", false);
        representation.put("clientAuthenticatorType", "client-secret");
        representation.put("secret", provisionerSecret());
        representation.put("serviceAccountsEnabled", true);
        representation.put("standardFlowEnabled", false);
        representation.put("directAccessGrantsEnabled", false);
        representation.put("fullScopeAllowed", false);
        Optional<String> existing = provisionerId(realm);
        if (existing.isEmpty()) {
            create(what, representation, "/{realm}/clients", realm);
        } else {
            representation.put("id", existing.get());
            put(what, representation, "/{realm}/clients/{id}", realm, existing.get());
        }
        String id = provisionerId(realm).orElseThrow(() -> new IdentityProviderException(what
                + " failed: the client is not there after creating it", null));
        Representations.User account = find(what, Representations.User.class, "/{realm}/clients/{id}/service-account-user",
                realm, id).orElseThrow(() -> new IdentityProviderException(what + " failed: the client has no service account", null));
        Representations.Role createRealm = find(what, Representations.Role.class, "/{realm}/roles/{role}", realm,
                CREATE_REALM_ROLE).orElseThrow(() -> new IdentityProviderException(what + " failed: realm '" + realm
                + "' has no role '" + CREATE_REALM_ROLE + "'; kasvu.keycloak.admin-realm must be Keycloak's master realm", null));
        create(what, List.of(createRealm), "/{realm}/users/{id}/role-mappings/realm", realm, account.id());
        create(what, List.of(createRealm), "/{realm}/clients/{id}/scope-mappings/realm", realm, id);
    }

    private Optional<String> provisionerId(String realm) {
        return list("looking up Kasvu's provisioner in realm '" + realm + "'",
                new ParameterizedTypeReference<List<Representations.Client>>() { }, "/{realm}/clients?clientId={clientId}",
                realm, PROVISIONER_CLIENT).stream().filter(client -> PROVISIONER_CLIENT.equals(client.clientId()))
                .map(Representations.Client::id).findFirst();
    }

    private Token clientCredentials(String realm, String clientId, String secret, long now) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        TokenResponse response = http.post()
                .uri(access().url() + "/realms/{realm}/protocol/openid-connect/token", realm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(TokenResponse.class);
        return new Token(response, now);
    }

    /** The realm's own administrator's token for a request about one realm, else (or failing that) the master's. */
    private String bearer(String path, Object... variables) {
        if (!path.startsWith("/{realm}") || variables.length == 0 || !(variables[0] instanceof String realm)
                || realm.equals(access().realm())) {
            return bearer();
        }
        long now = System.nanoTime();
        Token current = realmTokens.get(realm);
        if (current != null && current.accessValidUntil - now > EARLY.toNanos()) {
            return current.access;
        }
        try {
            Token fresh = clientCredentials(realm, REALM_ADMIN_CLIENT, realmAdminSecret(realm), now);
            realmTokens.put(realm, fresh);
            return fresh.access;
        } catch (RestClientResponseException noOwnAdministrator) {
            // no such realm (yet), or one made before realms had their own administrator: the master's will do
            realmTokens.remove(realm);
            return bearer();
        }
    }

    private synchronized void forgetAccess() {
        access = null;
        token = null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("refresh_expires_in") long refreshExpiresIn) {
    }

    private record Token(String access, long accessValidUntil, String refresh, long refreshValidUntil) {

        Token(TokenResponse response, long now) {
            this(response.accessToken(), now + Duration.ofSeconds(response.expiresIn()).toNanos(),
                    response.refreshToken(), now + Duration.ofSeconds(response.refreshExpiresIn()).toNanos());
        }

        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }
}
