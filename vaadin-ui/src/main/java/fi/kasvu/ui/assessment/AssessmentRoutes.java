package fi.kasvu.ui.assessment;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The grading page exists only on a municipality's host. */
@Component
class AssessmentRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(GradingView.class);
        }
    }
}
