package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A school year, term or grading period.
 *
 * @param parentId   the year of a term, the year or term of a grading period; none for a year
 * @param schoolYear the calendar year in which its school year ends (OneRoster's schoolYear): 2026 for 2025-2026
 */
public record AcademicSessionSummary(UUID id, String title, SessionType type, LocalDate startDate, LocalDate endDate,
                                     UUID parentId, int schoolYear) {

    public boolean includes(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
