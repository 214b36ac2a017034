package fi.kasvu.ui.portal;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The portal exists only on a municipality's host. */
@Component
class PortalRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(PortalHomeView.class);
            sessionRoutes.setAnnotatedRoute(MyPageView.class);
            sessionRoutes.setAnnotatedRoute(HomeView.class);
        }
    }
}
