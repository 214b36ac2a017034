package fi.kasvu.ui.welfare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;
import java.util.Optional;

/** On a welfare worker's home page: the register; on a principal's and city admin's: the grants. */
@org.springframework.stereotype.Component
class WelfareCard implements PortalCard {

    @Override
    public int order() {
        return 270;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        boolean worker = viewer.hasRole("welfare");
        boolean grants = viewer.hasRole("principal") || viewer.hasRole("city-admin");
        if (!worker && !grants) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassName("kasvu-card");
        card.setId("kortti-oppilashuolto");
        card.add(new H2(card.getTranslation(worker ? "welfare.title" : "welfare.grants")));
        if (worker) {
            card.add(new Paragraph(card.getTranslation("welfare.card")), new Anchor(WelfareView.ROUTE,
                    card.getTranslation("welfare.card.link")));
        }
        if (grants) {
            card.add(new Paragraph(card.getTranslation("welfare.card.grants")), new Anchor(WelfareGrantsView.ROUTE,
                    card.getTranslation("welfare.card.grants.link")));
        }
        return Optional.of(card);
    }
}
