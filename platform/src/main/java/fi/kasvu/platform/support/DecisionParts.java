package fi.kasvu.platform.support;

import java.time.LocalDate;

/**
 * What the principal adds when deciding: when the student and guardian were heard and what they said, the grounds,
 * from when the measures are given, by when they are reviewed, and the instructions for requesting a review
 * (oikaisuvaatimusohje) that every administrative decision carries.
 */
public record DecisionParts(LocalDate hearingDate, String hearingNotes, String grounds, LocalDate startDate,
                            LocalDate reviewBy, String appealInstructions) {
}
