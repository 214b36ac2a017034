package fi.kasvu.ui.attendance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.attendance.LeaveApplications;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/** Leave applications to decide ({@code poissaolot/luvat}): a homeroom teacher's short ones, a principal's all. */
@Route(value = LeaveDecisionsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "SPECIAL_NEEDS_TEACHER", "PRINCIPAL"})
class LeaveDecisionsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "poissaolot/luvat";

    LeaveDecisionsView(LeaveApplications leave, CurrentUser currentUser) {
        add(new LeaveDecisions(leave, SignedInActors.require(currentUser)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.decisions.title");
    }
}
