package fi.kasvu.ui.insight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;
import java.util.Optional;

/** On the home page of governance, city admins and principals: the way to the dashboards. */
@org.springframework.stereotype.Component
class InsightCard implements PortalCard {

    @Override
    public int order() {
        return 150;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("governance") && !viewer.hasRole("city-admin") && !viewer.hasRole("principal")) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassName("kasvu-card");
        card.setId("kortti-tilannekuva");
        card.add(new H2(card.getTranslation("insight.title")), new Paragraph(card.getTranslation("insight.card")),
                new Anchor(DashboardView.ROUTE, card.getTranslation("insight.card.link")));
        return Optional.of(card);
    }
}
