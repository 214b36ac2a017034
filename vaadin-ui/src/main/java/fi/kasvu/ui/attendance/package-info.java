/**
 * Lessons and attendance in the portal: the teacher's day and the marking page, a guardian's absence reports,
 * explanations and leave applications, the decisions on leave, the timetable page of the administration, and the
 * home page's cards of today's lessons, a student's absences and a school at a glance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance UI")
package fi.kasvu.ui.attendance;
