package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kasvu.provisioning.identity.Representations.Client;
import fi.kasvu.provisioning.identity.Representations.ProtocolMapper;
import fi.kasvu.provisioning.identity.Representations.Realm;
import fi.kasvu.provisioning.identity.Representations.Role;
import fi.kasvu.provisioning.identity.Representations.Roles;
import fi.kasvu.provisioning.identity.Representations.ServiceAccount;
import fi.kasvu.provisioning.identity.Representations.ServiceClient;

/**
 * What a Kasvu realm looks like: its security settings, its realm roles, and the one confidential client the
 * application signs people in with (authorization code with PKCE, realm roles in the tokens' {@code roles} claim).
 */
record RealmBlueprint(String realm, String displayName, List<String> roles, String clientId, URI appUrl) {

    static final String PASSWORD_POLICY = "length(12) and notUsername and notEmail and passwordHistory(5)";
    static final String ROLES_MAPPER = "realm roles";
    static final int FAILURES_BEFORE_LOCKOUT = 5;

    RealmBlueprint {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("The realm '" + realm + "' needs a display name.");
        }
        if (appUrl == null || appUrl.getScheme() == null || appUrl.getHost() == null) {
            throw new IllegalArgumentException("The realm '" + realm + "' needs the absolute URL of its application, not "
                    + appUrl + ".");
        }
        displayName = displayName.strip();
        roles = List.copyOf(roles);
    }

    /** The realm's own settings, without roles, clients or users. */
    Realm settings() {
        return new Realm(realm, displayName, true, true, false, FAILURES_BEFORE_LOCKOUT, 60, 900, PASSWORD_POLICY,
                true, false, false, true, List.of("fi", "sv", "en"), "fi", null, null, null);
    }

    /**
     * The whole realm in one representation, so that a new realm is created with a single request, including Kasvu's
     * own administrator of the realm ({@link KeycloakAdmin#REALM_ADMIN_CLIENT}) with the given secret.
     */
    Realm complete(Optional<Account> firstUser, String adminSecret) {
        Realm settings = settings();
        return new Realm(settings.realm(), settings.displayName(), settings.enabled(), settings.bruteForceProtected(),
                settings.permanentLockout(), settings.failureFactor(), settings.waitIncrementSeconds(),
                settings.maxFailureWaitSeconds(), settings.passwordPolicy(), settings.loginWithEmailAllowed(),
                settings.duplicateEmailsAllowed(), settings.registrationAllowed(),
                settings.internationalizationEnabled(), settings.supportedLocales(), settings.defaultLocale(),
                new Roles(roleRepresentations()), List.of(client(), adminClient(adminSecret)),
                firstUser.map(account -> List.of(account.representation(realm), adminServiceAccount()))
                        .orElse(List.of(adminServiceAccount())));
    }

    /**
     * A confidential client whose service account administers this realm alone. Kasvu's admin calls about a realm go
     * through it rather than through the master realm's administrator, because every master-realm admin request slows
     * down with the number of realms (seconds at a hundred realms; see docs/benchmarks.md, section 3).
     */
    static ServiceClient adminClient(String secret) {
        return new ServiceClient(null, KeycloakAdmin.REALM_ADMIN_CLIENT, "Kasvu", true, false, "client-secret", secret,
                true, false, false);
    }

    static ServiceAccount adminServiceAccount() {
        return new ServiceAccount("service-account-" + KeycloakAdmin.REALM_ADMIN_CLIENT, true,
                KeycloakAdmin.REALM_ADMIN_CLIENT, Map.of("realm-management", List.of("realm-admin")));
    }

    List<Role> roleRepresentations() {
        return roles.stream().map(role -> new Role(null, role, null)).toList();
    }

    Client client() {
        String base = withoutTrailingSlash(appUrl.toString());
        String everyPage = base + "/*";
        return new Client(null, clientId, displayName, "openid-connect", true, false, "client-secret", true, false,
                false, false, base, base + "/", List.of(everyPage), List.of(origin()),
                Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", everyPage),
                List.of(rolesMapper()));
    }

    /** Whether the client found in Keycloak already is what {@link #client()} describes (secret and mappers aside). */
    boolean isSatisfiedBy(Client existing) {
        Client wanted = client();
        return existing.attributes() != null && existing.attributes().entrySet().containsAll(wanted.attributes().entrySet())
                && wanted.withId(existing.id()).equals(new Client(existing.id(), existing.clientId(), existing.name(),
                existing.protocol(), existing.enabled(), existing.publicClient(), existing.clientAuthenticatorType(),
                existing.standardFlowEnabled(), existing.implicitFlowEnabled(), existing.directAccessGrantsEnabled(),
                existing.serviceAccountsEnabled(), existing.rootUrl(), existing.baseUrl(), existing.redirectUris(),
                existing.webOrigins(), wanted.attributes(), null));
    }

    /** Realm roles as a top-level {@code roles} claim in ID, access and userinfo tokens. */
    static ProtocolMapper rolesMapper() {
        return new ProtocolMapper(null, ROLES_MAPPER, "openid-connect", "oidc-usermodel-realm-role-mapper", Map.of(
                "claim.name", TenantRealms.ROLES_CLAIM,
                "multivalued", "true",
                "jsonType.label", "String",
                "id.token.claim", "true",
                "access.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    private String origin() {
        return appUrl.getScheme() + "://" + appUrl.getHost() + (appUrl.getPort() == -1 ? "" : ":" + appUrl.getPort());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
