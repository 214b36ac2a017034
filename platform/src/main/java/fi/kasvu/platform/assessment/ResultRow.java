package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A student of the group and their result of an assessment, if any ({@code score} null when none). */
public record ResultRow(UUID studentId, String studentName, Score score, String comment) {

    /** The score as written, or an empty text. */
    public String scoreText() {
        return score == null ? "" : score.display();
    }
}
