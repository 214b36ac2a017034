package fi.kasvu.provisioning.onboarding;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a sign-up stands: PROVISIONING, ACTIVE, FAILED (a step failed; retry resumes there) or DELETED.
 *
 * @param portalUrl the municipality's address once it is active
 */
public record SignupStatus(UUID id, String municipality, String slug, String status, List<Step> steps,
                           URI portalUrl, Instant createdAt) {

    public boolean isFinished() {
        return !status.equals("PROVISIONING");
    }

    /**
     * One step and how it went; {@code error} says why it failed, without secrets. {@code startedAt} and
     * {@code finishedAt} are those of its last attempt (empty before it started, or while it runs).
     */
    public record Step(ProvisioningStep step, String state, int attempts, String error, Instant startedAt,
                       Instant finishedAt) {

        /** How long the last attempt took, once it has ended. */
        public java.util.Optional<java.time.Duration> took() {
            return startedAt == null || finishedAt == null ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.Duration.between(startedAt, finishedAt));
        }
    }
}
