package fi.kasvu.platform.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A test or assignment to add to a class or teaching group.
 *
 * @param categoryId a gradebook category, if any
 * @param weight     its weight among the group's assessments, if the teacher weighs them (greater than 0)
 */
public record NewAssessment(UUID classId, String title, LocalDate date, Scale scale, UUID categoryId,
                            BigDecimal weight) {
}
