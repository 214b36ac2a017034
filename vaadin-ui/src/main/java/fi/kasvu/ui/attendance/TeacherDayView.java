package fi.kasvu.ui.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** The teacher's day ({@code opetus?paiva=2026-10-07}, today without one): their lessons and the way to mark them. */
@Route(value = TeacherDayView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "SPECIAL_NEEDS_TEACHER", "PRINCIPAL"})
class TeacherDayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "opetus";

    private final LessonSchedule schedule;
    private final Actor actor;
    private final Clock clock;

    TeacherDayView(LessonSchedule schedule, CurrentUser currentUser, Clock clock) {
        this.schedule = schedule;
        this.actor = SignedInActors.require(currentUser);
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = LocalDate.now(clock);
        LocalDate shown = event.getLocation().getQueryParameters().getSingleParameter("paiva").map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return today;
            }
        }).orElse(today);
        removeAll();
        add(new TeacherDay(schedule, actor, shown, today));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.day.title");
    }
}
