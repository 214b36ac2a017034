package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.school.SchoolYearChange;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Classes and teaching groups, filtered by school, year, kind and name, read page by page; chosen classes move on to
 * the next school year together (7B becomes 8B with its pupils), or not at all.
 */
@Route(value = ClassesView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PageTitle("Luokat ja ryhmät")
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class ClassesView extends Div {

    static final String ROUTE = "hallinta/luokat";

    private final ClassDirectory classes;
    private final SchoolYearChange yearChange;
    private final Actor actor;
    final Select<SchoolSummary> school = new Select<>();
    final Select<AcademicSessionSummary> year = new Select<>();
    final Select<ClassType> type = new Select<>();
    final TextField title = new TextField("Nimi alkaa");
    final Grid<ClassSummary> grid = new Grid<>();
    final Button move = new Button("Siirrä valitut seuraavaan lukuvuoteen");
    private final ClassForm form;
    private final StatusLine status = new StatusLine("classes-status");

    ClassesView(ClassDirectory classes, SchoolYearChange yearChange, SchoolDirectory schools, SchoolCalendar calendar,
                SignedInActor signedIn) {
        this.classes = classes;
        this.yearChange = yearChange;
        this.actor = signedIn.require();
        List<SchoolSummary> ownSchools = schools.schools(actor, null);
        List<AcademicSessionSummary> years = calendar.schoolYears(actor);
        filters(ownSchools, years);
        columns();
        grid.setItems(query -> classes.classes(actor, query(), GridPaging.of(query)).stream(),
                query -> (int) classes.countClasses(actor, query()));
        move.setId("move-classes");
        move.setEnabled(false);
        grid.addSelectionListener(selection -> move.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        move.addClickListener(click -> moveChosen());
        form = new ClassForm(ownSchools, years, classes.subjects());
        form.addAddListener(add -> add(add.newClass()));
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1("Luokat ja ryhmät"), status,
                new HorizontalLayout(school, year, type, title), grid, move, new H2("Lisää luokka tai opetusryhmä"), form);
    }

    private void filters(List<SchoolSummary> ownSchools, List<AcademicSessionSummary> years) {
        school.setId("classes-school");
        school.setLabel("Koulu");
        school.setItems(ownSchools);
        school.setItemLabelGenerator(s -> s == null ? "Kaikki koulut" : s.name());
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption("Kaikki koulut");
        year.setId("classes-year");
        year.setLabel("Lukuvuosi");
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == null ? "Kaikki lukuvuodet" : y.title());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("Kaikki lukuvuodet");
        type.setId("classes-type");
        type.setLabel("Laji");
        type.setItems(ClassType.values());
        type.setItemLabelGenerator(t -> t == null ? "Kaikki" : ClassTypeNames.of(t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Kaikki");
        title.setId("classes-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        school.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        title.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void columns() {
        grid.setId("luokat");
        grid.getElement().setAttribute("aria-label", "Luokat ja opetusryhmät");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClassSummary::title).setHeader("Nimi").setSortProperty("title").setFlexGrow(2);
        grid.addColumn(c -> ClassTypeNames.of(c.type())).setHeader("Laji").setSortProperty("type");
        grid.addColumn(ClassSummary::schoolName).setHeader("Koulu").setSortProperty("school").setFlexGrow(2);
        grid.addColumn(ClassSummary::schoolYearTitle).setHeader("Lukuvuosi").setSortProperty("schoolYear");
        grid.addColumn(c -> c.grade() == null ? "" : c.grade()).setHeader("Vuosiluokka").setSortProperty("grade");
        grid.addColumn(ClassSummary::students).setHeader("Oppilaita").setSortProperty("students");
        grid.addComponentColumn(c -> {
            var members = new Anchor(EnrollmentsView.ROUTE + "?" + EnrollmentsView.CLASS + "=" + c.id(), "Jäsenet");
            members.getElement().setAttribute("aria-label", "Ryhmän " + c.title() + " jäsenet");
            return members;
        }).setHeader("Jäsenet");
    }

    private ClassQuery query() {
        return new ClassQuery(school.getValue() == null ? null : school.getValue().id(),
                year.getValue() == null ? null : year.getValue().id(), type.getValue(), title.getValue());
    }

    private void moveChosen() {
        Set<ClassSummary> chosen = grid.getSelectedItems();
        try {
            var moved = yearChange.moveToNextYear(actor, chosen.stream().map(ClassSummary::id)
                    .collect(Collectors.toSet()));
            status.done("Siirretty seuraavaan lukuvuoteen: " + moved.stream()
                    .map(c -> c.title() + " (" + c.students() + " oppilasta)").collect(Collectors.joining(", ")) + ".");
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        } catch (InvalidFieldException | AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void add(NewClass added) {
        try {
            var saved = classes.addClass(actor, added);
            status.done(ClassTypeNames.of(saved.type()) + " " + saved.title() + " on lisätty.");
            form.showProblem(null);
            form.title.clear();
            grid.getDataProvider().refreshAll();
        } catch (InvalidFieldException invalid) {
            form.showProblem(invalid);
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }
}
