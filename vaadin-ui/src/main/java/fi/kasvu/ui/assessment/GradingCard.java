package fi.kasvu.ui.assessment;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/** A teacher's (or principal's) way to the grading page, naming the groups they assess. */
@org.springframework.stereotype.Component
class GradingCard implements PortalCard {

    private final Assessments assessments;

    GradingCard(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("teacher") && !viewer.hasRole("principal")) {
            return Optional.empty();
        }
        var groups = assessments.groupsFor(viewer.actor());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        var card = new Section();
        card.setId("arviointi-kortti");
        var heading = new H2(card.getTranslation("assessment.teacherCard.title"));
        heading.setId("arviointi-kortti-otsikko");
        card.getElement().setAttribute("aria-labelledby", "arviointi-kortti-otsikko");
        var link = new Anchor(GradingView.ROUTE, card.getTranslation("assessment.teacherCard.link"));
        link.setId("arviointi-linkki");
        var names = new com.vaadin.flow.component.html.Span(" " + String.join(", ", groups.stream().limit(8)
                .map(g -> g.title()).toList()) + (groups.size() > 8 ? " …" : ""));
        card.add(heading, new Paragraph(new com.vaadin.flow.component.html.Span(
                card.getTranslation("assessment.teacherCard.groups")), names), link);
        return Optional.of(card);
    }
}
