package fi.kasvu.ui.welfare;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The welfare register lives only on a municipality's host. */
@Component
class WelfareRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(WelfareView.class);
            sessionRoutes.setAnnotatedRoute(WelfareGrantsView.class);
        }
    }
}
