package fi.kasvu.platform.attendance;

import java.util.Map;
import java.util.UUID;

/**
 * A student's attendance in a term: the marked lessons and, per kind of mark, how many lessons, how many hours (by the
 * lessons' durations) and what share of the marked lessons.
 */
public record AttendanceTotals(UUID studentId, UUID termId, String termTitle, int lessons, double hours,
                               Map<MarkKind, Total> byKind) {

    public AttendanceTotals {
        byKind = Map.copyOf(byKind);
    }

    /** @param share of the marked lessons, 0-1 */
    public record Total(int lessons, double hours, double share) {
    }

    public Total of(MarkKind kind) {
        return byKind.getOrDefault(kind, new Total(0, 0, 0));
    }

    /** Hours missed, whatever the reason (late is not missed). */
    public double absentHours() {
        return byKind.entrySet().stream().filter(e -> e.getKey().isAbsence()).mapToDouble(e -> e.getValue().hours()).sum();
    }
}
