package fi.kasvu.platform.attendance;

/** What a student's attendance at a lesson was. */
public enum MarkKind {
    PRESENT, LATE, ABSENT_EXPLAINED, ABSENT_UNEXPLAINED, PERMITTED_LEAVE, ILLNESS;

    /** Whether the student missed the lesson (late is not an absence). */
    public boolean isAbsence() {
        return this != PRESENT && this != LATE;
    }
}
