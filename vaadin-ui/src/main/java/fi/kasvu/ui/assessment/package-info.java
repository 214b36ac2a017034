/**
 * Assessment in the portal: the teacher's grading page (assessments, results, term and year grades), year reports as
 * PDF, and the home page's cards of grades (students, guardians) and of grading (teachers).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment UI")
package fi.kasvu.ui.assessment;
