package fi.kasvu.ui.attendance;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The attendance pages exist only on a municipality's host; each view says who may open it. */
@Component
class AttendanceRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(TeacherDayView.class);
            sessionRoutes.setAnnotatedRoute(LessonMarkingView.class);
            sessionRoutes.setAnnotatedRoute(AbsencesView.class);
            sessionRoutes.setAnnotatedRoute(LeaveDecisionsView.class);
            sessionRoutes.setAnnotatedRoute(TimetableView.class);
        }
    }
}
