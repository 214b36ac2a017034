package fi.kasvu.platform.oneroster.csv;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did.
 *
 * @param rows         rows read per file (users.csv -> 78,000)
 * @param changes      rows written per table; all zero when the same zip is imported again
 * @param problems     the first problems found (as many as the settings keep)
 * @param problemCount all problems found
 */
public record RosterImportResult(UUID id, ImportState state, Map<String, Long> rows, Map<String, Long> changes,
                                 List<ImportProblem> problems, long problemCount, Duration elapsed) {

    public boolean applied() {
        return state == ImportState.APPLIED;
    }

    public long totalChanges() {
        return changes.values().stream().mapToLong(Long::longValue).sum();
    }
}
