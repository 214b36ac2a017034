package fi.kasvu.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.support.SupportDocuments;
import fi.kasvu.platform.support.SupportOverview;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;
import java.util.Optional;

/**
 * On the home page of a student and of a guardian (about the chosen child): what there is in the support document,
 * and the way to it ({@code oma-tuki}). Shown only when there is something: most pupils have no support decision, and
 * a card saying so on every family's home page would say nothing useful (the page itself says it, for anyone who
 * opens it). The overview is an audited read of its own ({@link SupportDocuments#familyOverview}).
 */
@org.springframework.stereotype.Component
class FamilySupportCard implements PortalCard {

    private final SupportDocuments documents;

    FamilySupportCard(SupportDocuments documents) {
        this.documents = documents;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (viewer.student().isEmpty() || !(viewer.hasRole("guardian") || viewer.hasRole("student"))) {
            return Optional.empty();
        }
        SupportOverview overview = documents.familyOverview(viewer.actor(), viewer.student().get());
        if (overview.isEmpty()) {
            return Optional.empty();
        }
        var card = new Section();
        card.setId("oma-tuki-kortti");
        var heading = new H2(card.getTranslation("support.family.card.title"));
        heading.setId("oma-tuki-kortti-otsikko");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var lines = new UnorderedList();
        line(card, lines, overview.inForce(), "support.family.card.inForce", overview.inForce());
        line(card, lines, overview.upcoming(), "support.family.card.upcoming", overview.upcoming());
        line(card, lines, overview.nextReview() == null ? 0 : 1, "support.family.card.nextReview",
                FamilySupportDocument.date(overview.nextReview()));
        line(card, lines, overview.ended(), "support.family.card.ended", overview.ended());
        line(card, lines, overview.groupSupport(), "support.family.card.group", overview.groupSupport());
        line(card, lines, overview.before2025(), "support.family.card.before2025", overview.before2025());
        var link = new Anchor(FamilySupportView.ROUTE + "/" + viewer.student().get(),
                card.getTranslation("support.family.card.link"));
        link.setId("oma-tuki-kortti-linkki");
        card.add(heading, lines, link);
        return Optional.of(card);
    }

    private static void line(Section card, UnorderedList lines, int count, String key, Object value) {
        if (count > 0) {
            lines.add(new ListItem(card.getTranslation(key, value)));
        }
    }
}
