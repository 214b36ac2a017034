package fi.kasvu.ui.administration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The administration's pages, the current one marked for screen readers too. A principal gets the school pages only;
 * the portal's look, the staff's accounts and the audit log are the city admin's.
 */
class AdministrationNavigation extends Nav {

    AdministrationNavigation(String current) {
        this(current, true);
    }

    AdministrationNavigation(String current, boolean cityAdmin) {
        addClassName("kasvu-admin-nav");
        getElement().setAttribute("aria-label", "Kunnan hallinta");
        if (cityAdmin) {
            add(link(BrandingView.ROUTE, "Portaalin ulkoasu", current), link(StaffView.ROUTE, "Henkilökunta", current));
        }
        add(link(SchoolsView.ROUTE, "Koulut", current), link(SchoolYearsView.ROUTE, "Lukuvuodet", current),
                link(ClassesView.ROUTE, "Luokat ja ryhmät", current), link(PeopleView.ROUTE, "Henkilöt", current),
                link(EnrollmentsView.ROUTE, "Ryhmien jäsenet", current));
        add(link("hallinta/lukujarjestykset", "Lukujärjestykset", current));
        if (cityAdmin) {
            add(link(AuditLogView.ROUTE, "Lokitiedot", current));
            add(link("hallinta/oneroster", "OneRoster-tuonti ja -vienti", current));
            add(link("hallinta/sovellukset", "Sovellukset", current));
        }
    }

    private static Anchor link(String route, String text, String current) {
        var link = new Anchor(route, text);
        if (route.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
