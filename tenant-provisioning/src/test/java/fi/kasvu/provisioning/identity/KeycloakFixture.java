package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Realms for tests, each under a fresh slug and deleted afterwards, and what tests read back from Keycloak. */
final class KeycloakFixture implements AutoCloseable {

    static final URI PORTAL = URI.create("http://portal.kasvu.test:8080");

    private final TenantRealms realms;
    private final List<TenantId> made = new ArrayList<>();

    KeycloakFixture(TenantRealms realms) {
        this.realms = realms;
    }

    TenantId newTenant(String prefix) {
        TenantId tenant = TenantFixture.uniqueSlug(prefix);
        made.add(tenant);
        return tenant;
    }

    ProvisionedRealm municipality(String prefix) {
        TenantId tenant = newTenant(prefix);
        return realms.ensureRealm(tenant, "Municipality " + tenant.slug(), firstAdmin(tenant), PORTAL);
    }

    static FirstAdmin firstAdmin(TenantId tenant) {
        return new FirstAdmin("Maija Meikäläinen", "maija@" + tenant.slug() + ".kasvu.test");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(String path, Object... variables) {
        return realms.admin().find("test read", Map.class, path, variables).orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Map<String, Object>> readList(String path, Object... variables) {
        return (List) realms.admin().list("test read", new org.springframework.core.ParameterizedTypeReference<List<Map>>() { },
                path, variables);
    }

    /** Lets the portal client sign users in with a password, which Kasvu's realms never allow, to read tokens. */
    void allowPasswordGrant(String realm) {
        String id = realms.client(realm, TenantRealms.PORTAL_CLIENT).orElseThrow().id();
        var client = new HashMap<>(read("/{realm}/clients/{id}", realm, id));
        client.put("directAccessGrantsEnabled", true);
        realms.admin().put("test update", client, "/{realm}/clients/{id}", realm, id);
    }

    /** Signs in with a password at the realm's token endpoint; the token response. */
    @SuppressWarnings("unchecked")
    Map<String, Object> signIn(String realm, String secret, String username, String password) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "password");
        form.add("client_id", TenantRealms.PORTAL_CLIENT);
        form.add("client_secret", secret);
        form.add("username", username);
        form.add("password", password);
        form.add("scope", "openid");
        return RestClient.create().post().uri(realms.admin().serverUrl() + "/realms/{realm}/protocol/openid-connect/token", realm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return JsonMapper.shared().readValue(payload, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object json) {
        return (List<Object>) json;
    }

    @Override
    public void close() {
        made.forEach(realms::deleteRealm);
    }
}
