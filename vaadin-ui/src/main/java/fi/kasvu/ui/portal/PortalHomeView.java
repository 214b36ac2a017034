package fi.kasvu.ui.portal;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.tenancy.Branding;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;

/**
 * The front page of a municipality's portal: its name and its schools, which are public information.
 * Registered per session by {@link PortalRoutes}, so only a session on a municipality's host can reach it.
 */
@Route(value = "", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
class PortalHomeView extends Div implements HasDynamicTitle {

    private static final String SCHOOLS_HEADING = "koulut-otsikko";

    private final String title;

    PortalHomeView(TenantContext tenants, TenantRegistry registry, SchoolDirectory directory) {
        Branding branding = registry.require(tenants.require()).branding();
        title = branding.name();
        add(new H1(branding.name()),
                new Paragraph("Tervetuloa kuntasi kasvatuksen ja opetuksen palveluihin. "
                        + "Alla ovat kunnan koulut ja niiden opetusmuodot."),
                schools(directory.schools()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Section schools(List<SchoolSummary> schools) {
        var heading = new H2("Koulut");
        heading.setId(SCHOOLS_HEADING);
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", SCHOOLS_HEADING);
        if (schools.isEmpty()) {
            section.add(new Paragraph("Kunnan kouluja ei ole vielä lisätty Kasvuun."));
            return section;
        }
        var list = new UnorderedList();
        schools.forEach(school -> list.add(new ListItem(school.name() + " – " + describe(school.kind()))));
        section.add(list);
        return section;
    }

    private static String describe(SchoolKind kind) {
        return switch (kind) {
            case PRE_PRIMARY -> "esiopetus";
            case BASIC -> "perusopetus";
            case UPPER_SECONDARY -> "lukio";
            case VOCATIONAL -> "ammatillinen koulutus";
        };
    }
}
