package fi.kasvu.platform.attendance;

/** Why a guardian says the student is or was away: illness, or something else (which makes it explained). */
public enum AbsenceReason {
    ILLNESS, OTHER;

    MarkKind mark() {
        return this == ILLNESS ? MarkKind.ILLNESS : MarkKind.ABSENT_EXPLAINED;
    }
}
