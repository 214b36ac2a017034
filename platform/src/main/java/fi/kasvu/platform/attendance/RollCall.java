package fi.kasvu.platform.attendance;

import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.lessons.Lesson;

/**
 * A lesson's class list as the marking page shows it: each student of the group on the day with their mark, the
 * stored one once the lesson is marked, otherwise what a guardian's report or an approved leave says, or present.
 */
public record RollCall(Lesson lesson, List<Entry> students) {

    public RollCall {
        students = List.copyOf(students);
    }

    /**
     * @param source where an unmarked lesson's suggestion comes from: {@code MARKED}, {@code REPORT}, {@code LEAVE}
     *               or {@code DEFAULT}
     */
    public record Entry(UUID studentId, String name, MarkKind mark, String source) {
    }
}
