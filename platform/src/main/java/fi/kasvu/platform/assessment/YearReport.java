package fi.kasvu.platform.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.school.SchoolLanguage;

/**
 * A student's year report (lukuvuositodistus, läsårsbetyg): the municipality, school, school year and class, every
 * subject's year grade (words in grades 1-3), and the principal who signs it, in the school's language of instruction.
 *
 * @param schoolYear the years the school year spans as the report writes them ("2025-2026"), without the word for it
 * @param lines      the subjects, named in the school's language
 */
public record YearReport(String municipality, String school, String schoolYear, String classTitle, Integer gradeLevel,
                         UUID studentId, String studentName, List<Line> lines, String principal, LocalDate date,
                         SchoolLanguage language) {

    public YearReport {
        lines = List.copyOf(lines);
    }

    /** A subject's row: its name and the year grade as recorded (8, S, or the words). */
    public record Line(String subjectCode, String subjectName, String value, boolean verbal, boolean optional) {
    }
}
