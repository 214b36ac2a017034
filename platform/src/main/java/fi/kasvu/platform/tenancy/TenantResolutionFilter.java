package fi.kasvu.platform.tenancy;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant of the request's host for the length of the request. A header or parameter never chooses the
 * tenant; one that names a different tenant than the host is refused. Unknown hosts get 404, suspended tenants
 * 403, tenants being set up or migrated 503.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    /** Headers and the parameter that some clients use to name a tenant; they may only agree with the host. */
    static final String[] TENANT_HEADERS = {"X-Tenant", "X-Tenant-Id", "X-Kasvu-Tenant"};
    static final String TENANT_PARAMETER = "tenant";

    private final TenantHosts hosts;
    private final String baseDomain;
    private final TenantRegistry registry;
    private final TenantContext context;
    private final int retryAfterSeconds;

    TenantResolutionFilter(TenancySettings settings, TenantRegistry registry, TenantContext context) {
        this.hosts = new TenantHosts(settings.baseDomain());
        this.baseDomain = settings.baseDomain();
        this.registry = registry;
        this.context = context;
        this.retryAfterSeconds = settings.maintenanceRetryAfterSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var refusal = new Refusal(request, response);
        switch (hosts.classify(request.getServerName())) {
            case TenantHosts.PlatformHost platform -> {
                Optional<String> named = tenantNamedByClient(request);
                if (named.isPresent()) {
                    refusal.send(400, "Tenant chosen by the client",
                            "A municipality is chosen by its host name (<slug>." + baseDomain
                                    + "), never by a header or parameter.");
                    return;
                }
                MDC.put(TenantContext.MDC_KEY, "platform");
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(TenantContext.MDC_KEY);
                }
            }
            case TenantHosts.ForeignHost foreign -> {
                if (isHealthProbe(request)) {
                    chain.doFilter(request, response);
                } else {
                    refusal.send(404, "Unknown host", "Kasvu serves no municipality at this address.");
                }
            }
            case TenantHosts.TenantHost tenantHost -> serveTenant(tenantHost.label(), request, response, chain, refusal);
        }
    }

    private void serveTenant(String label, HttpServletRequest request, HttpServletResponse response,
                             FilterChain chain, Refusal refusal) throws IOException, ServletException {
        Optional<Tenant> found = TenantId.isValid(label) ? registry.lookup(TenantId.of(label)) : Optional.empty();
        if (found.isEmpty() || found.get().status() == TenantStatus.DELETED) {
            refusal.send(404, "Unknown municipality", "Kasvu has no municipality at this address.");
            return;
        }
        Tenant tenant = found.get();
        Optional<String> named = tenantNamedByClient(request);
        if (named.isPresent() && !named.get().equals(tenant.slug())) {
            refusal.send(400, "Tenant mismatch",
                    "The request names another municipality than its host; a tenant is chosen by the host alone.");
            return;
        }
        switch (tenant.status()) {
            case SUSPENDED -> {
                refusal.send(403, "Municipality suspended",
                        tenant.displayName() + " is suspended in Kasvu. Contact your municipality's administration.");
                return;
            }
            case PROVISIONING -> {
                refusal.unavailable(retryAfterSeconds, "Municipality being set up",
                        tenant.displayName() + " is still being set up. Try again in a moment.");
                return;
            }
            case DELETING -> {
                refusal.send(410, "Municipality leaving", tenant.displayName() + " is being removed from Kasvu.");
                return;
            }
            default -> {
            }
        }
        if (tenant.underMaintenance()) {
            refusal.unavailable(retryAfterSeconds, "Maintenance",
                    tenant.displayName() + " is being upgraded. Try again in a moment.");
            return;
        }
        try (var bound = context.bind(tenant.tenantId())) {
            chain.doFilter(request, response);
        }
    }

    private static boolean isHealthProbe(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    private static Optional<String> tenantNamedByClient(HttpServletRequest request) {
        for (String header : TENANT_HEADERS) {
            String value = request.getHeader(header);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.ofNullable(request.getParameter(TENANT_PARAMETER)).filter(v -> !v.isBlank()).map(String::strip);
    }
}
