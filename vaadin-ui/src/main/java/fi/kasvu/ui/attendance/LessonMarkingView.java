package fi.kasvu.ui.attendance;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** The marking page of one lesson: {@code opetus/merkinta/<lesson id>}. */
@Route(value = LessonMarkingView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "SPECIAL_NEEDS_TEACHER", "PRINCIPAL", "CITY_ADMIN"})
class LessonMarkingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "opetus/merkinta";

    private final AttendanceMarking marking;
    private final Actor actor;

    LessonMarkingView(AttendanceMarking marking, CurrentUser currentUser) {
        this.marking = marking;
        this.actor = SignedInActors.require(currentUser);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        UUID lesson;
        try {
            lesson = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            lesson = null;
        }
        try {
            add(new MarkingPanel(marking, actor, lesson));
        } catch (InvalidFieldException | AccessRefusedException refused) {
            var problem = new Paragraph(Texts.problem(this, refused));
            problem.setId("merkinta-virhe");
            add(new H1(getTranslation("attendance.marking.heading")), problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.marking.heading");
    }
}
