package fi.kasvu.platform.support;

import java.util.Set;

/**
 * What the teachers prepare for a decision: the measures and, for those given per subject, the subjects (national
 * codes), the assessment of the need for support, the goals and how the measures are arranged.
 */
public record SupportDraft(Set<SupportMeasure> measures, Set<String> subjects, String needAssessment, String goals,
                           String arrangements) {

    public SupportDraft {
        measures = measures == null ? Set.of() : Set.copyOf(measures);
        subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
    }
}
