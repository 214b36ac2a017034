package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.Representations.User;
import org.springframework.stereotype.Service;

/**
 * The people of a municipality's realm as Kasvu lets them in: found by email address, so that letting someone in twice
 * never makes a second user, and sent a link by Keycloak itself, through the realm's mail server, to set up what they
 * still lack before their first sign-in. Kasvu never sees a password or the link's token.
 */
@Service
public class RealmMembers {

    /** A required action: choose a password. */
    public static final String SET_PASSWORD = Account.UPDATE_PASSWORD;
    /** A required action: set up a one-time-password app. */
    public static final String SET_UP_SECOND_FACTOR = Account.CONFIGURE_TOTP;

    private static final int LARGEST_ROLE_LISTING = 1_000;

    private final KeycloakAdmin admin;
    private final RealmUsers users;

    RealmMembers(TenantRealms realms) {
        this.admin = realms.admin();
        this.users = realms.users();
    }

    /**
     * The person's user in the realm, created with the roles when no user has the address, or given the roles besides
     * those it has. Of {@code setUp}, what the person has not done yet is required at their next sign-in.
     */
    public Admission admit(TenantId tenant, String email, String name, List<String> roles, List<String> setUp) {
        String realm = tenant.slug();
        Optional<User> existing = users.findByEmail(realm, email);
        String id = existing.map(User::id)
                .orElseGet(() -> users.ensure(realm, Account.invited(email, name, roles, setUp)));
        if (existing.isPresent()) {
            users.grant(realm, id, roles);
        }
        Set<String> credentials = users.credentialTypes(realm, id);
        List<String> pending = setUp.stream().filter(action -> !done(action, credentials)).distinct().toList();
        if (existing.isPresent() && !pending.isEmpty()) {
            users.require(realm, id, pending);
        }
        return new Admission(id, email, existing.isEmpty(), pending);
    }

    /**
     * Has Keycloak mail the admitted person a link, valid for {@code lifespan}, to do what they must set up; when done,
     * the link leads them on to {@code redirect}, an address of the portal. The realm sends through the given server.
     */
    public void mailSetUpLink(TenantId tenant, Admission admission, MailServer server, URI redirect, Duration lifespan) {
        if (admission.pendingActions().isEmpty()) {
            return;
        }
        String realm = tenant.slug();
        admin.put("setting the mail server of realm '" + realm + "'",
                Map.of("realm", realm, "smtpServer", server.keycloakConfiguration()), "/{realm}", realm);
        admin.put("mailing '" + admission.email() + "' a link to set up their account in realm '" + realm + "' through "
                        + server.host() + ":" + server.port(), admission.pendingActions(),
                "/{realm}/users/{id}/execute-actions-email?client_id={client}&redirect_uri={redirect}&lifespan={seconds}",
                realm, admission.userId(), TenantRealms.PORTAL_CLIENT, redirect.toString(), lifespan.toSeconds());
    }

    /** The realm's users who hold any of the roles, with those of the roles they hold, by name. */
    public List<Member> withAnyRole(TenantId tenant, List<String> roles) {
        String realm = tenant.slug();
        var found = new LinkedHashMap<String, User>();
        var rolesOf = new LinkedHashMap<String, List<String>>();
        for (String role : roles) {
            for (User user : users.withRole(realm, role, LARGEST_ROLE_LISTING)) {
                found.putIfAbsent(user.id(), user);
                rolesOf.computeIfAbsent(user.id(), id -> new ArrayList<>()).add(role);
            }
        }
        return found.values().stream()
                .map(user -> new Member(user.email() == null ? user.username() : user.email(), nameOf(user),
                        rolesOf.get(user.id()), user.requiredActions() == null ? List.of() : user.requiredActions()))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Member::email))
                .toList();
    }

    private static boolean done(String action, Set<String> credentials) {
        return switch (action) {
            case Account.UPDATE_PASSWORD -> credentials.contains("password");
            case Account.CONFIGURE_TOTP -> credentials.contains("otp");
            default -> false;
        };
    }

    private static String nameOf(User user) {
        String name = String.join(" ", user.firstName() == null ? "" : user.firstName(),
                user.lastName() == null ? "" : user.lastName()).strip();
        return name.isEmpty() ? user.username() : name;
    }

    /**
     * A person let into a realm.
     *
     * @param created        whether their user was made now, rather than found
     * @param pendingActions what they must still set up (a password, a second factor) before they can sign in
     */
    public record Admission(String userId, String email, boolean created, List<String> pendingActions) {

        public Admission {
            pendingActions = List.copyOf(pendingActions);
        }
    }

    /**
     * A person of a realm.
     *
     * @param requiredActions what they must still do at their next sign-in; empty once they have set up their account
     */
    public record Member(String email, String name, List<String> roles, List<String> requiredActions) {

        public Member {
            roles = List.copyOf(roles);
            requiredActions = List.copyOf(requiredActions);
        }
    }
}
