package fi.kasvu.platform.audit;

import java.util.Set;

/**
 * Whoever calls a service, passed explicitly: the platform knows nothing of how they signed in.
 *
 * @param accountId   their user id in the municipality's realm (the token's {@code sub}), which {@code person.account_id}
 *                    holds for the person they are
 * @param displayName how the audit log names them
 * @param roles       their realm roles ({@code city-admin}, {@code principal}, {@code teacher}, ...)
 */
public record Actor(String accountId, String displayName, Set<String> roles) {

    public static final String CITY_ADMIN = "city-admin";
    public static final String PRINCIPAL = "principal";

    public Actor {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("accountId: an actor is someone with an account");
        }
        displayName = displayName == null || displayName.isBlank() ? accountId : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Kasvu itself, for work no person started (the demo seed, scheduled jobs); acts as a city admin. */
    public static Actor system(String name) {
        return new Actor("system:" + name, "Kasvu (" + name + ")", Set.of(CITY_ADMIN));
    }

    public boolean isCityAdmin() {
        return roles.contains(CITY_ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** How the audit log records them: the name to read and the account to search by. */
    String auditName() {
        return displayName + " [" + accountId + "]";
    }
}
