/**
 * The municipality's portal on its own host, in the municipality's colours and with its logo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package fi.kasvu.ui.portal;
