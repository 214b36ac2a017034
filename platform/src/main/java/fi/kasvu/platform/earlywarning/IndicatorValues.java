package fi.kasvu.platform.earlywarning;

import java.math.BigDecimal;
import java.util.UUID;

/** A pupil's indicator values as last computed, and which thresholds they are over. */
public record IndicatorValues(UUID studentId, BigDecimal absenceHours, int yearLessons, int yearAbsent,
                              int windowLessons, int windowAbsent, int failingCount, BigDecimal averageDrop,
                              int ladderLevel, boolean shareOver, boolean failing, boolean dropOver) {
}
