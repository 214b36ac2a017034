package fi.kasvu.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a signed-in session on any host but the one whose realm signed it in, as a session cookie carried from one
 * municipality's host to another's (or to the platform host) would be. The session is ended too: a cookie that turns
 * up on another host has been taken from its browser, and whoever holds it must not be able to use it anywhere.
 * Error dispatches are skipped (the default of {@link OncePerRequestFilter}): they run after the host's tenant has been
 * unbound and would look like the platform host.
 */
class SessionIssuerGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionIssuerGuard.class);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Kirjautuminen kuuluu toiseen osoitteeseen – Kasvu</title></head>
            <body><main><h1>Kirjautuminen kuuluu toiseen osoitteeseen</h1>
            <p>Tämä kirjautuminen on tehty toisessa Kasvun osoitteessa, eikä sitä voi käyttää täällä. Istunto on
            päätetty. Kirjaudu sisään tämän osoitteen omalla kirjautumisella.</p></main></body></html>
            """;

    private final HostRealms realms;
    private final SecurityContextHolderStrategy securityContexts;

    SessionIssuerGuard(HostRealms realms, SecurityContextHolderStrategy securityContexts) {
        this.realms = realms;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            HostRealm realm = realms.current();
            String issuer = String.valueOf(user.getIssuer());
            if (!realm.issued(issuer)) {
                log.warn("refused and ended a session signed in by {} on the host of realm '{}'", issuer, realm.name());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                securityContexts.clearContext();
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write(PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
