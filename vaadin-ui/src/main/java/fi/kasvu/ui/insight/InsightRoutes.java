package fi.kasvu.ui.insight;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Dashboards live only on a municipality's host. */
@Component
class InsightRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(DashboardView.class);
        }
    }
}
