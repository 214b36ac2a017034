package fi.kasvu.platform.support;

import java.time.LocalDate;

/**
 * What there is in a student's support document, counted for the home page of the student and their guardian.
 *
 * @param inForce      decisions in force today
 * @param upcoming     decisions made that start later
 * @param ended        decisions that have ended
 * @param nextReview   the earliest day a decision in force or upcoming is to be reviewed by, if any
 * @param groupSupport support in force in the student's groups
 * @param before2025   records of the three-tier support before 1.8.2025
 */
public record SupportOverview(int inForce, int upcoming, int ended, LocalDate nextReview, int groupSupport,
                              int before2025) {

    /** Nothing to show: no decision made, no group support, no earlier record. */
    public boolean isEmpty() {
        return inForce + upcoming + ended + groupSupport + before2025 == 0;
    }
}
