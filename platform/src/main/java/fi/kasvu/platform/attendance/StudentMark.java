package fi.kasvu.platform.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A student's mark at one lesson, with what the lesson was. */
public record StudentMark(UUID lessonId, UUID studentId, LocalDate day, LocalTime start, LocalTime end,
                          String classTitle, String subjectCode, MarkKind kind) {
}
