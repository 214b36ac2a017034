package fi.kasvu.ui.integration;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Apps belong to a municipality: the page exists only on its host, for its city admins. */
@Component
class IntegrationRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(AppsView.class);
        }
    }
}
