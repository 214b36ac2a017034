/**
 * The tenant registry and the tenant runtime: which municipality a request belongs to and which schema it may touch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package fi.kasvu.platform.tenancy;
