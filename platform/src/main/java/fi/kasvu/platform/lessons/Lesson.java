package fi.kasvu.platform.lessons;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A dated lesson of a class or teaching group, as the timetable made it (times, subject, teacher and room are copied
 * from the slot, so a lesson keeps what it was when the timetable later changes).
 *
 * @param marked whether its attendance has been marked
 */
public record Lesson(UUID id, UUID classId, String classTitle, UUID schoolId, LocalDate day, LocalTime start,
                     LocalTime end, String subjectCode, UUID teacherId, String teacherName, String room,
                     boolean marked) {

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
