package fi.kasvu.platform.assessment;

import java.util.UUID;

/**
 * One row of the results grid as the teacher typed it.
 *
 * @param score   on the assessment's scale as written (7+, 8½, S, words); blank removes the student's result
 * @param comment optional feedback to the student
 */
public record ResultEntry(UUID studentId, String score, String comment) {
}
