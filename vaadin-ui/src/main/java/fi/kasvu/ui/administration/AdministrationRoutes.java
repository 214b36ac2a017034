package fi.kasvu.ui.administration;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The administration exists only on a municipality's host; its views say who may open them. */
@Component
class AdministrationRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(BrandingView.class);
            sessionRoutes.setAnnotatedRoute(StaffView.class);
            sessionRoutes.setAnnotatedRoute(SchoolsView.class);
            sessionRoutes.setAnnotatedRoute(SchoolYearsView.class);
            sessionRoutes.setAnnotatedRoute(ClassesView.class);
            sessionRoutes.setAnnotatedRoute(PeopleView.class);
            sessionRoutes.setAnnotatedRoute(EnrollmentsView.class);
            sessionRoutes.setAnnotatedRoute(AuditLogView.class);
        }
    }
}
