/**
 * Attendance (poissaolot): a mark per lesson and student, guardians' absence reports ahead of time and explanations
 * afterwards, leave applications (lupa-anomukset) and their decisions, and the totals per student and term.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package fi.kasvu.platform.attendance;
