package fi.kasvu.platform.oneroster.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A third-party app a city admin registered: its client in the municipality's realm, the OneRoster scopes it was
 * given and its own rate limit.
 */
public record IntegrationApp(UUID id, String name, String clientId, List<String> scopes, int requestsPerMinute,
                             String createdBy, Instant createdAt, Optional<Instant> revokedAt) {

    public IntegrationApp {
        scopes = List.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
