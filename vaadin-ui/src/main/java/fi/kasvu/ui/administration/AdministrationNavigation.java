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
        getElement().setAttribute("aria-label", getTranslation("administration.nav"));
        if (cityAdmin) {
            add(link(BrandingView.ROUTE, "administration.nav.look", current), link(StaffView.ROUTE, "administration.nav.staff", current));
        }
        add(link(SchoolsView.ROUTE, "administration.nav.schools", current),
                link(SchoolYearsView.ROUTE, "administration.nav.years", current),
                link(ClassesView.ROUTE, "administration.nav.classes", current),
                link(PeopleView.ROUTE, "administration.nav.people", current),
                link(EnrollmentsView.ROUTE, "administration.nav.members", current),
                link("hallinta/lukujarjestykset", "administration.nav.timetables", current),
                link("hallinta/oppilashuolto", "administration.nav.welfare", current));
        if (cityAdmin) {
            add(link(AuditLogView.ROUTE, "administration.nav.audit", current));
            add(link("hallinta/oneroster", "administration.nav.oneroster", current));
            add(link("hallinta/sovellukset", "administration.nav.apps", current));
            add(link("hallinta/varhainen-tuki", "administration.nav.warning", current));
        }
    }

    private Anchor link(String route, String key, String current) {
        var link = new Anchor(route, getTranslation(key));
        if (route.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
