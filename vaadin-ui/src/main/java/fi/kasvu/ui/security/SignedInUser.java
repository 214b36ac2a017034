package fi.kasvu.ui.security;

import fi.kasvu.platform.audit.Actor;
import java.util.Set;

import java.util.List;

/**
 * The person signed in on this host.
 *
 * @param username their username in the host's realm (Kasvu makes it their email address)
 * @param name     their full name, or the username when the realm knows no name
 * @param roles    their Kasvu roles in the realm ({@code teacher}, {@code city-admin}, {@code operator}, ...), without
 *                 the roles Keycloak gives everyone
 * @param accountId their user id in the realm (the tokens' {@code sub}), which links them to a person of the municipality
 */
public record SignedInUser(String username, String name, List<String> roles, String accountId) {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The same person as the platform's services take them: account, name for the audit log, roles. */
    public Actor actor() {
        return new Actor(accountId, name, Set.copyOf(roles));
    }
}
