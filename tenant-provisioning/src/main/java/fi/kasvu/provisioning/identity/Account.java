package fi.kasvu.provisioning.identity;

import java.util.List;

/** A user Kasvu puts into a realm: its username is its email, and it holds one realm role. */
record Account(String email, String firstName, String lastName, String role, List<String> requiredActions,
               String password) {

    static final List<String> SET_PASSWORD_AND_SECOND_FACTOR = List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");

    /** A first administrator: no password yet, and they must choose one and set up a one-time-password app. */
    static Account firstAdmin(FirstAdmin admin, String role) {
        String[] names = admin.name().split("\\s+", 2);
        return new Account(admin.email(), names[0], names.length > 1 ? names[1] : null, role,
                SET_PASSWORD_AND_SECOND_FACTOR, null);
    }

    /** A login with a known password and nothing to set up: the embedded default's demo users, and tests. */
    static Account withPassword(String email, String firstName, String lastName, String role, String password) {
        return new Account(email, firstName, lastName, role, List.of(), password);
    }

    /**
     * The user as Keycloak creates it. A user imported with a new realm gets only the roles it names, so it names the
     * realm's default roles too (its own account page among them), as a user created later gets them anyway.
     */
    Representations.User representation(String realm) {
        return new Representations.User(null, email, email, firstName, lastName, true, false, requiredActions,
                List.of(role, "default-roles-" + realm),
                password == null ? null : List.of(new Representations.Credential("password", password, false)));
    }

    @Override
    public String toString() {
        return "Account[email=" + email + ", role=" + role + "]";
    }
}
