package fi.kasvu.ui.messages;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Messages exist only on a municipality's host, for whoever is signed in there. */
@Component
class MessagesRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Municipality) {
            sessionRoutes.setAnnotatedRoute(InboxView.class);
            sessionRoutes.setAnnotatedRoute(ThreadView.class);
            sessionRoutes.setAnnotatedRoute(ComposeView.class);
            sessionRoutes.setAnnotatedRoute(AnnouncementView.class);
            sessionRoutes.setAnnotatedRoute(NotificationSettingsView.class);
        }
    }
}
