package fi.kasvu.provisioning.identity;

import java.util.List;
import java.util.stream.Stream;

/** A user Kasvu puts into a realm: its username is its email, and it holds the given realm roles. */
record Account(String email, String firstName, String lastName, List<String> roles, List<String> requiredActions,
               String password) {

    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";
    static final List<String> SET_PASSWORD_AND_SECOND_FACTOR = List.of(UPDATE_PASSWORD, CONFIGURE_TOTP);

    Account {
        roles = List.copyOf(roles);
        requiredActions = List.copyOf(requiredActions);
    }

    /** A first administrator: no password yet, and they must choose one and set up a one-time-password app. */
    static Account firstAdmin(FirstAdmin admin, String role) {
        return invited(admin.email(), admin.name(), List.of(role), SET_PASSWORD_AND_SECOND_FACTOR);
    }

    /** Someone invited by email: no password yet, and what they must set up before their first sign-in. */
    static Account invited(String email, String name, List<String> roles, List<String> requiredActions) {
        String[] names = name.strip().split("\\s+", 2);
        return new Account(email, names[0], names.length > 1 ? names[1] : null, roles, requiredActions, null);
    }

    /** A login with a known password and nothing to set up: the embedded default's demo users, and tests. */
    static Account withPassword(String email, String firstName, String lastName, String role, String password) {
        return new Account(email, firstName, lastName, List.of(role), List.of(), password);
    }

    /**
     * The user as Keycloak creates it. A user imported with a new realm gets only the roles it names, so it names the
     * realm's default roles too (its own account page among them), as a user created later gets them anyway.
     */
    Representations.User representation(String realm) {
        return new Representations.User(null, email, email, firstName, lastName, true, false, requiredActions,
                Stream.concat(roles.stream(), Stream.of("default-roles-" + realm)).toList(),
                password == null ? null : List.of(new Representations.Credential("password", password, false)));
    }

    @Override
    public String toString() {
        return "Account[email=" + email + ", roles=" + roles + "]";
    }
}
