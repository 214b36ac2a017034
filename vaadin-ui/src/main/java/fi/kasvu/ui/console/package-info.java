/**
 * The operator console on the platform host: every municipality with its status and provisioning steps, and the
 * operators' actions on them (retry, suspend, resume, delete), each confirmed and written to the operator audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package fi.kasvu.ui.console;
