package fi.kasvu.platform.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A leave application and its decision.
 *
 * @param schoolDays the school days (weekdays that are no holidays) it covers, which decided who decides
 */
public record LeaveApplication(UUID id, UUID studentId, String studentName, LocalDate firstDay, LocalDate lastDay,
                               int schoolDays, String reason, Decider decider, State state, String decidedBy,
                               Instant decidedAt, String decisionReason, Instant appliedAt) {

    /** Who decides: the homeroom teacher up to the municipality's limit of school days, the principal beyond it. */
    public enum Decider { HOMEROOM_TEACHER, PRINCIPAL }

    public enum State { PENDING, APPROVED, REJECTED }
}
