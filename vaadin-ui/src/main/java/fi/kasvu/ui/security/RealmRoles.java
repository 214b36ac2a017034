package fi.kasvu.ui.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import fi.kasvu.provisioning.identity.TenantRealms;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A realm's roles, which Keycloak puts in the tokens' {@value TenantRealms#ROLES_CLAIM} claim, as Spring authorities:
 * {@code city-admin} becomes {@code ROLE_CITY_ADMIN}, so that {@code @RolesAllowed("CITY_ADMIN")} and
 * {@code hasRole("CITY_ADMIN")} read as the role does.
 */
final class RealmRoles {

    private RealmRoles() {
    }

    static String authority(String role) {
        return "ROLE_" + role.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /** The role names in a roles claim; anything that is no list of strings holds none. */
    static List<String> in(Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    static Set<GrantedAuthority> authorities(Collection<String> roles) {
        var authorities = new LinkedHashSet<GrantedAuthority>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(authority(role))));
        return authorities;
    }

    /** After an OpenID Connect sign-in: the roles of the ID token and the user info, added to what Spring gave. */
    static GrantedAuthoritiesMapper signIn() {
        return granted -> {
            var mapped = new LinkedHashSet<GrantedAuthority>(granted);
            granted.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                    .flatMap(oidc -> Stream.concat(
                            in(oidc.getIdToken().getClaim(TenantRealms.ROLES_CLAIM)).stream(),
                            oidc.getUserInfo() == null ? Stream.empty()
                                    : in(oidc.getUserInfo().getClaim(TenantRealms.ROLES_CLAIM)).stream()))
                    .forEach(role -> mapped.add(new SimpleGrantedAuthority(authority(role))));
            return mapped;
        };
    }

    /** A verified bearer token, named by the user's username. */
    static JwtAuthenticationToken bearer(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(in(jwt.getClaim(TenantRealms.ROLES_CLAIM))),
                jwt.getClaimAsString("preferred_username"));
    }
}
