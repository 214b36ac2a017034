/**
 * The municipality's portal on its own host, in the municipality's colours and with its logo: the public front page,
 * each signed-in person's home of the features' {@link fi.kasvu.ui.portal.PortalCard}s, and their own page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package fi.kasvu.ui.portal;
