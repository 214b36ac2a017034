package fi.kasvu.ui.administration;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The municipality's schools: a city admin adds and renames them and sets their language of instruction, a principal
 * sees and renames their own.
 */
@Route(value = SchoolsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class SchoolsView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

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
        kindFilter.setLabel(getTranslation("administration.schools.filter"));
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("administration.schools.all"));
        kindFilter.setItems(SchoolKind.values());
        kindFilter.setItemLabelGenerator(kind -> kind == null ? getTranslation("administration.schools.all") : SchoolKindNames.of(kind));
        kindFilter.addValueChangeListener(change -> refresh());
        grid.setId("koulut");
        grid.addColumn(SchoolSummary::name).setHeader(getTranslation("administration.schools.school")).setSortable(true).setFlexGrow(2);
        grid.addColumn(school -> SchoolKindNames.of(school.kind())).setHeader(getTranslation("administration.schools.kind")).setSortable(true);
        grid.addColumn(school -> SchoolLanguageNames.of(school.language())).setHeader(getTranslation("administration.schools.language")).setSortable(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("administration.schools.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            form.edit(change.getValue());
            form.save.setEnabled(actor.isCityAdmin() || change.getValue() != null);
        });
        form.save.setEnabled(actor.isCityAdmin());
        form.languageEditable(actor.isCityAdmin());
        form.addSaveListener(save -> save());
        var heading = new H2(getTranslation(actor.isCityAdmin() ? "administration.schools.add-or-change" : "administration.schools.change"));
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1(getTranslation("administration.schools.title")), status, kindFilter, grid,
                heading, form);
        refresh();
    }

    private void save() {
        try {
            SchoolSummary saved = form.editing() == null
                    ? schools.addSchool(actor, form.name.getValue(), form.kind.getValue(), form.language.getValue())
                    : schools.changeSchool(actor, form.editing().id(), form.name.getValue(), form.kind.getValue(),
                    form.language.getValue());
            status.done(getTranslation("administration.schools.saved", saved.name()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("administration.schools.title");
    }
}
