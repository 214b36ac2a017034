package fi.kasvu.ui.security;

import java.util.List;

/**
 * The person signed in on this host.
 *
 * @param username their username in the host's realm (Kasvu makes it their email address)
 * @param name     their full name, or the username when the realm knows no name
 * @param roles    their Kasvu roles in the realm ({@code teacher}, {@code city-admin}, {@code operator}, ...), without
 *                 the roles Keycloak gives everyone
 */
public record SignedInUser(String username, String name, List<String> roles) {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
