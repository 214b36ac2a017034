/**
 * Third-party apps (kolmannen osapuolen sovellukset) that read a municipality's roster through OneRoster: a city admin
 * registers one and gets a client-credentials client in the municipality's realm with the scopes chosen; revoking
 * deletes the client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package fi.kasvu.provisioning.integration;
