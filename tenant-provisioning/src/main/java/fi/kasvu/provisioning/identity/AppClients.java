package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.Representations.Client;
import fi.kasvu.provisioning.identity.Representations.ClientSecret;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/**
 * Clients of third-party apps in a municipality's realm: confidential, client-credentials only (a service account,
 * no browser flow, no passwords), whose tokens carry exactly the scopes the app was given. Each scope is a client
 * scope of the realm, created on first use under the name the app asks for, and a default scope of the app's client,
 * so that every token the client gets holds all of its scopes and no other client gets them.
 */
@Service
public class AppClients {

    private final KeycloakAdmin admin;
    private final TenantRealms realms;

    AppClients(TenantRealms realms) {
        this.admin = realms.admin();
        this.realms = realms;
    }

    /** Creates the client with the scopes; answers its secret, which Kasvu does not keep. */
    public String create(TenantId tenant, String clientId, String displayName, List<String> scopes) {
        String realm = tenant.slug();
        List<String> scopeIds = scopes.stream().map(scope -> ensureScope(realm, scope)).toList();
        var client = new Client(null, clientId, displayName, "openid-connect", true, false, "client-secret", false,
                false, false, true, null, null, List.of(), List.of(), Map.of(), null);
        if (!admin.create("creating the app client '" + clientId + "' in realm '" + realm + "'", client,
                "/{realm}/clients", realm)) {
            throw new IdentityProviderException("creating the app client '" + clientId + "' in realm '" + realm
                    + "' failed: a client of that id exists already", null);
        }
        String id = realms.client(realm, clientId).map(Client::id).orElseThrow(() -> new IdentityProviderException(
                "creating the app client '" + clientId + "' in realm '" + realm + "' failed: it is not there", null));
        for (String scopeId : scopeIds) {
            admin.put("giving the app client '" + clientId + "' its scopes in realm '" + realm + "'", Map.of(),
                    "/{realm}/clients/{id}/default-client-scopes/{scope}", realm, id, scopeId);
        }
        String what = "reading the secret of the app client '" + clientId + "' in realm '" + realm + "'";
        return admin.find(what, ClientSecret.class, "/{realm}/clients/{id}/client-secret", realm, id)
                .map(ClientSecret::value).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IdentityProviderException(what + " failed: the client has no secret", null));
    }

    /** Deletes the client, so it gets no more tokens; false when it was gone already. */
    public boolean delete(TenantId tenant, String clientId) {
        String realm = tenant.slug();
        Optional<Client> client = realms.client(realm, clientId);
        return client.isPresent() && admin.delete("deleting the app client '" + clientId + "' in realm '" + realm + "'",
                "/{realm}/clients/{id}", realm, client.get().id());
    }

    /** Where the app asks for its tokens (the client-credentials grant). */
    public URI tokenEndpoint(TenantId tenant) {
        return URI.create(realms.issuer(tenant) + "/protocol/openid-connect/token");
    }

    private String ensureScope(String realm, String name) {
        return findScope(realm, name).orElseGet(() -> {
            admin.create("creating the client scope '" + name + "' in realm '" + realm + "'", Map.of(
                    "name", name, "protocol", "openid-connect", "attributes", Map.of(
                            "include.in.token.scope", "true", "display.on.consent.screen", "false")),
                    "/{realm}/client-scopes", realm);
            return findScope(realm, name).orElseThrow(() -> new IdentityProviderException(
                    "creating the client scope '" + name + "' in realm '" + realm + "' failed: it is not there", null));
        });
    }

    private Optional<String> findScope(String realm, String name) {
        return admin.list("reading the client scopes of realm '" + realm + "'",
                        new ParameterizedTypeReference<List<Map<String, Object>>>() { }, "/{realm}/client-scopes", realm)
                .stream().filter(scope -> name.equals(scope.get("name"))).map(scope -> (String) scope.get("id"))
                .findFirst();
    }
}
