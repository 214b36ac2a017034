package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PeopleQuery;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.EnrollmentQuery;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.EnrollmentSummary;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/** The members of a class or teaching group, page by page; adding a member, and ending the chosen members' places. */
@Route(value = EnrollmentsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class EnrollmentsView extends Div implements BeforeEnterObserver, com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/jasenyydet";
    static final String CLASS = "ryhma";

    private final ClassDirectory classes;
    private final EnrollmentRegister enrollments;
    private final Actor actor;
    final ComboBox<ClassSummary> group = new ComboBox<>(getTranslation("administration.members.group"));
    final Checkbox ended = new Checkbox(getTranslation("administration.members.ended"));
    final Grid<EnrollmentSummary> grid = new Grid<>();
    final DatePicker lastDay = FinnishDates.picker(getTranslation("administration.members.last-day"), "enrollments-last-day");
    final Button end = new Button(getTranslation("administration.members.end"));
    final ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("administration.audit.person"));
    final Select<EnrollmentRole> role = new Select<>();
    final DatePicker firstDay = FinnishDates.picker(getTranslation("administration.first-day"), "enrollment-first-day");
    private final StatusLine status = new StatusLine("enrollments-status");

    EnrollmentsView(ClassDirectory classes, EnrollmentRegister enrollments, PeopleDirectory people,
                    SignedInActor signedIn) {
        this.classes = classes;
        this.enrollments = enrollments;
        this.actor = signedIn.require();
        group.setId("enrollments-class");
        group.setItemLabelGenerator(c -> c.title() + " – " + c.schoolName() + ", " + c.schoolYearTitle());
        group.setItems(query -> classes.classes(actor, new ClassQuery(null, null, null, query.getFilter().orElse(null)),
                GridPaging.of(query)).stream());
        group.setWidth("28em");
        group.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        ended.setId("enrollments-ended");
        ended.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        columns();
        lastDay.setValue(LocalDate.now());
        end.setId("end-enrollments");
        end.setEnabled(false);
        grid.addSelectionListener(selection -> end.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        end.addClickListener(click -> endChosen());
        person.setId("enrollment-person");
        person.setItemLabelGenerator(p -> p.familyName() + " " + p.givenName()
                + (p.schools() == null ? "" : " (" + p.schools() + ")"));
        person.setItems(query -> people.people(actor, new PeopleQuery(query.getFilter().orElse(null), null, null, null),
                GridPaging.of(query)).stream());
        role.setId("enrollment-role");
        role.setLabel(getTranslation("administration.members.role"));
        role.setItems(EnrollmentRole.values());
        role.setItemLabelGenerator(this::roleName);
        role.setValue(EnrollmentRole.STUDENT);
        firstDay.setValue(LocalDate.now());
        var add = new Button(getTranslation("administration.members.add.button"), click -> enroll());
        add.setId("enrollment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1(getTranslation("administration.nav.members")), status,
                new HorizontalLayout(group, ended), grid, new HorizontalLayout(lastDay, end),
                new H2(getTranslation("administration.members.add")), new FormLayout(person, role, firstDay, add));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CLASS).ifPresent(id -> {
            try {
                group.setValue(classes.classSummary(actor, UUID.fromString(id)));
            } catch (IllegalArgumentException | AccessRefusedException notOne) {
                status.done(getTranslation("administration.members.no-group"));
            }
        });
    }

    private void columns() {
        grid.setId("jasenet");
        grid.getElement().setAttribute("aria-label", getTranslation("administration.members.grid"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(EnrollmentSummary::personName).setHeader(getTranslation("administration.name")).setSortProperty("person").setFlexGrow(2);
        grid.addColumn(EnrollmentSummary::classTitle).setHeader(getTranslation("administration.members.class")).setSortProperty("class");
        grid.addColumn(e -> roleName(e.role())).setHeader(getTranslation("administration.members.role-column")).setSortProperty("role");
        grid.addColumn(e -> FinnishDates.format(e.beginDate())).setHeader(getTranslation("administration.audit.from")).setSortProperty("beginDate");
        grid.addColumn(e -> FinnishDates.format(e.endDate())).setHeader(getTranslation("administration.ends")).setSortProperty("endDate");
        grid.setItems(query -> group.getValue() == null ? java.util.stream.Stream.empty()
                        : enrollments.enrollments(actor, query(), GridPaging.of(query)).stream(),
                query -> group.getValue() == null ? 0 : (int) enrollments.countEnrollments(actor, query()));
    }

    private EnrollmentQuery query() {
        return new EnrollmentQuery(group.getValue().id(), null, null, null, ended.getValue() ? null : LocalDate.now());
    }

    private void endChosen() {
        try {
            int count = enrollments.endEnrollments(actor, grid.getSelectedItems().stream().map(EnrollmentSummary::id)
                    .collect(Collectors.toSet()), lastDay.getValue());
            status.done(getTranslation("administration.members.ending", String.valueOf(count), FinnishDates.format(lastDay.getValue())));
            lastDay.setInvalid(false);
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        } catch (InvalidFieldException invalid) {
            FieldProblems.show(invalid, Map.of("endDate", lastDay));
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void enroll() {
        Map<String, HasValidation> fields = Map.of("class", group, "person", person, "role", role, "beginDate", firstDay);
        try {
            enrollments.enroll(actor, group.getValue() == null ? null : group.getValue().id(),
                    person.getValue() == null ? null : person.getValue().id(), role.getValue(), firstDay.getValue(), null);
            status.done(getTranslation("administration.members.added", person.getValue().name(), group.getValue().title()));
            fields.values().forEach(field -> field.setInvalid(false));
            person.clear();
            grid.getDataProvider().refreshAll();
        } catch (InvalidFieldException invalid) {
            FieldProblems.show(invalid, fields);
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    String roleName(EnrollmentRole role) {
        return switch (role) {
            case STUDENT -> getTranslation("administration.person-role.student");
            case TEACHER -> getTranslation("administration.person-role.teacher");
            case AIDE -> getTranslation("administration.members.role.aide");
            case ADMINISTRATOR -> getTranslation("administration.members.role.administrator");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("administration.nav.members");
    }
}
