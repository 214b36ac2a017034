package fi.kasvu.platform.oneroster.csv;

import java.time.Instant;
import java.util.UUID;

/** One line of the import history. */
public record RosterImportSummary(UUID id, String fileName, String mode, ImportState state, String actor,
                                  Instant startedAt, Instant finishedAt, long problemCount) {
}
