package fi.kasvu.ui.administration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The administration's pages, the current one marked for screen readers too. */
class AdministrationNavigation extends Nav {

    AdministrationNavigation(String current) {
        addClassName("kasvu-admin-nav");
        getElement().setAttribute("aria-label", "Kunnan hallinta");
        add(link(BrandingView.ROUTE, "Portaalin ulkoasu", current), link(StaffView.ROUTE, "Henkilökunta", current));
        add(link("hallinta/oneroster", "OneRoster-tuonti ja -vienti", current));
    }

    private static Anchor link(String route, String text, String current) {
        var link = new Anchor(route, text);
        if (route.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
