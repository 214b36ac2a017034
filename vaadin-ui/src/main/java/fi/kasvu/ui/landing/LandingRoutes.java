package fi.kasvu.ui.landing;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The landing page exists only on the platform host. */
@Component
class LandingRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Platform) {
            sessionRoutes.setAnnotatedRoute(LandingView.class);
        }
    }
}
