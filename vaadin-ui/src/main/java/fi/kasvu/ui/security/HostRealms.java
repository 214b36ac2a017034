package fi.kasvu.ui.security;

import java.net.URI;
import java.util.Optional;

import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.KeycloakSettings;
import fi.kasvu.provisioning.identity.TenantRealms;
import org.springframework.stereotype.Component;

/**
 * Finds the realm of the current request's host. The platform's host filter has bound the tenant of a municipality's
 * host (and refused unknown hosts) before security runs, so a request without a tenant came to the platform host.
 */
@Component
class HostRealms {

    private final TenantContext tenants;
    private final TenantRealms realms;
    private final KeycloakSettings keycloak;

    HostRealms(TenantContext tenants, TenantRealms realms, KeycloakSettings keycloak) {
        this.tenants = tenants;
        this.realms = realms;
        this.keycloak = keycloak;
    }

    HostRealm current() {
        Optional<TenantId> tenant = tenants.current();
        return tenant.map(id -> new HostRealm(id.slug(), tenant, realms.issuer(id), TenantRealms.PORTAL_CLIENT))
                .orElseGet(() -> new HostRealm(TenantRealms.OPERATOR_REALM, Optional.empty(), realms.operatorIssuer(),
                        TenantRealms.CONSOLE_CLIENT));
    }

    /** The confidential client's secret, as Keycloak holds it now. */
    String clientSecret(HostRealm realm) {
        return realm.tenant().map(realms::clientSecret).orElseGet(realms::operatorClientSecret);
    }

    /** An OpenID Connect endpoint as this node reaches Keycloak (token, keys, user info). */
    URI serverEndpoint(HostRealm realm, String endpoint) {
        return endpoint(keycloak.serverUrl(), realm, endpoint);
    }

    /** An OpenID Connect endpoint as browsers reach Keycloak (authorization, logout). */
    URI browserEndpoint(HostRealm realm, String endpoint) {
        return endpoint(keycloak.browserUrl(), realm, endpoint);
    }

    private static URI endpoint(URI keycloak, HostRealm realm, String endpoint) {
        return URI.create(keycloak + "/realms/" + realm.name() + "/protocol/openid-connect/" + endpoint);
    }
}
