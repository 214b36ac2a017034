/**
 * The city admin's OneRoster page on the municipality's host (hallinta/oneroster): a CSV zip imported with live
 * progress and a report per file and row, the history of imports, and the export of the same format.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OneRoster")
package fi.kasvu.ui.oneroster;
