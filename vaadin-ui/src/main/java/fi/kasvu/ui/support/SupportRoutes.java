package fi.kasvu.ui.support;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Support lives only on a municipality's host: the staff's page and the family's. */
@Component
class SupportRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(SupportView.class);
            sessionRoutes.setAnnotatedRoute(FamilySupportView.class);
        }
    }
}
