/**
 * Branding: how a municipality's portal and sign-in pages look, as its city admin sets it (names, colour, logo).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Branding")
package fi.kasvu.provisioning.branding;
