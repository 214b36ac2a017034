package fi.kasvu.ui.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API: a token is trusted only when its issuer is the realm of the host it was sent to, so a
 * token of one municipality is refused (401) on every other host. Realms are found through the registry on each
 * request, so a municipality provisioned a moment ago is served without a restart; each realm's decoder (and the
 * signing keys it fetches) is made once.
 */
@Component
class HostIssuerTokens implements AuthenticationManagerResolver<String> {

    private final HostRealms realms;
    private final Map<String, AuthenticationManager> byIssuer = new ConcurrentHashMap<>();

    HostIssuerTokens(HostRealms realms) {
        this.realms = realms;
    }

    JwtIssuerAuthenticationManagerResolver resolver() {
        return new JwtIssuerAuthenticationManagerResolver(this);
    }

    /** The manager for tokens of the issuer, or null (the token is refused) when the host's realm is another. */
    @Override
    public AuthenticationManager resolve(String issuer) {
        HostRealm realm = realms.current();
        if (!realm.issued(issuer)) {
            return null;
        }
        return byIssuer.computeIfAbsent(issuer, ignored -> manager(realm));
    }

    private AuthenticationManager manager(HostRealm realm) {
        String keys = realms.serverEndpoint(realm, "certs").toString();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(realm.issuer().toString()));
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(RealmRoles::bearer);
        return provider::authenticate;
    }
}
