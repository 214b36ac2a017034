package fi.kasvu.platform.welfare;

import java.time.LocalDate;
import java.util.UUID;

public record ConsentSummary(UUID id, UUID studentId, UUID givenBy, String purpose, UUID recipientId,
                             LocalDate givenOn, LocalDate validUntil, boolean withdrawn) {
}
