package fi.kasvu.platform.attendance;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A school at a glance on a day, for its principal: lessons held and marked, students absent from at least one lesson,
 * absence marks by kind, and the leave applications waiting for a decision. Counts only: no student is named.
 */
public record SchoolDay(UUID schoolId, String schoolName, LocalDate day, int lessons, int lessonsMarked,
                        int studentsAbsent, Map<MarkKind, Integer> marks, int pendingLeaveApplications) {

    public SchoolDay {
        marks = Map.copyOf(marks);
    }
}
