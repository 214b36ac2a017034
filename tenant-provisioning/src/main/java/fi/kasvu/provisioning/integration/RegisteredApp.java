package fi.kasvu.provisioning.integration;

import java.net.URI;

import fi.kasvu.platform.oneroster.rest.IntegrationApp;

/**
 * A newly registered app with what its developers need: the client id, the secret (shown this once; Kasvu keeps
 * no copy) and where to get tokens.
 */
public record RegisteredApp(IntegrationApp app, String clientSecret, URI tokenEndpoint) {

    @Override
    public String toString() {
        return "RegisteredApp[" + app.clientId() + ", secret redacted]";
    }
}
