package fi.kasvu.platform.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A student-specific support decision as the support document shows it, with its reviews and the evidence quoted. */
public record SupportDecisionSummary(UUID id, UUID studentId, UUID schoolId, SupportStage stage,
                                     Set<SupportMeasure> measures, Set<String> subjects, String needAssessment,
                                     String goals, String arrangements, String grounds, LocalDate hearingDate,
                                     String hearingNotes, LocalDate startDate, LocalDate reviewBy,
                                     String appealInstructions, String draftedBy, Instant draftedAt, String decidedBy,
                                     Instant decidedAt, LocalDate endedOn, String endReason,
                                     List<EvidenceSection> evidence, List<SupportReviewSummary> reviews) {
}
