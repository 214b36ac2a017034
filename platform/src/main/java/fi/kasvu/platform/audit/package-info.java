/**
 * The tenant's audit log (lokitiedot): who read or changed whose sensitive data and when, append-only, and who acts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package fi.kasvu.platform.audit;
