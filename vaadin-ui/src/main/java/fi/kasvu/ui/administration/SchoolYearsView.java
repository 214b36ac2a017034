package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SessionType;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The school years (1.8.-31.7.) with their terms and periods. A city admin adds a year, which brings its autumn and
 * spring terms, and an upper secondary school's periods (jaksot) inside the chosen year.
 */
@Route(value = SchoolYearsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"CITY_ADMIN", "PRINCIPAL"})
class SchoolYearsView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/lukuvuodet";

    private final SchoolCalendar calendar;
    private final Actor actor;
    private final Grid<AcademicSessionSummary> years = new Grid<>();
    private final Grid<AcademicSessionSummary> sessions = new Grid<>();
    final IntegerField endingYear = new IntegerField(getTranslation("administration.years.ending"));
    final TextField periodTitle = new TextField(getTranslation("administration.years.period-title"));
    final DatePicker periodStart = FinnishDates.picker(getTranslation("administration.first-day"), "period-start");
    final DatePicker periodEnd = FinnishDates.picker(getTranslation("administration.last-day"), "period-end");
    private final StatusLine status = new StatusLine("years-status");

    SchoolYearsView(SchoolCalendar calendar, SignedInActor signedIn) {
        this.calendar = calendar;
        this.actor = signedIn.require();
        sessionGrid(years, "lukuvuodet", getTranslation("administration.years.title"));
        sessionGrid(sessions, "lukukaudet", getTranslation("administration.years.sessions-of-chosen"));
        years.asSingleSelect().addValueChangeListener(change -> sessions.setItems(change.getValue() == null
                ? java.util.List.of() : calendar.sessionsIn(actor, change.getValue().id())));
        add(new AdministrationNavigation(ROUTE, actor.isCityAdmin()), new H1(getTranslation("administration.years.title")), status, years,
                new H2(getTranslation("administration.years.sessions")), new Paragraph(getTranslation("administration.years.choose")),
                sessions);
        if (actor.isCityAdmin()) {
            add(new H2(getTranslation("administration.years.add")), yearForm(), new H2(getTranslation("administration.years.add-period")), periodForm());
        }
        refresh();
    }

    private void sessionGrid(Grid<AcademicSessionSummary> grid, String id, String label) {
        grid.setId(id);
        grid.getElement().setAttribute("aria-label", label);
        grid.addColumn(AcademicSessionSummary::title).setHeader(getTranslation("administration.name")).setFlexGrow(2);
        grid.addColumn(session -> typeName(session.type())).setHeader(getTranslation("administration.years.type"));
        grid.addColumn(session -> FinnishDates.format(session.startDate())).setHeader(getTranslation("administration.begins"));
        grid.addColumn(session -> FinnishDates.format(session.endDate())).setHeader(getTranslation("administration.ends"));
        grid.setAllRowsVisible(true);
    }

    private FormLayout yearForm() {
        endingYear.setId("ending-year");
        endingYear.setHelperText(getTranslation("administration.years.ending.help"));
        endingYear.setValue(LocalDate.now().getMonthValue() >= 8 ? LocalDate.now().getYear() + 2 : LocalDate.now().getYear() + 1);
        var add = new Button(getTranslation("administration.years.add"), click -> {
            try {
                var year = calendar.addSchoolYear(actor, endingYear.getValue() == null ? 0 : endingYear.getValue());
                status.done(getTranslation("administration.added", year.title()));
                endingYear.setInvalid(false);
                refresh();
            } catch (InvalidFieldException invalid) {
                FieldProblems.show(invalid, Map.of("schoolYear", endingYear));
                status.refused(invalid);
            }
        });
        add.setId("add-year");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(endingYear, add);
    }

    private FormLayout periodForm() {
        periodTitle.setId("period-title");
        periodTitle.setPlaceholder(getTranslation("administration.years.period-example"));
        Map<String, HasValidation> fields = Map.of("title", periodTitle, "startDate", periodStart, "endDate", periodEnd,
                "parent", periodTitle);
        var add = new Button(getTranslation("administration.years.add-period.button"), click -> {
            var year = years.asSingleSelect().getValue();
            try {
                calendar.addGradingPeriod(actor, year == null ? null : year.id(), periodTitle.getValue(),
                        periodStart.getValue(), periodEnd.getValue());
                status.done(getTranslation("administration.years.period-added", periodTitle.getValue().strip()));
                fields.values().forEach(field -> field.setInvalid(false));
                sessions.setItems(calendar.sessionsIn(actor, year.id()));
            } catch (InvalidFieldException invalid) {
                FieldProblems.show(invalid, fields);
                status.refused(invalid);
            }
        });
        add.setId("add-period");
        return new FormLayout(periodTitle, periodStart, periodEnd, add);
    }

    private void refresh() {
        years.setItems(calendar.schoolYears(actor));
    }

    String typeName(SessionType type) {
        return switch (type) {
            case SCHOOL_YEAR -> getTranslation("administration.years.type.year");
            case TERM, SEMESTER -> getTranslation("administration.years.type.term");
            case GRADING_PERIOD -> getTranslation("administration.years.type.period");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("administration.years.title");
    }
}
