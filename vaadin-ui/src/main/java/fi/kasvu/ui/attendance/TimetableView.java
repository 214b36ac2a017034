package fi.kasvu.ui.attendance;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** The administration's timetable page ({@code hallinta/lukujarjestykset}) for city admins and principals. */
@Route(value = TimetableView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class TimetableView extends Div implements HasDynamicTitle {

    static final String ROUTE = "hallinta/lukujarjestykset";

    TimetableView(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes, PeopleDirectory people,
                  Timetables timetables, SchoolHolidays holidays, CurrentUser currentUser) {
        Actor actor = SignedInActors.require(currentUser);
        var back = new Anchor(actor.isCityAdmin() ? "hallinta/ulkoasu" : "hallinta/koulut",
                getTranslation("attendance.timetable.back"));
        add(back, new TimetableAdministration(schools, calendar, classes, people, timetables, holidays, actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.timetable.title");
    }
}
