package fi.kasvu.provisioning.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts of Keycloak's admin representations Kasvu reads and writes. Absent fields are left out of requests, so
 * that an update changes only what Kasvu sets.
 */
final class Representations {

    private Representations() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Realm(String realm, String displayName, Boolean enabled, Boolean bruteForceProtected,
                 Boolean permanentLockout, Integer failureFactor, Integer waitIncrementSeconds,
                 Integer maxFailureWaitSeconds, String passwordPolicy, Boolean loginWithEmailAllowed,
                 Boolean duplicateEmailsAllowed, Boolean registrationAllowed, Boolean internationalizationEnabled,
                 List<String> supportedLocales, String defaultLocale, Roles roles, List<?> clients,
                 List<?> users) {

        Realm settingsOnly() {
            return new Realm(realm, displayName, enabled, bruteForceProtected, permanentLockout, failureFactor,
                    waitIncrementSeconds, maxFailureWaitSeconds, passwordPolicy, loginWithEmailAllowed,
                    duplicateEmailsAllowed, registrationAllowed, internationalizationEnabled, supportedLocales,
                    defaultLocale, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Roles(List<Role> realm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Client(String id, String clientId, String name, String protocol, Boolean enabled, Boolean publicClient,
                  String clientAuthenticatorType, Boolean standardFlowEnabled, Boolean implicitFlowEnabled,
                  Boolean directAccessGrantsEnabled, Boolean serviceAccountsEnabled, String rootUrl, String baseUrl,
                  List<String> redirectUris, List<String> webOrigins, Map<String, String> attributes,
                  List<ProtocolMapper> protocolMappers) {

        Client withId(String id) {
            return new Client(id, clientId, name, protocol, enabled, publicClient, clientAuthenticatorType,
                    standardFlowEnabled, implicitFlowEnabled, directAccessGrantsEnabled, serviceAccountsEnabled,
                    rootUrl, baseUrl, redirectUris, webOrigins, attributes, null);
        }
    }

    /** Kasvu's own administrator in a realm: a confidential client whose service account manages the realm. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceClient(String id, String clientId, String name, Boolean enabled, Boolean publicClient,
                         String clientAuthenticatorType, String secret, Boolean serviceAccountsEnabled,
                         Boolean standardFlowEnabled, Boolean directAccessGrantsEnabled) {

        @Override
        public String toString() {
            return "ServiceClient[clientId=" + clientId + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceAccount(String username, Boolean enabled, String serviceAccountClientId,
                          Map<String, List<String>> clientRoles) {
    }

    /** Adds what is missing of a realm (Keycloak's partial import), leaving what exists as it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartialImport(String ifResourceExists, List<?> clients, List<?> users) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProtocolMapper(String id, String name, String protocol, String protocolMapper, Map<String, String> config) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled,
                Boolean emailVerified, List<String> requiredActions, List<String> realmRoles,
                List<Credential> credentials) {

        @Override
        public String toString() {
            return "User[id=" + id + ", username=" + username + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credential(String type, String value, Boolean temporary) {

        @Override
        public String toString() {
            return "Credential[type=" + type + "]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClientSecret(String type, String value) {

        @Override
        public String toString() {
            return "ClientSecret[redacted]";
        }
    }
}
