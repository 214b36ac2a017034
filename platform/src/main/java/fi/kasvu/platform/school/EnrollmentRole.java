package fi.kasvu.platform.school;

/** What a person is in a class; the values are OneRoster's. */
public enum EnrollmentRole {
    STUDENT("student"), TEACHER("teacher"), AIDE("aide"), ADMINISTRATOR("administrator");

    private final String oneRoster;

    EnrollmentRole(String oneRoster) {
        this.oneRoster = oneRoster;
    }

    public String oneRoster() {
        return oneRoster;
    }

    static EnrollmentRole of(String oneRoster) {
        for (EnrollmentRole role : values()) {
            if (role.oneRoster.equals(oneRoster)) {
                return role;
            }
        }
        throw new IllegalStateException("an enrollment role Kasvu does not administer: " + oneRoster);
    }
}
