package fi.kasvu.platform.welfare;

import java.time.LocalDate;
import java.util.UUID;

public record GrantSummary(UUID id, UUID workerId, String workerName, Profession profession, UUID studentId,
                           UUID schoolId, LocalDate validFrom, LocalDate validUntil, boolean revoked) {
}
