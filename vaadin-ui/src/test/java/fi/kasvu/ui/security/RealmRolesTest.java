package fi.kasvu.ui.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesTest {

    @Test
    void aRoleBecomesAnUppercaseAuthorityWithUnderscores() {
        assertThat(RealmRoles.authority("city-admin")).isEqualTo("ROLE_CITY_ADMIN");
        assertThat(RealmRoles.authority("special-needs-teacher")).isEqualTo("ROLE_SPECIAL_NEEDS_TEACHER");
        assertThat(RealmRoles.authority("operator")).isEqualTo("ROLE_OPERATOR");
    }

    @Test
    void aSignInGetsTheRolesOfItsIdTokenBesideWhatSpringGave() {
        var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "maija", "roles", List.of("city-admin", "teacher")));
        var oidcUser = new OidcUserAuthority(idToken);

        var mapped = RealmRoles.signIn().mapAuthorities(List.of(oidcUser));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_CITY_ADMIN", "ROLE_TEACHER");
    }

    @Test
    void aTokenWithoutARolesClaimHoldsNoRoles() {
        var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "maija"));

        assertThat(RealmRoles.signIn().mapAuthorities(List.of(new OidcUserAuthority(idToken))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("OIDC_USER");
        assertThat(RealmRoles.in("city-admin")).as("a claim that is no list").isEmpty();
    }

    @Test
    void aBearerTokenIsNamedByItsUsernameAndHoldsItsRoles() {
        var jwt = Jwt.withTokenValue("token").header("alg", "RS256").claim("preferred_username", "olli@espoo.fi")
                .claim("roles", List.of("teacher", "offline_access")).build();

        var authentication = RealmRoles.bearer(jwt);

        assertThat(authentication.getName()).isEqualTo("olli@espoo.fi");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TEACHER", "ROLE_OFFLINE_ACCESS");
    }
}
