/**
 * The city admin's page of third-party apps (sovellukset) that read the municipality's roster over OneRoster:
 * registering one, its secret shown once, and revoking it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package fi.kasvu.ui.integration;
