package fi.kasvu.platform.support;

import java.time.LocalDate;
import java.util.UUID;

public record SupportReviewSummary(UUID id, LocalDate reviewedOn, ReviewOutcome outcome, String notes,
                                   LocalDate nextReview, String reviewedBy) {
}
