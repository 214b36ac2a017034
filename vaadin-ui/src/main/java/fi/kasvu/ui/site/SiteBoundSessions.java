package fi.kasvu.ui.site;

import java.util.List;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionRouteRegistry;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Binds every Vaadin session to the site it started on: the session remembers its site, gets only that site's routes,
 * and {@link SiteGuard} refuses it on any other host.
 */
@Component
class SiteBoundSessions implements VaadinServiceInitListener {

    private final TenantContext tenants;
    private final List<SiteRoutes> features;

    SiteBoundSessions(TenantContext tenants, List<SiteRoutes> features) {
        this.tenants = tenants;
        this.features = features;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> bind(init.getSession()));
        event.addRequestHandler(new SiteGuard(this::siteOfRequest));
        // the page's language is fi.kasvu.ui.i18n's: the person's choice, their browser's, or Finnish
    }

    /**
     * The platform's host filter has refused foreign hosts and bound the tenant of a municipality's host before Vaadin
     * sees the request, so a request with no tenant bound came to the platform host.
     */
    private Site siteOfRequest() {
        return tenants.current().<Site>map(tenant -> new Site.Municipality(tenant.slug())).orElseGet(Site.Platform::new);
    }

    private void bind(VaadinSession session) {
        Site site = siteOfRequest();
        session.setAttribute(Site.class, site);
        var sessionRoutes = RouteConfiguration.forRegistry(SessionRouteRegistry.getSessionRegistry(session));
        features.forEach(feature -> feature.register(site, sessionRoutes));
    }
}
