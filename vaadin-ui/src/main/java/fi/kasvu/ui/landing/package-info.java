/**
 * The public landing page on the platform host, which says what Kasvu is and shows nothing of any municipality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Landing")
package fi.kasvu.ui.landing;
