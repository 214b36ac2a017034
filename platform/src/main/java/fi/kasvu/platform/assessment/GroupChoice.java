package fi.kasvu.platform.assessment;

import java.util.UUID;

/**
 * A class or teaching group someone may assess: its title, school, grade level and subject (a teaching group's).
 *
 * @param homeroom whether it is a homeroom class, which gets year reports
 */
public record GroupChoice(UUID id, String title, String schoolName, Integer gradeLevel, String subjectCode,
                          boolean homeroom) {
}
