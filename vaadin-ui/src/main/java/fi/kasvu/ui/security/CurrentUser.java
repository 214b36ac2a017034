package fi.kasvu.ui.security;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.kasvu.provisioning.identity.TenantRealms;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/** Who is signed in, for views (a browser session) and API controllers (a bearer token) alike. */
@Service
public class CurrentUser {

    private static final List<String> KASVU_ROLES = Stream.concat(TenantRealms.MUNICIPALITY_ROLES.stream(),
            Stream.of(TenantRealms.OPERATOR)).toList();

    /** This application's, as its filters use it; the static holder is JVM-wide, and another context may replace it. */
    private final SecurityContextHolderStrategy securityContexts;
    private final AuthenticationContext vaadin;

    CurrentUser(SecurityContextHolderStrategy securityContexts, AuthenticationContext vaadin) {
        this.securityContexts = securityContexts;
        this.vaadin = vaadin;
    }

    public Optional<SignedInUser> signedIn() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case OidcUser user -> Optional.of(user(user.getPreferredUsername(), user.getFullName(),
                    user.getClaim(TenantRealms.ROLES_CLAIM), user.getSubject()));
            case Jwt token -> Optional.of(user(token.getClaimAsString("preferred_username"),
                    token.getClaimAsString("name"), token.getClaim(TenantRealms.ROLES_CLAIM), token.getSubject()));
            case null, default -> Optional.empty();
        };
    }

    /** Signs out here and at Keycloak, then comes back to the host's front page; from a view's event only. */
    public void signOut() {
        vaadin.logout();
    }

    private static SignedInUser user(String username, String name, Object rolesClaim, String subject) {
        List<String> roles = RealmRoles.in(rolesClaim).stream().filter(KASVU_ROLES::contains).distinct().toList();
        return new SignedInUser(username, name == null || name.isBlank() ? username : name, roles, subject);
    }
}
