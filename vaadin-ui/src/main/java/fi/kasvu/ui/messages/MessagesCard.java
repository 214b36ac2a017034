package fi.kasvu.ui.messages;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.ThreadSummary;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/** The home page's messages: how many are unread and the latest threads, each a link, for anyone who is a person here. */
@org.springframework.stereotype.Component
class MessagesCard implements PortalCard {

    static final int LATEST = 3;

    private final Messaging messaging;

    MessagesCard(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (viewer.person().isEmpty()) {
            return Optional.empty();
        }
        var heading = new H2();
        heading.setId("viestit-kortti-otsikko");
        var card = new Section(heading);
        card.setId("viestit-kortti");
        card.addClassName("kasvu-card");
        card.getElement().setAttribute("aria-labelledby", "viestit-kortti-otsikko");
        heading.setText(card.getTranslation("messages.card.title"));
        int unread = messaging.unreadCount(viewer.actor());
        var count = new Paragraph(unread == 0 ? card.getTranslation("messages.card.none")
                : card.getTranslation("messages.card.unread", unread));
        count.setId("viestit-kortti-lukematta");
        card.add(count);
        List<ThreadSummary> latest = messaging.inbox(viewer.actor(), 0, LATEST);
        if (!latest.isEmpty()) {
            var list = new UnorderedList();
            latest.forEach(thread -> {
                var link = new Anchor(ThreadView.ROUTE + "/" + thread.id(), thread.subject()
                        + (thread.hasUnread() ? " – " + card.getTranslation("messages.inbox.unread", thread.unread()) : ""));
                if (thread.hasUnread()) {
                    link.getStyle().set("font-weight", "bold");
                }
                list.add(new ListItem(link));
            });
            card.add(list);
        }
        var all = new Anchor(InboxView.ROUTE, card.getTranslation("messages.card.open"));
        all.setId("viestit-kortti-kaikki");
        card.add(all);
        return Optional.of(card);
    }
}
