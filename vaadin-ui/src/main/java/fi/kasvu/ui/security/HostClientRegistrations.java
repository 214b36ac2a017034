package fi.kasvu.ui.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The one client registration, {@value #REGISTRATION_ID}, resolved for the host of each request: on a municipality's
 * host its portal client in its realm, on the platform host the console client in the operators' realm. A realm's
 * registration is built once, since its secret comes from Keycloak's admin API; it is kept under the tenant's registry
 * id, so a municipality removed and signed up again under the same address gets its new realm's secret.
 */
@Component
class HostClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "kasvu";
    static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    private final HostRealms realms;
    private final TenantRegistry registry;
    private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

    HostClientRegistrations(HostRealms realms, TenantRegistry registry) {
        this.realms = realms;
        this.registry = registry;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        HostRealm realm = realms.current();
        String key = realm.name() + "/" + realm.tenant().flatMap(registry::lookup).map(Tenant::id)
                .map(Object::toString).orElse("");
        return built.computeIfAbsent(key, ignored -> registration(realm));
    }

    private ClientRegistration registration(HostRealm realm) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(realm.clientId())
                .clientSecret(realms.clientSecret(realm))
                .clientName("Kasvu (" + realm.name() + ")")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(realm.issuer().toString())
                .authorizationUri(realms.browserEndpoint(realm, "auth").toString())
                .tokenUri(realms.serverEndpoint(realm, "token").toString())
                .jwkSetUri(realms.serverEndpoint(realm, "certs").toString())
                .userInfoUri(realms.serverEndpoint(realm, "userinfo").toString())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        realms.browserEndpoint(realm, "logout").toString()))
                .build();
    }
}
