package fi.kasvu.provisioning.onboarding;

/**
 * What a municipality submits to join Kasvu.
 *
 * @param slug     the short name in its address {@code <slug>.<domain>}; suggested from the name, editable
 * @param students the expected number of students, for the first invoice
 * @param plan     a plan code from {@code GET /api/plans}; the default plan when absent
 */
public record SignupRequest(String municipality, String businessId, String slug, String adminName,
                            String adminEmail, Integer students, String plan) {
}
