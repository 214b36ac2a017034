package fi.kasvu.ui.security;

import java.net.URI;
import java.util.Optional;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * The Keycloak realm that signs people in on the host of the current request: a municipality's own realm on its host,
 * the operators' realm on the platform host.
 *
 * @param tenant the municipality, or empty on the platform host
 * @param issuer the issuer every token of the realm carries; a session or token of another issuer is not this host's
 */
record HostRealm(String name, Optional<TenantId> tenant, URI issuer, String clientId) {

    boolean issued(String tokenIssuer) {
        return issuer.toString().equals(tokenIssuer);
    }
}
