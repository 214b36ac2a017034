package fi.kasvu.ui.earlywarning;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Early warning lives only on a municipality's host. */
@Component
class EarlyWarningRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(AlertsView.class);
            sessionRoutes.setAnnotatedRoute(WarningSettingsView.class);
        }
    }
}
