package fi.kasvu.platform.lessons;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A weekly slot to add to a class's or teaching group's timetable.
 *
 * @param subjectCode a national subject code (MA, AI, ...); none takes the teaching group's subject
 * @param teacherId   the person who teaches it; may be none while not yet known
 * @param room        the room, as the school names it (at most 50 characters)
 */
public record NewSlot(UUID classId, DayOfWeek weekday, LocalTime start, LocalTime end, String subjectCode,
                      UUID teacherId, String room) {
}
