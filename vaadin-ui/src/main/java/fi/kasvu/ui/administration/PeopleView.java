package fi.kasvu.ui.administration;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
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
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.IdentityCodes;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PeopleQuery;
import fi.kasvu.platform.people.PersonChanges;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/** Pupils, guardians and staff, found by name, role and school page by page; and adding a person. */
@Route(value = PeopleView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class PeopleView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/henkilot";

    private final PeopleDirectory people;
    private final PersonRegister register;
    private final Actor actor;
    final TextField name = new TextField(getTranslation("administration.classes.title-starts"));
    final Select<Role> role = new Select<>();
    final Select<SchoolSummary> school = new Select<>();
    final Grid<PersonSummary> grid = new Grid<>();
    final PersonDetails details;
    private final PersonForm form;
    private final StatusLine status = new StatusLine("people-status");

    PeopleView(PeopleDirectory people, PersonRegister register, PersonChanges changes, IdentityCodes identityCodes,
               Guardianships guardianships, SchoolDirectory schools, SignedInActor signedIn) {
        this.people = people;
        this.register = register;
        this.actor = signedIn.require();
        List<SchoolSummary> ownSchools = schools.schools(actor, null);
        filters(ownSchools);
        grid.setId("henkilot");
        grid.getElement().setAttribute("aria-label", getTranslation("administration.nav.people"));
        grid.addColumn(PersonSummary::familyName).setHeader(getTranslation("administration.people.family-name")).setSortProperty("familyName");
        grid.addColumn(PersonSummary::givenName).setHeader(getTranslation("administration.people.given-name")).setSortProperty("givenName");
        grid.addColumn(p -> p.roles().stream().map(PersonRoleNames::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("administration.staff.roles"));
        grid.addColumn(PersonSummary::schools).setHeader(getTranslation("administration.schools.title")).setFlexGrow(2);
        grid.addColumn(p -> FinnishDates.format(p.birthDate())).setHeader(getTranslation("administration.people.birth-date")).setSortProperty("birthDate");
        grid.addColumn(p -> p.maskedIdentityCode() == null ? "" : p.maskedIdentityCode()).setHeader(getTranslation("administration.people.identity-code"));
        grid.setItems(query -> people.people(actor, query(), GridPaging.of(query)).stream(),
                query -> (int) people.countPeople(actor, query()));
        details = new PersonDetails(identityCodes, guardianships, changes, actor,
                () -> grid.getDataProvider().refreshAll());
        grid.asSingleSelect().addValueChangeListener(change -> details.show(change.getValue()));
        form = new PersonForm(ownSchools);
        form.addAddListener(add -> add(add.newPerson()));
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1(getTranslation("administration.nav.people")), status,
                new HorizontalLayout(name, role, school), grid, details, new H2(getTranslation("administration.people.add")), form);
    }

    private void filters(List<SchoolSummary> ownSchools) {
        name.setId("people-name");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        role.setId("people-role");
        role.setLabel(getTranslation("administration.members.role-column"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("administration.people.all-roles") : PersonRoleNames.of(r));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("administration.people.all-roles"));
        school.setId("people-school");
        school.setLabel(getTranslation("administration.schools.school"));
        school.setItems(ownSchools);
        school.setItemLabelGenerator(s -> s == null ? getTranslation("administration.classes.all-schools") : s.name());
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("administration.classes.all-schools"));
        name.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        school.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private PeopleQuery query() {
        return new PeopleQuery(name.getValue(), role.getValue(), school.getValue() == null ? null : school.getValue().id(),
                null);
    }

    private void add(NewPerson added) {
        try {
            register.addPerson(actor, added);
            status.done(getTranslation("administration.added", added.givenName().strip() + " " + added.familyName().strip()));
            form.clear();
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
        return getTranslation("administration.nav.people");
    }
}
