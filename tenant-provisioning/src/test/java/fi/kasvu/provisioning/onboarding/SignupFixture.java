package fi.kasvu.provisioning.onboarding;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.tenancy.TenantId;

/** Sign-ups for tests: each under a fresh slug and a fresh, valid business ID. */
final class SignupFixture {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private SignupFixture() {
    }

    static SignupRequest municipality(String prefix) {
        TenantId slug = TenantFixture.uniqueSlug(prefix);
        return new SignupRequest("Kunta " + slug.slug(), validBusinessId(), slug.slug(), "Maija Meikäläinen",
                "maija@" + slug.slug() + ".kasvu.test", 1_200, null);
    }

    /** A random business ID whose check digit fits. */
    static String validBusinessId() {
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    /** Waits for the saga to end (ACTIVE or FAILED). */
    static SignupStatus awaitEnd(Onboarding onboarding, UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            SignupStatus status = onboarding.status(id);
            if (status.isFinished()) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("sign-up " + id + " did not end within 90 s: " + onboarding.status(id));
    }
}
