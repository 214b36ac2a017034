package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Which Keycloak holds the realms.
 *
 * @param url           the Keycloak Kasvu talks to; empty runs the managed one ({@link ManagedKeycloak})
 * @param adminUsername an administrator of {@code adminRealm} (external Keycloak only)
 * @param adminPassword its password (external Keycloak only)
 * @param adminRealm    the realm the administrator signs in to
 * @param managedPort   the HTTP port of the managed Keycloak
 * @param distribution  the keycloak-quarkus-dist zip the managed Keycloak is unpacked from; empty looks in
 *                      {@code keycloak/} next to the application's jar, then in the local Maven repository
 * @param publicUrl     Keycloak as browsers see it, which is also the tokens' issuer; empty means {@code url}
 * @param startTimeout  how long to wait for the managed Keycloak to answer
 */
@ConfigurationProperties("kasvu.keycloak")
public record KeycloakSettings(
        String url,
        @DefaultValue("admin") String adminUsername,
        String adminPassword,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("8180") int managedPort,
        Path distribution,
        String publicUrl,
        @DefaultValue("120s") Duration startTimeout) {

    /** Whether Kasvu runs Keycloak itself, because none is configured. */
    public boolean managed() {
        return !StringUtils.hasText(url);
    }

    /** The base URL of the Keycloak Kasvu talks to. */
    public URI serverUrl() {
        return withoutTrailingSlash(managed() ? "http://localhost:" + managedPort : url);
    }

    /** The base URL of Keycloak as browsers see it: realms' issuers start with it. */
    public URI browserUrl() {
        return StringUtils.hasText(publicUrl) ? withoutTrailingSlash(publicUrl) : serverUrl();
    }

    @Override
    public String toString() {
        return "KeycloakSettings[url=" + url + ", adminUsername=" + adminUsername + ", adminRealm=" + adminRealm
                + ", managedPort=" + managedPort + ", distribution=" + distribution + ", publicUrl=" + publicUrl + "]";
    }

    private static URI withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }
}
