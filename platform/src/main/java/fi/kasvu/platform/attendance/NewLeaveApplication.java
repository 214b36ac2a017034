package fi.kasvu.platform.attendance;

import java.time.LocalDate;
import java.util.UUID;

/** A guardian's application for leave (lupa) for the student from one day to another, with the reason. */
public record NewLeaveApplication(UUID studentId, LocalDate firstDay, LocalDate lastDay, String reason) {
}
