package fi.kasvu.platform.school;

/**
 * The kinds of academic session: the school year (lukuvuosi), its terms (syys- and kevätlukukausi) and grading
 * periods, which upper secondary schools use for their periods (jaksot). The values are OneRoster's.
 */
public enum SessionType {
    SCHOOL_YEAR("schoolYear"), TERM("term"), SEMESTER("semester"), GRADING_PERIOD("gradingPeriod");

    private final String oneRoster;

    SessionType(String oneRoster) {
        this.oneRoster = oneRoster;
    }

    public String oneRoster() {
        return oneRoster;
    }

    static SessionType of(String oneRoster) {
        for (SessionType type : values()) {
            if (type.oneRoster.equals(oneRoster)) {
                return type;
            }
        }
        throw new IllegalStateException("unknown session type " + oneRoster);
    }
}
