/**
 * Who is signed in: each host signs people in through its own Keycloak realm (a municipality's, or the operators'
 * realm on the platform host), and a session or bearer token of one realm is refused on every other host.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package fi.kasvu.ui.security;
