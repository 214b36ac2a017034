package fi.kasvu.ui.welfare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PeopleQuery;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.welfare.GrantSummary;
import fi.kasvu.platform.welfare.NewGrant;
import fi.kasvu.platform.welfare.Profession;
import fi.kasvu.platform.welfare.WelfareGrants;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grants of welfare staff: which worker reaches which school's pupils (or one pupil) until when. A principal grants
 * for their own school, a city admin anywhere; every grant has an end date; revoking ends one at once.
 */
@Route(value = WelfareGrantsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class WelfareGrantsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "hallinta/oppilashuolto";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final WelfareGrants grants;
    private final Actor actor;
    private final Grid<GrantSummary> grid = new Grid<>();
    private final Paragraph status = Problems.statusLine("luvat-tila");
    private final Map<UUID, String> schoolNames;

    WelfareGrantsView(WelfareGrants grants, SchoolDirectory schools, PeopleDirectory people, CurrentUser currentUser) {
        this.grants = grants;
        this.actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("grants need a signed-in "
                + "person")).actor();
        List<SchoolSummary> mine = schools.schools(actor, null);
        schoolNames = mine.stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        grid.setId("luvat");
        grid.getElement().setAttribute("aria-label", getTranslation("welfare.grants"));
        grid.addColumn(GrantSummary::workerName).setHeader(getTranslation("welfare.field.worker"));
        grid.addColumn(g -> getTranslation("welfare.profession." + g.profession().name()))
                .setHeader(getTranslation("welfare.field.profession"));
        grid.addColumn(g -> g.schoolId() != null ? schoolNames.getOrDefault(g.schoolId(), "")
                : getTranslation("welfare.onePupil")).setHeader(getTranslation("welfare.field.scope"));
        grid.addColumn(g -> DATE.format(g.validFrom()) + "–" + DATE.format(g.validUntil()))
                .setHeader(getTranslation("welfare.field.validUntil"));
        grid.addComponentColumn(g -> {
            var revoke = new Button(getTranslation("welfare.revoke"), click -> {
                try {
                    grants.revoke(actor, g.id());
                    Problems.done(status, getTranslation("welfare.revoked"));
                    refresh();
                } catch (InvalidFieldException | AccessRefusedException problem) {
                    Problems.refused(this, status, problem);
                }
            });
            revoke.getElement().setAttribute("aria-label", getTranslation("welfare.revokeFrom", g.workerName()));
            return revoke;
        });
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("welfare.grants")), new Paragraph(getTranslation("welfare.grants.intro")), status,
                grid, new H2(getTranslation("welfare.grant.new")), grantForm(mine, people));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welfare.grants");
    }

    private FormLayout grantForm(List<SchoolSummary> mine, PeopleDirectory people) {
        var worker = new ComboBox<PersonSummary>(getTranslation("welfare.field.worker"));
        worker.setId("luvat-tyontekija");
        worker.setItems(query -> people.people(actor, new PeopleQuery(query.getFilter().orElse(""), null, null, null),
                new Paging(query.getOffset(), query.getLimit(), null, false)).stream());
        worker.setItemLabelGenerator(p -> p.name() + (p.email() == null ? "" : " <" + p.email() + ">"));
        var profession = new RadioButtonGroup<Profession>(getTranslation("welfare.field.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation("welfare.profession." + p.name()));
        var school = new ComboBox<SchoolSummary>(getTranslation("welfare.field.school"), mine);
        school.setId("luvat-koulu");
        school.setItemLabelGenerator(SchoolSummary::name);
        var from = new DatePicker(getTranslation("welfare.field.validFrom"), java.time.LocalDate.now());
        var until = new DatePicker(getTranslation("welfare.field.validUntil"));
        until.setId("luvat-paattyy");
        until.setRequiredIndicatorVisible(true);
        var grant = new Button(getTranslation("welfare.grant"), click -> {
            try {
                grants.grant(actor, new NewGrant(id(worker.getValue(), PersonSummary::id), profession.getValue(), null,
                        id(school.getValue(), SchoolSummary::id), from.getValue(), until.getValue()));
                Problems.done(status, getTranslation("welfare.granted"));
                refresh();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                Problems.refused(this, status, problem);
            }
        });
        grant.setId("luvat-anna");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(worker, profession, school, from, until, grant);
    }

    private static <T> UUID id(T value, Function<T, UUID> id) {
        return value == null ? null : id.apply(value);
    }

    private void refresh() {
        grid.setItems(grants.current(actor));
    }
}
