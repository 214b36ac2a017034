package fi.kasvu.ui.console;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** The console exists only on the platform host: a municipality's session has no route to it at all. */
@Component
class ConsoleRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Platform) {
            sessionRoutes.setAnnotatedRoute(ConsoleView.class);
        }
    }
}
