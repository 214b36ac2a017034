package fi.kasvu.ui.oneroster;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The OneRoster page exists only on a municipality's host; the view says who may open it. */
@Component
class OneRosterRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(OneRosterView.class);
        }
    }
}
