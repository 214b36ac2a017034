package fi.kasvu.ui.site;

import com.vaadin.flow.router.RouteConfiguration;

/**
 * A feature's views, registered in each new session for the site they belong on. Routes live per session rather than
 * per application so that a municipality's session has no route to the operator console and the platform's session
 * none to a portal.
 */
public interface SiteRoutes {

    void register(Site site, RouteConfiguration sessionRoutes);
}
