package fi.kasvu.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;
import java.util.Optional;

/** On a teacher's, special-needs teacher's and principal's home page: the way to their pupils' support documents. */
@org.springframework.stereotype.Component
class SupportCard implements PortalCard {

    @Override
    public int order() {
        return 260;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("teacher") && !viewer.hasRole("special-needs-teacher") && !viewer.hasRole("principal")) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassName("kasvu-card");
        card.setId("kortti-tuki");
        card.add(new H2(card.getTranslation("support.title")), new Paragraph(card.getTranslation("support.card")),
                new Anchor(SupportView.ROUTE, card.getTranslation("support.card.link")));
        return Optional.of(card);
    }
}
