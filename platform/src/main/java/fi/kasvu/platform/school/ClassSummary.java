package fi.kasvu.platform.school;

import java.util.UUID;

/**
 * A class or teaching group as the grids show it.
 *
 * @param grade    the grade level (vuosiluokka) it is for, if it has one
 * @param students how many students it has today or from a coming day on
 */
public record ClassSummary(UUID id, String title, ClassType type, UUID schoolId, String schoolName, UUID schoolYearId,
                           String schoolYearTitle, String grade, String subjectCode, long students) {
}
