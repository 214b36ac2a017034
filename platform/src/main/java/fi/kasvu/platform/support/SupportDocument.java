package fi.kasvu.platform.support;

import java.util.List;
import java.util.UUID;

/**
 * The single support document of a student: the decisions on student-specific support with their reviews, the group
 * support given in the student's groups, and the records from before 1.8.2025.
 */
public record SupportDocument(UUID studentId, List<SupportDecisionSummary> decisions, List<GroupSupportSummary> groupSupport,
                              List<LegacySupportSummary> before2025) {
}
