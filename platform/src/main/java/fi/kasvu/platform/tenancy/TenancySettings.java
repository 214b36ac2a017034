package fi.kasvu.platform.tenancy;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hosts map to tenants, and how browsers reach them.
 *
 * @param baseDomain   the platform host; a tenant lives at {@code <slug>.<baseDomain>}
 * @param cacheTtl     how long a node trusts its cached copy of a registry entry changed on another node
 * @param publicScheme the scheme browsers use (https in production)
 * @param publicPort   the port browsers use; 0 when it is the scheme's default
 */
@ConfigurationProperties("kasvu.tenancy")
public record TenancySettings(@DefaultValue("localhost") String baseDomain,
                              @DefaultValue("5s") Duration cacheTtl,
                              @DefaultValue("30") int maintenanceRetryAfterSeconds,
                              @DefaultValue("http") String publicScheme,
                              @DefaultValue("8080") int publicPort) {

    /** The address of a municipality's portal, as a browser opens it. */
    public URI portalUrl(TenantId tenantId) {
        return url(tenantId.slug() + "." + baseDomain);
    }

    /** The platform host: sign-up and the operator console. */
    public URI platformUrl() {
        return url(baseDomain);
    }

    private URI url(String host) {
        boolean defaultPort = publicPort == 0 || ("https".equals(publicScheme) && publicPort == 443)
                || ("http".equals(publicScheme) && publicPort == 80);
        return URI.create(publicScheme + "://" + host + (defaultPort ? "" : ":" + publicPort));
    }
}
