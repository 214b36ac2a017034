/**
 * Assessment (arviointi): tests and assignments of a group with each student's result, term and year grades on the
 * national scales, and the year report (lukuvuositodistus) as PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package fi.kasvu.platform.assessment;
