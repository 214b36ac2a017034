package fi.kasvu.ui.signup;

import com.vaadin.flow.router.RouteConfiguration;
import fi.kasvu.ui.site.Site;
import fi.kasvu.ui.site.SiteRoutes;
import org.springframework.stereotype.Component;

/** Sign-up exists only on the platform host. */
@Component
class SignupRoutes implements SiteRoutes {

    @Override
    public void register(Site site, RouteConfiguration sessionRoutes) {
        if (site instanceof Site.Platform) {
            sessionRoutes.setAnnotatedRoute(SignupView.class);
        }
    }
}
