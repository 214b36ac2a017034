package fi.kasvu.platform.school;

/** A homeroom class (luokka, e.g. 7B) or a teaching group (opetusryhmä) of a subject; OneRoster's class types. */
public enum ClassType {
    HOMEROOM("homeroom"), TEACHING_GROUP("scheduled");

    private final String oneRoster;

    ClassType(String oneRoster) {
        this.oneRoster = oneRoster;
    }

    public String oneRoster() {
        return oneRoster;
    }

    static ClassType of(String oneRoster) {
        return oneRoster.equals(HOMEROOM.oneRoster) ? HOMEROOM : TEACHING_GROUP;
    }
}
