package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.UUID;

/** One of a person's roles at a school, from a day until a day (none: still going). */
public record RoleSummary(UUID id, UUID personId, Role role, UUID schoolId, String schoolName, LocalDate beginDate,
                          LocalDate endDate) {

    /** Whether the role still holds on the day. */
    public boolean currentOn(LocalDate day) {
        return (beginDate == null || !beginDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
