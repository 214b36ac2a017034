package fi.kasvu.ui.portal;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.tenancy.Branding;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.ui.security.CurrentUser;

/**
 * The front page of a municipality's portal: its name and its schools, which are public information. Someone signed
 * in is taken to their {@link HomeView} instead.
 * Registered per session by {@link PortalRoutes}, so only a session on a municipality's host can reach it.
 */
@Route(value = "", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
class PortalHomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final String SCHOOLS_HEADING = "koulut-otsikko";

    private final String title;
    private final CurrentUser currentUser;

    PortalHomeView(TenantContext tenants, TenantRegistry registry, SchoolDirectory directory, CurrentUser currentUser) {
        this.currentUser = currentUser;
        Branding branding = registry.require(tenants.require()).branding();
        title = branding.name();
        add(new H1(branding.name()), new Paragraph(getTranslation("portal.front.welcome")),
                schools(directory.schools()));
    }

    /** Someone signed in comes to their home instead: the front page is for those who are not. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.signedIn().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Section schools(List<SchoolSummary> schools) {
        var heading = new H2(getTranslation("portal.front.schools"));
        heading.setId(SCHOOLS_HEADING);
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", SCHOOLS_HEADING);
        if (schools.isEmpty()) {
            section.add(new Paragraph(getTranslation("portal.front.no-schools")));
            return section;
        }
        var list = new UnorderedList();
        schools.forEach(school -> list.add(new ListItem(school.name() + " – " + describe(school.kind()))));
        section.add(list);
        return section;
    }

    private String describe(SchoolKind kind) {
        return getTranslation("portal.front.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
