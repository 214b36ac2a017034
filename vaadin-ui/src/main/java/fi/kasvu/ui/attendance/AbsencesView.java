package fi.kasvu.ui.attendance;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.attendance.AbsenceReporting;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.LeaveApplications;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** A guardian's absences page ({@code poissaolot}): report, explain, apply for leave. */
@Route(value = AbsencesView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"GUARDIAN", "STUDENT"})
class AbsencesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "poissaolot";

    AbsencesView(AttendanceRecords records, LessonSchedule schedule, AbsenceReporting reporting,
                 LeaveApplications leave, CurrentUser currentUser, Clock clock) {
        add(new GuardianAbsences(records, schedule, reporting, leave, SignedInActors.require(currentUser),
                LocalDate.now(clock)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.absences.title");
    }
}
