/**
 * The municipality's administration on its own host, for its city admins: the portal's look and the staff, whom they
 * invite (hallinta).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package fi.kasvu.ui.administration;
