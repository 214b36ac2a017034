package fi.kasvu.ui.earlywarning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.earlywarning.Alerts;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;
import java.util.Optional;


/** On a teacher's, special-needs teacher's or principal's home page: how many early-warning alerts are open. */
@org.springframework.stereotype.Component
class AlertsCard implements PortalCard {

    private final Alerts alerts;

    AlertsCard(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("teacher") && !viewer.hasRole("special-needs-teacher") && !viewer.hasRole("principal")) {
            return Optional.empty();
        }
        int open = alerts.forMe(viewer.actor(), true).size();
        var card = new Div();
        card.addClassName("kasvu-card");
        card.setId("kortti-varhainen-tuki");
        var heading = new H2(card.getTranslation("warning.card.title"));
        card.add(heading, new Paragraph(open == 0 ? card.getTranslation("warning.card.none")
                : card.getTranslation("warning.card.open", open)), new Anchor(AlertsView.ROUTE,
                card.getTranslation("warning.card.link")));
        return Optional.of(card);
    }
}
