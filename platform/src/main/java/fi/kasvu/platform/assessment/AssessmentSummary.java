package fi.kasvu.platform.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An assessment of a group as its list shows it, with how many results it has. */
public record AssessmentSummary(UUID id, String sourcedId, UUID classId, String title, LocalDate date, Scale scale,
                                String category, BigDecimal weight, long results) {
}
