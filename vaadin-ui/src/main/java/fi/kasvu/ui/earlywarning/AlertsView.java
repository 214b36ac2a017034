package fi.kasvu.ui.earlywarning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.earlywarning.AlertAction;
import fi.kasvu.platform.earlywarning.AlertSummary;
import fi.kasvu.platform.earlywarning.Alerts;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The early-warning alerts of the pupils the signed-in person is responsible for, open ones first, each with what
 * crossed which threshold and what has been done; acting records the step and its note.
 */
@Route(value = AlertsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "SPECIAL_NEEDS_TEACHER", "PRINCIPAL"})
class AlertsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "varhainen-tuki";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ZoneId.of("Europe/Helsinki"));

    private final Alerts alerts;
    private final Actor actor;
    private final Div list = new Div();
    private final Checkbox closed = new Checkbox();
    private final Paragraph status = new Paragraph();

    AlertsView(Alerts alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("alerts need a signed-in "
                + "person")).actor();
        closed.setLabel(getTranslation("warning.showClosed"));
        closed.setId("varhainen-suljetut");
        closed.addValueChangeListener(change -> refresh());
        status.setId("varhainen-tila");
        status.getElement().setAttribute("role", "status");
        list.setId("varhainen-halytykset");
        add(new H1(getTranslation("warning.title")), new Paragraph(getTranslation("warning.intro")), closed, status,
                list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warning.title");
    }

    private void refresh() {
        list.removeAll();
        var found = alerts.forMe(actor, !closed.getValue());
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("warning.none")));
        }
        found.forEach(alert -> list.add(card(alert)));
    }

    private Article card(AlertSummary alert) {
        var card = new Article(new H2(alert.studentName() + ": " + describe(alert)));
        card.addClassName("kasvu-card");
        card.add(new Paragraph(getTranslation("warning.state", getTranslation("warning.state." + alert.state().name()),
                TIME.format(alert.raisedAt()))));
        if (!alert.actions().isEmpty()) {
            var done = new UnorderedList();
            alert.actions().forEach(a -> done.add(new ListItem(TIME.format(a.actedAt()) + " "
                    + getTranslation("warning.state." + a.action().name()) + " (" + a.actedBy() + ")"
                    + (a.note() == null ? "" : ": " + a.note()))));
            card.add(done);
        }
        if (!alert.state().isClosed()) {
            var note = new TextField(getTranslation("warning.note"));
            note.setMaxLength(2000);
            card.add(note);
            for (AlertAction action : AlertAction.values()) {
                var button = new Button(getTranslation("warning.action." + action.name()), click -> {
                    try {
                        alerts.act(actor, alert.id(), action, note.getValue());
                        status.setText(getTranslation("warning.recorded"));
                        refresh();
                    } catch (InvalidFieldException | AccessRefusedException problem) {
                        status.setText(getTranslation("warning.refused"));
                    }
                });
                button.getElement().setAttribute("aria-label", getTranslation("warning.action." + action.name())
                        + ": " + alert.studentName());
                card.add(button);
            }
        }
        return card;
    }

    private String describe(AlertSummary alert) {
        return getTranslation("warning.indicator." + alert.indicator().name(), alert.level(), alert.value());
    }
}
