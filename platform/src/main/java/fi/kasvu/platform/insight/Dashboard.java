package fi.kasvu.platform.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a municipality's or a school's dashboard shows, every count already through {@link SmallCells}.
 *
 * @param schoolId   the school, or null for the whole municipality
 * @param pupils     pupils in the figures
 * @param trend      the share of lessons missed per week of the school year so far
 * @param chronic    pupils who missed 10 % or more of their lessons this school year
 * @param grades     term and year grades of the school year by subject and grade level, per grade 4-10
 * @param support    pupils with each student-specific support measure in force
 * @param alerts     open early-warning alerts by indicator
 * @param schools    for the municipality: each school's pupils, chronic absence and open alerts
 */
public record Dashboard(UUID schoolId, String title, LocalDate yearStart, LocalDate today, Figure pupils,
                        List<Week> trend, Figure chronic, List<GradeRow> grades, List<Count> support,
                        List<Count> alerts, List<SchoolRow> schools) {

    /** A week of the attendance trend: the share of lessons missed, or null when the school has too few pupils. */
    public record Week(LocalDate monday, Double absentPercent) {
    }

    /** The distribution of grades 4..10 (index 0 = grade 4) in a subject at a grade level. */
    public record GradeRow(String subject, Integer gradeLevel, List<Figure> byGrade) {
    }

    public record Count(String what, Figure pupils) {
    }

    public record SchoolRow(UUID schoolId, String name, Figure pupils, Figure chronic, Figure openAlerts) {
    }
}
