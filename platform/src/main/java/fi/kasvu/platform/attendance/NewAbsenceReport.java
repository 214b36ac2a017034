package fi.kasvu.platform.attendance;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A guardian's report, ahead of time, that the student will be away: whole days from {@code firstDay} to
 * {@code lastDay} (one day when {@code lastDay} is none), or only the chosen lessons of those days.
 */
public record NewAbsenceReport(UUID studentId, LocalDate firstDay, LocalDate lastDay, Set<UUID> lessonIds,
                               AbsenceReason reason, String note) {

    public NewAbsenceReport {
        lessonIds = lessonIds == null ? Set.of() : Set.copyOf(lessonIds);
    }
}
