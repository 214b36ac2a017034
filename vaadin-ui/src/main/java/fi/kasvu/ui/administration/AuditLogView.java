package fi.kasvu.ui.administration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/** The municipality's audit log for its city admins: who did what to whose data, and when. */
@Route(value = AuditLogView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("CITY_ADMIN")
class AuditLogView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/loki";

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss").withZone(FINLAND);

    private final AuditLog audit;
    private final Actor actor;
    final TextField who = new TextField(getTranslation("administration.audit.who"));
    final TextField action = new TextField(getTranslation("administration.audit.action"));
    final TextField person = new TextField(getTranslation("administration.audit.person-id"));
    final DatePicker from = FinnishDates.picker(getTranslation("administration.audit.from"), "audit-from");
    final DatePicker until = FinnishDates.picker(getTranslation("administration.audit.until"), "audit-until");
    final Grid<AuditEntry> grid = new Grid<>();
    private final StatusLine status = new StatusLine("audit-status");

    AuditLogView(AuditLog audit, SignedInActor signedIn) {
        this.audit = audit;
        this.actor = signedIn.require();
        who.setId("audit-actor");
        action.setId("audit-action");
        action.setHelperText(getTranslation("administration.audit.action.help"));
        person.setId("audit-person");
        for (TextField field : new TextField[] {who, action, person}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        until.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.setId("loki");
        grid.getElement().setAttribute("aria-label", getTranslation("administration.audit.title"));
        grid.addColumn(entry -> TIME.format(entry.at())).setHeader(getTranslation("administration.audit.time"));
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("administration.audit.who")).setFlexGrow(2);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("administration.audit.action"));
        grid.addColumn(entry -> entry.personId() == null ? "" : entry.personId().toString()).setHeader(getTranslation("administration.audit.person"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("administration.audit.detail")).setFlexGrow(2);
        grid.setItems(query -> audit.search(actor, query(), query.getOffset(), Math.min(query.getLimit(), 500)).stream(),
                query -> (int) audit.count(actor, query()));
        add(new AdministrationNavigation(ROUTE, true), new H1(getTranslation("administration.audit.title")),
                new Paragraph(getTranslation("administration.audit.intro")),
                status, new HorizontalLayout(who, action, person, from, until), grid);
    }

    private AuditQuery query() {
        java.util.UUID personId = null;
        if (!person.isEmpty()) {
            try {
                personId = java.util.UUID.fromString(person.getValue().strip());
                person.setInvalid(false);
            } catch (IllegalArgumentException notAnId) {
                person.setErrorMessage(getTranslation("administration.audit.person-id.invalid"));
                person.setInvalid(true);
            }
        }
        boolean backwards = from.getValue() != null && until.getValue() != null && until.getValue().isBefore(from.getValue());
        until.setErrorMessage(backwards ? getTranslation("administration.audit.backwards") : null);
        until.setInvalid(backwards);
        if (backwards) {
            status.done(getTranslation("administration.audit.backwards.ignored"));
        }
        return new AuditQuery(personId, who.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(FINLAND).toInstant(),
                until.getValue() == null || backwards ? null : until.getValue().plusDays(1).atStartOfDay(FINLAND).toInstant());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("administration.audit.title");
    }
}
