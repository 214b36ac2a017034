package fi.kasvu.platform.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A student's year report (lukuvuositodistus): the municipality, school, school year and class, every subject's year
 * grade (words in grades 1-3), and the principal who signs it.
 */
public record YearReport(String municipality, String school, String schoolYear, String classTitle, Integer gradeLevel,
                         UUID studentId, String studentName, List<Line> lines, String principal, LocalDate date) {

    public YearReport {
        lines = List.copyOf(lines);
    }

    /** A subject's row: its name and the year grade as written (8, S, or the words). */
    public record Line(String subjectCode, String subjectName, String value, boolean verbal, boolean optional) {
    }
}
