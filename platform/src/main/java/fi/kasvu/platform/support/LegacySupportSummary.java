package fi.kasvu.platform.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A support record from before 1.8.2025, in its own form: its sections as written, in their order. */
public record LegacySupportSummary(UUID id, UUID studentId, LegacyTier tier, LegacyDocument document,
                                   LocalDate validFrom, LocalDate validUntil, Map<String, String> sections,
                                   String recordedBy) {
}
