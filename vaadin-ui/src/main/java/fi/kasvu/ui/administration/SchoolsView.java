package fi.kasvu.ui.administration;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/** The municipality's schools: a city admin adds and renames them, a principal sees and renames their own. */
@Route(value = SchoolsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PageTitle("Koulut")
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class SchoolsView extends Div {

    static final String ROUTE = "hallinta/koulut";

    private final SchoolDirectory schools;
    private final Actor actor;
    private final Grid<SchoolSummary> grid = new Grid<>();
    private final Select<SchoolKind> kindFilter = new Select<>();
    private final SchoolForm form = new SchoolForm();
    private final StatusLine status = new StatusLine("schools-status");

    SchoolsView(SchoolDirectory schools, SignedInActor signedIn) {
        this.schools = schools;
        this.actor = signedIn.require();
        kindFilter.setId("school-kind-filter");
        kindFilter.setLabel("Näytä koulumuoto");
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption("Kaikki");
        kindFilter.setItems(SchoolKind.values());
        kindFilter.setItemLabelGenerator(kind -> kind == null ? "Kaikki" : SchoolKindNames.of(kind));
        kindFilter.addValueChangeListener(change -> refresh());
        grid.setId("koulut");
        grid.addColumn(SchoolSummary::name).setHeader("Koulu").setSortable(true).setFlexGrow(2);
        grid.addColumn(school -> SchoolKindNames.of(school.kind())).setHeader("Koulumuoto").setSortable(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Koulut");
        grid.asSingleSelect().addValueChangeListener(change -> {
            form.edit(change.getValue());
            form.save.setEnabled(actor.isCityAdmin() || change.getValue() != null);
        });
        form.save.setEnabled(actor.isCityAdmin());
        form.addSaveListener(save -> save());
        var heading = new H2(actor.isCityAdmin() ? "Lisää koulu tai muuta valittua" : "Muuta valittua koulua");
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1("Koulut"), status, kindFilter, grid,
                heading, form);
        refresh();
    }

    private void save() {
        try {
            SchoolSummary saved = form.editing() == null
                    ? schools.addSchool(actor, form.name.getValue(), form.kind.getValue())
                    : schools.changeSchool(actor, form.editing().id(), form.name.getValue(), form.kind.getValue());
            status.done("Koulu " + saved.name() + " on tallennettu.");
            form.edit(null);
            refresh();
        } catch (InvalidFieldException invalid) {
            form.showProblem(invalid);
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void refresh() {
        grid.setItems(schools.schools(actor, kindFilter.getValue()));
    }
}
