package fi.kasvu.platform.people;

/** What a person is at a school (OneRoster's roles, those Kasvu administers). */
public enum Role {
    STUDENT("student"), GUARDIAN("guardian"), TEACHER("teacher"), PRINCIPAL("principal"), AIDE("aide"),
    COUNSELOR("counselor"), SITE_ADMINISTRATOR("siteAdministrator");

    private final String oneRoster;

    Role(String oneRoster) {
        this.oneRoster = oneRoster;
    }

    public String oneRoster() {
        return oneRoster;
    }

    public boolean isStaff() {
        return this != STUDENT && this != GUARDIAN;
    }

    static Role of(String oneRoster) {
        for (Role role : values()) {
            if (role.oneRoster.equals(oneRoster)) {
                return role;
            }
        }
        return null;
    }
}
