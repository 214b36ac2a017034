package fi.kasvu.platform.lessons;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A weekly slot of a class's timetable within an academic session (a school year or term). */
public record TimetableSlot(UUID id, UUID classId, String classTitle, UUID sessionId, DayOfWeek weekday,
                           LocalTime start, LocalTime end, String subjectCode, UUID teacherId, String teacherName,
                           String room) {
}
