package fi.kasvu.provisioning.identity;

import java.net.URI;

/**
 * A realm as Spring Security needs it: its name, the issuer its tokens carry, and the client the application signs
 * in with (whose secret {@link TenantRealms#clientSecret} reads from Keycloak).
 */
public record ProvisionedRealm(String realm, URI issuer, String clientId) {
}
