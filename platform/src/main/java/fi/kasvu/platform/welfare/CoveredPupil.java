package fi.kasvu.platform.welfare;

import java.time.LocalDate;
import java.util.UUID;

/** A pupil a welfare worker's grants cover today, and until when the longest of them lasts. */
public record CoveredPupil(UUID id, String name, String schoolName, LocalDate until) {
}
