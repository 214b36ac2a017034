package fi.kasvu.provisioning.identity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kasvu.provisioning.identity.Representations.Credential;
import fi.kasvu.provisioning.identity.Representations.Role;
import fi.kasvu.provisioning.identity.Representations.User;
import org.springframework.core.ParameterizedTypeReference;

/** The users Kasvu itself puts into realms: found by username, so that a retry never makes a second one. */
final class RealmUsers {

    private final KeycloakAdmin admin;

    RealmUsers(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** The account's user, created when missing, holding the account's role; its id. */
    String ensure(String realm, Account account) {
        String id = find(realm, account.email()).map(User::id).orElseGet(() -> {
            admin.create("creating the user '" + account.email() + "' in realm '" + realm + "'",
                    account.representation(realm), "/{realm}/users", realm);
            return find(realm, account.email()).map(User::id).orElseThrow(() -> new IdentityProviderException(
                    "creating the user '" + account.email() + "' in realm '" + realm + "' failed: it is not there", null));
        });
        grant(realm, id, account.roles());
        if (account.password() != null && !hasPassword(realm, id)) {
            setPassword(realm, id, account.password());
        }
        return id;
    }

    Optional<User> find(String realm, String username) {
        return admin.list("looking up the user '" + username + "' in realm '" + realm + "'",
                new ParameterizedTypeReference<List<User>>() { }, "/{realm}/users?username={username}&exact=true",
                realm, username).stream().findFirst();
    }

    /** The user whose email address this is (Kasvu's own users also have it as their username). */
    Optional<User> findByEmail(String realm, String email) {
        return admin.list("looking up the user with the address '" + email + "' in realm '" + realm + "'",
                        new ParameterizedTypeReference<List<User>>() { }, "/{realm}/users?email={email}&exact=true",
                        realm, email).stream().findFirst()
                .or(() -> find(realm, email));
    }

    int count(String realm) {
        return admin.find("counting the users of realm '" + realm + "'", Integer.class, "/{realm}/users/count", realm)
                .orElse(0);
    }

    /** Sets a known password and drops required actions: for demo logins only. */
    void makeDemoLogin(String realm, String username, String password) {
        User user = find(realm, username).orElseThrow(() -> new IdentityProviderException(
                "preparing the demo login '" + username + "' failed: realm '" + realm + "' has no such user", null));
        if (!hasPassword(realm, user.id())) {
            setPassword(realm, user.id(), password);
            // the whole user goes back, so that nothing but its required actions changes
            String what = "clearing the required actions of '" + username + "' in realm '" + realm + "'";
            Map<String, Object> whole = new HashMap<>(admin.find(what, Map.class, "/{realm}/users/{id}", realm, user.id())
                    .orElseThrow(() -> new IdentityProviderException(what + " failed: the user is gone", null)));
            whole.put("requiredActions", List.of());
            admin.put(what, whole, "/{realm}/users/{id}", realm, user.id());
        }
    }

    /** The types of the user's credentials: {@code password}, {@code otp}, ... */
    Set<String> credentialTypes(String realm, String userId) {
        return admin.list("reading a user's credentials in realm '" + realm + "'",
                        new ParameterizedTypeReference<List<Credential>>() { }, "/{realm}/users/{id}/credentials", realm,
                        userId)
                .stream().map(Credential::type).collect(Collectors.toSet());
    }

    /** Adds what the user must do at their next sign-in to what they must do already. */
    void require(String realm, String userId, List<String> actions) {
        String what = "adding required actions to a user in realm '" + realm + "'";
        Map<String, Object> whole = new HashMap<>(admin.find(what, Map.class, "/{realm}/users/{id}", realm, userId)
                .orElseThrow(() -> new IdentityProviderException(what + " failed: the user is gone", null)));
        var required = new LinkedHashSet<String>();
        if (whole.get("requiredActions") instanceof List<?> present) {
            present.forEach(action -> required.add(String.valueOf(action)));
        }
        if (required.addAll(actions)) {
            // the whole user goes back, so that nothing but its required actions changes
            whole.put("requiredActions", List.copyOf(required));
            admin.put(what, whole, "/{realm}/users/{id}", realm, userId);
        }
    }

    /** The realm's users holding the role, at most {@code max} of them, by username. */
    List<User> withRole(String realm, String role, int max) {
        return admin.list("listing the users with the role '" + role + "' in realm '" + realm + "'",
                new ParameterizedTypeReference<List<User>>() { },
                "/{realm}/roles/{role}/users?first=0&max={max}&briefRepresentation=false", realm, role, max);
    }

    void grant(String realm, String userId, List<String> roles) {
        List<Role> withIds = roles.stream().map(role -> admin.find("reading the role '" + role + "' of realm '" + realm
                        + "'", Role.class, "/{realm}/roles/{role}", realm, role)
                .orElseThrow(() -> new IdentityProviderException("granting the role '" + role + "' in realm '" + realm
                        + "' failed: there is no such role", null))).toList();
        // adding a mapping the user already has changes nothing
        admin.create("granting the roles " + roles + " in realm '" + realm + "'", withIds,
                "/{realm}/users/{id}/role-mappings/realm", realm, userId);
    }

    private boolean hasPassword(String realm, String userId) {
        return credentialTypes(realm, userId).contains("password");
    }

    private void setPassword(String realm, String userId, String password) {
        admin.put("setting a user's password in realm '" + realm + "'", new Credential("password", password, false),
                "/{realm}/users/{id}/reset-password", realm, userId);
    }
}
