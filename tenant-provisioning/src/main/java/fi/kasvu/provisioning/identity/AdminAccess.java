package fi.kasvu.provisioning.identity;

import java.net.URI;

/**
 * How to reach Keycloak's admin API: its base URL and an administrator of {@code realm}. The hint, if any, is
 * added to a failed sign-in's message to say where to look.
 */
record AdminAccess(URI url, String realm, String username, String password, String hint) {

    static AdminAccess external(KeycloakSettings settings) {
        return new AdminAccess(settings.serverUrl(), settings.adminRealm(), settings.adminUsername(),
                settings.adminPassword(), "check kasvu.keycloak.admin-username and kasvu.keycloak.admin-password");
    }

    @Override
    public String toString() {
        return "AdminAccess[url=" + url + ", realm=" + realm + ", username=" + username + "]";
    }
}
