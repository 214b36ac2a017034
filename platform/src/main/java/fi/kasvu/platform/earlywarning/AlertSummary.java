package fi.kasvu.platform.earlywarning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert as the responsible people see it, with what was done about it. */
public record AlertSummary(UUID id, UUID studentId, String studentName, UUID schoolId, Indicator indicator, int level,
                           BigDecimal value, AlertState state, Instant raisedAt, List<ActionTaken> actions) {

    public record ActionTaken(AlertState action, String note, String actedBy, Instant actedAt) {
    }
}
