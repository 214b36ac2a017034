/**
 * Identity: each municipality's Keycloak realm, the operators' realm, and the Keycloak the embedded default runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fi.kasvu.provisioning.identity;
