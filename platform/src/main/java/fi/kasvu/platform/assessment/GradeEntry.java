package fi.kasvu.platform.assessment;

import java.util.UUID;

/**
 * One student's grade as the teacher typed it.
 *
 * @param value    a whole number 4-10, S or H, or words (grades 1-3 only); blank removes the grade
 * @param optional whether the subject is an optional study of the student (valinnainen), which may be marked S/H
 */
public record GradeEntry(UUID studentId, String value, boolean optional) {
}
