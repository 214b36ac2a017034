package fi.kasvu.platform.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A result as the student and their guardians see it: which assessment, of which group, when, and the score. */
public record StudentResult(UUID assessmentId, String assessmentTitle, String groupTitle, LocalDate date, Scale scale,
                            Score score, String comment) {
}
