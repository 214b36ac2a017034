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
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class ClassesView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/luokat";

    private final ClassDirectory classes;
    private final SchoolYearChange yearChange;
    private final Actor actor;
    final Select<SchoolSummary> school = new Select<>();
    final Select<AcademicSessionSummary> year = new Select<>();
    final Select<ClassType> type = new Select<>();
    final TextField title = new TextField(getTranslation("administration.classes.title-starts"));
    final Grid<ClassSummary> grid = new Grid<>();
    final Button move = new Button(getTranslation("administration.classes.move"));
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
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1(getTranslation("administration.classes.heading")), status,
                new HorizontalLayout(school, year, type, title), grid, move, new H2(getTranslation("administration.classes.add")), form);
    }

    private void filters(List<SchoolSummary> ownSchools, List<AcademicSessionSummary> years) {
        school.setId("classes-school");
        school.setLabel(getTranslation("administration.schools.school"));
        school.setItems(ownSchools);
        school.setItemLabelGenerator(s -> s == null ? getTranslation("administration.classes.all-schools") : s.name());
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("administration.classes.all-schools"));
        year.setId("classes-year");
        year.setLabel(getTranslation("administration.years.type.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == null ? getTranslation("administration.classes.all-years") : y.title());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("administration.classes.all-years"));
        type.setId("classes-type");
        type.setLabel(getTranslation("administration.classes.type"));
        type.setItems(ClassType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("administration.schools.all") : ClassTypeNames.of(t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("administration.schools.all"));
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
        grid.getElement().setAttribute("aria-label", getTranslation("administration.classes.grid"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClassSummary::title).setHeader(getTranslation("administration.name")).setSortProperty("title").setFlexGrow(2);
        grid.addColumn(c -> ClassTypeNames.of(c.type())).setHeader(getTranslation("administration.classes.type")).setSortProperty("type");
        grid.addColumn(ClassSummary::schoolName).setHeader(getTranslation("administration.schools.school")).setSortProperty("school").setFlexGrow(2);
        grid.addColumn(ClassSummary::schoolYearTitle).setHeader(getTranslation("administration.years.type.year")).setSortProperty("schoolYear");
        grid.addColumn(c -> c.grade() == null ? "" : c.grade()).setHeader(getTranslation("administration.classes.grade")).setSortProperty("grade");
        grid.addColumn(ClassSummary::students).setHeader(getTranslation("administration.classes.students")).setSortProperty("students");
        grid.addComponentColumn(c -> {
            var members = new Anchor(EnrollmentsView.ROUTE + "?" + EnrollmentsView.CLASS + "=" + c.id(), getTranslation("administration.classes.members"));
            members.getElement().setAttribute("aria-label", getTranslation("administration.classes.members-of", c.title()));
            return members;
        }).setHeader(getTranslation("administration.classes.members"));
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
            status.done(getTranslation("administration.classes.moved", moved.stream()
                    .map(c -> getTranslation("administration.classes.moved-one", c.title(), String.valueOf(c.students())))
                    .collect(Collectors.joining(", "))));
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        } catch (InvalidFieldException | AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void add(NewClass added) {
        try {
            var saved = classes.addClass(actor, added);
            status.done(getTranslation("administration.added", ClassTypeNames.of(saved.type()) + " " + saved.title()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("administration.classes.heading");
    }
}
