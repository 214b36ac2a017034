/**
 * Binds each Vaadin session to the site it started on, the platform host or one municipality's, and gives it only
 * that site's routes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package fi.kasvu.ui.site;
