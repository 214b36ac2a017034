package fi.kasvu.ui.security;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kasvu.platform.oneroster.rest.IntegrationApp;
import fi.kasvu.platform.oneroster.rest.StatusInfo;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the token of the host's realm is verified: the token's client ({@code azp}) must be an active app of the
 * municipality (401 otherwise), the app's bucket must hold a request (429 with Retry-After), and the token must hold
 * a scope that opens the endpoint (403). The rostering service then sees the client id as the request's principal,
 * which is what it writes to the audit log.
 */
final class OneRosterAccess extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts;
    private final TenantContext tenants;
    private final AppLookup apps;
    private final RateLimits limits;

    OneRosterAccess(SecurityContextHolderStrategy contexts, TenantContext tenants, AppLookup apps, RateLimits limits) {
        this.contexts = contexts;
        this.tenants = tenants;
        this.apps = apps;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        Optional<TenantId> tenant = tenants.current();
        if (tenant.isEmpty()) {
            ImsxResponses.send(response, 404, StatusInfo.UNKNOWN_OBJECT,
                    "The rostering service is served on a municipality's own address.");
            return;
        }
        if (!(authentication instanceof JwtAuthenticationToken token) || token.getToken().getClaimAsString("azp") == null) {
            ImsxResponses.send(response, 401, StatusInfo.UNAUTHORISED_REQUEST, "The request needs an app's access token.");
            return;
        }
        String client = token.getToken().getClaimAsString("azp");
        Optional<IntegrationApp> app = apps.active(tenant.get(), client);
        if (app.isEmpty()) {
            ImsxResponses.send(response, 401, StatusInfo.UNAUTHORISED_REQUEST,
                    "The token's client is no app registered with this municipality, or the app was revoked.");
            return;
        }
        RateLimits.Decision decision = limits.take("oneroster:" + tenant.get().slug() + ":" + client,
                app.get().requestsPerMinute());
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            ImsxResponses.send(response, 429, StatusInfo.SERVER_BUSY, "The app has used its "
                    + app.get().requestsPerMinute() + " requests a minute; retry after " + decision.retryAfterSeconds()
                    + " s.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<String> granted = Arrays.stream(Optional.ofNullable(token.getToken().getClaimAsString("scope")).orElse("")
                .split(" ")).filter(app.get().scopes()::contains).collect(Collectors.toSet());
        Optional<List<String>> required = OneRosterScopes.required(request.getMethod(), path);
        if (required.isEmpty() || required.get().stream().noneMatch(granted::contains)) {
            ImsxResponses.send(response, 403, StatusInfo.FORBIDDEN, required.map(scopes -> "This endpoint needs one of "
                    + "the scopes " + String.join(", ", scopes) + ".").orElse("No scope opens this endpoint."));
            return;
        }
        Principal principal = () -> client;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getRemoteUser() {
                return client;
            }
        }, response);
    }
}
