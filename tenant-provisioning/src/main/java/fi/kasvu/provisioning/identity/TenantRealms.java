package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.Representations.Client;
import fi.kasvu.provisioning.identity.Representations.ClientSecret;
import fi.kasvu.provisioning.identity.Representations.PartialImport;
import fi.kasvu.provisioning.identity.Representations.Realm;
import fi.kasvu.provisioning.identity.Representations.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/**
 * Each municipality's Keycloak realm, named after its slug, and the operators' realm {@value #OPERATOR_REALM}.
 * Every method may be retried: ensuring a realm creates what is missing and never a second realm, client or admin.
 * Realms are always fetched by name; listing them is slow at hundreds of realms, and the registry knows them anyway.
 */
@Service
public class TenantRealms {

    public static final List<String> MUNICIPALITY_ROLES = List.of("guardian", "student", "teacher",
            "special-needs-teacher", "principal", "welfare", "city-admin", "governance");
    public static final String CITY_ADMIN = "city-admin";
    public static final String PORTAL_CLIENT = "kasvu-portal";
    public static final String OPERATOR_REALM = "platform";
    public static final String OPERATOR = "operator";
    public static final String CONSOLE_CLIENT = "kasvu-console";
    /** The claim of ID, access and userinfo tokens that lists the user's realm roles. */
    public static final String ROLES_CLAIM = "roles";

    private final KeycloakAdmin admin;
    private final RealmUsers users;
    private final KeycloakSettings settings;

    TenantRealms(KeycloakAdmin admin, KeycloakSettings settings) {
        this.admin = admin;
        this.users = new RealmUsers(admin);
        this.settings = settings;
    }

    /**
     * The municipality's realm with its roles, portal client and first city admin, who must set a password and a
     * one-time-password app at first sign-in. Creates the realm, or completes whatever part of it is missing.
     */
    public ProvisionedRealm ensureRealm(TenantId tenant, String displayName, FirstAdmin admin, URI portalUrl) {
        var blueprint = new RealmBlueprint(tenant.slug(), displayName, MUNICIPALITY_ROLES, PORTAL_CLIENT, portalUrl);
        return ensure(blueprint, Optional.of(Account.firstAdmin(admin, CITY_ADMIN)));
    }

    /** The operators' realm with the role {@value #OPERATOR} and the console's client, without any operator. */
    public ProvisionedRealm ensureOperatorRealm(URI consoleUrl) {
        return ensure(operators(consoleUrl), Optional.empty());
    }

    /** The operators' realm and a first operator, who must set a password and a one-time-password app. */
    public ProvisionedRealm ensureOperatorRealm(URI consoleUrl, FirstAdmin firstOperator) {
        return ensure(operators(consoleUrl), Optional.of(Account.firstAdmin(firstOperator, OPERATOR)));
    }

    public boolean realmExists(TenantId tenant) {
        return exists(tenant.slug());
    }

    /** Shows the municipality's new name on its sign-in pages; a municipality without a realm has none to show it on. */
    public void rename(TenantId tenant, String displayName) {
        if (exists(tenant.slug())) {
            admin.put("renaming realm '" + tenant.slug() + "'", java.util.Map.of("realm", tenant.slug(),
                    "displayName", displayName.strip()), "/{realm}", tenant.slug());
        }
    }

    /** Removes the realm with everything in it; nothing happens when it is already gone. */
    public void deleteRealm(TenantId tenant) {
        admin.delete("deleting realm '" + tenant.slug() + "'", "/{realm}", tenant.slug());
    }

    /** The portal client's secret as Keycloak holds it now; Kasvu does not store it. */
    public String clientSecret(TenantId tenant) {
        return secretOf(tenant.slug(), PORTAL_CLIENT);
    }

    /** The console client's secret in the operators' realm. */
    public String operatorClientSecret() {
        return secretOf(OPERATOR_REALM, CONSOLE_CLIENT);
    }

    /** The issuer of the realm's tokens: Keycloak as browsers see it, then the realm. */
    public URI issuer(TenantId tenant) {
        return issuerOf(tenant.slug());
    }

    public URI operatorIssuer() {
        return issuerOf(OPERATOR_REALM);
    }

    ProvisionedRealm ensure(RealmBlueprint blueprint, Optional<Account> firstUser) {
        String realm = blueprint.realm();
        Optional<Realm> existing = find(realm);
        boolean created = existing.isEmpty()
                && admin.createRealm("creating realm '" + realm + "'", blueprint.complete(firstUser, admin.realmAdminSecret(realm)));
        if (!created) {
            // a retry, or another node got there first: complete what is missing, change nothing twice
            if (existing.map(current -> !blueprint.settings().equals(current.settingsOnly())).orElse(true)) {
                admin.put("updating the settings of realm '" + realm + "'", blueprint.settings(), "/{realm}", realm);
            }
            ensureRealmAdministrator(realm);
            ensureRoles(blueprint);
            ensureClient(blueprint);
            firstUser.ifPresent(account -> users.ensure(realm, account));
        }
        return new ProvisionedRealm(realm, issuerOf(realm), blueprint.clientId());
    }

    RealmUsers users() {
        return users;
    }

    KeycloakAdmin admin() {
        return admin;
    }

    private boolean exists(String realm) {
        return find(realm).isPresent();
    }

    private Optional<Realm> find(String realm) {
        return admin.find("reading realm '" + realm + "'", Realm.class, "/{realm}", realm);
    }

    /**
     * Kasvu's own administrator of the realm, for realms made before realms had one (or half-made), with the secret
     * derived now (the master administrator's password may have changed since).
     */
    private void ensureRealmAdministrator(String realm) {
        String secret = admin.realmAdminSecret(realm);
        Optional<Client> existing = client(realm, KeycloakAdmin.REALM_ADMIN_CLIENT);
        if (existing.isEmpty()) {
            admin.create("adding Kasvu's administrator to realm '" + realm + "'", new PartialImport("SKIP",
                    List.of(RealmBlueprint.adminClient(secret)), List.of(RealmBlueprint.adminServiceAccount())),
                    "/{realm}/partialImport", realm);
        } else {
            admin.put("renewing the secret of Kasvu's administrator in realm '" + realm + "'",
                    java.util.Map.of("id", existing.get().id(), "clientId", KeycloakAdmin.REALM_ADMIN_CLIENT, "secret", secret),
                    "/{realm}/clients/{id}", realm, existing.get().id());
        }
    }

    private void ensureRoles(RealmBlueprint blueprint) {
        String realm = blueprint.realm();
        Set<String> present = admin.list("reading the roles of realm '" + realm + "'",
                        new ParameterizedTypeReference<List<Role>>() { }, "/{realm}/roles", realm)
                .stream().map(Role::name).collect(Collectors.toSet());
        blueprint.roleRepresentations().stream().filter(role -> !present.contains(role.name())).forEach(role ->
                admin.create("creating the role '" + role.name() + "' in realm '" + realm + "'", role,
                        "/{realm}/roles", realm));
    }

    private void ensureClient(RealmBlueprint blueprint) {
        String realm = blueprint.realm();
        Client wanted = blueprint.client();
        Optional<Client> existing = client(realm, wanted.clientId());
        if (existing.isEmpty()) {
            admin.create("creating the client '" + wanted.clientId() + "' in realm '" + realm + "'", wanted,
                    "/{realm}/clients", realm);
            return;
        }
        String id = existing.get().id();
        if (!blueprint.isSatisfiedBy(existing.get())) {
            admin.put("updating the client '" + wanted.clientId() + "' in realm '" + realm + "'", wanted.withId(id),
                    "/{realm}/clients/{id}", realm, id);
        }
        boolean hasRolesMapper = Optional.ofNullable(existing.get().protocolMappers()).orElse(List.of()).stream()
                .anyMatch(mapper -> RealmBlueprint.ROLES_MAPPER.equals(mapper.name()));
        if (!hasRolesMapper) {
            admin.create("adding the roles claim to client '" + wanted.clientId() + "' in realm '" + realm + "'",
                    RealmBlueprint.rolesMapper(), "/{realm}/clients/{id}/protocol-mappers/models", realm, id);
        }
    }

    Optional<Client> client(String realm, String clientId) {
        return admin.list("looking up the client '" + clientId + "' in realm '" + realm + "'",
                new ParameterizedTypeReference<List<Client>>() { }, "/{realm}/clients?clientId={clientId}",
                realm, clientId).stream().filter(client -> clientId.equals(client.clientId())).findFirst();
    }

    private String secretOf(String realm, String clientId) {
        String what = "reading the secret of client '" + clientId + "' in realm '" + realm + "'";
        Client client = client(realm, clientId).orElseThrow(() ->
                new IdentityProviderException(what + " failed: realm '" + realm + "' has no such client", null));
        return admin.find(what, ClientSecret.class, "/{realm}/clients/{id}/client-secret", realm, client.id())
                .map(ClientSecret::value).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IdentityProviderException(what + " failed: the client has no secret", null));
    }

    private URI issuerOf(String realm) {
        return URI.create(settings.browserUrl() + "/realms/" + realm);
    }

    private static RealmBlueprint operators(URI consoleUrl) {
        return new RealmBlueprint(OPERATOR_REALM, "Kasvu operators", List.of(OPERATOR), CONSOLE_CLIENT, consoleUrl);
    }
}
