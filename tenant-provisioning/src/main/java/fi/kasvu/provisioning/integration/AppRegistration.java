package fi.kasvu.provisioning.integration;

import java.util.Set;

/** What a city admin fills in to register an app: its name, the scopes it may use and its requests per minute. */
public record AppRegistration(String name, Set<OneRosterScope> scopes, Integer requestsPerMinute) {

    public AppRegistration {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
