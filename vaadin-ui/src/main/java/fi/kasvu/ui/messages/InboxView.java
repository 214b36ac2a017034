package fi.kasvu.ui.messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.Announcements;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.ThreadKind;
import fi.kasvu.platform.messages.ThreadSummary;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's threads and announcements, the latest first. An unread thread is bold and says how many
 * of its messages are unread in words, so a screen reader hears it as well as an eye sees it.
 */
@Route(value = InboxView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class InboxView extends Div implements HasDynamicTitle {

    static final String ROUTE = "viestit";
    static final int PAGE = 50;

    InboxView(CurrentUser currentUser, Messaging messaging, Announcements announcements) {
        Actor actor = SignedIn.actor(currentUser);
        var actions = new Nav(link(ComposeView.ROUTE, "messages.inbox.new-message", "uusi-viesti"));
        actions.getElement().setAttribute("aria-label", getTranslation("messages.inbox.heading"));
        if (!announcements.targets(actor).isEmpty()) {
            actions.add(link(AnnouncementView.ROUTE, "messages.inbox.new-announcement", "uusi-tiedote"));
        }
        actions.add(link(NotificationSettingsView.ROUTE, "messages.inbox.settings", "ilmoitusasetukset"));
        actions.addClassName("kasvu-actions");
        var unread = new Paragraph(getTranslation("messages.inbox.unread-total", messaging.unreadCount(actor)));
        unread.setId("lukemattomat");
        add(new H1(getTranslation("messages.inbox.heading")), actions, unread, threads(messaging, actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.inbox.title");
    }

    private Section threads(Messaging messaging, Actor actor) {
        var heading = new H2(getTranslation("messages.inbox.list"));
        heading.setId("ketjut-otsikko");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "ketjut-otsikko");
        var list = new UnorderedList();
        list.setId("ketjut");
        List<ThreadSummary> first;
        try {
            first = messaging.inbox(actor, 0, PAGE);
        } catch (AccessRefusedException noPerson) {
            section.add(new Paragraph(getTranslation("messages.inbox.no-person")));
            return section;
        }
        if (first.isEmpty()) {
            section.add(new Paragraph(getTranslation("messages.inbox.empty")));
            return section;
        }
        first.forEach(thread -> list.add(item(thread)));
        section.add(list);
        var more = new Button(getTranslation("messages.inbox.more"));
        more.setId("lisaa-ketjuja");
        more.setVisible(first.size() == PAGE);
        var shown = new AtomicInteger(first.size());
        more.addClickListener(click -> {
            List<ThreadSummary> next = messaging.inbox(actor, shown.get(), PAGE);
            next.forEach(thread -> list.add(item(thread)));
            shown.addAndGet(next.size());
            more.setVisible(next.size() == PAGE);
        });
        section.add(more);
        return section;
    }

    private ListItem item(ThreadSummary thread) {
        var subject = new Anchor(ThreadView.ROUTE + "/" + thread.id(), thread.subject());
        subject.setId("ketju-" + thread.id());
        var item = new ListItem();
        if (thread.kind() == ThreadKind.ANNOUNCEMENT) {
            item.add(new Span(getTranslation("messages.inbox.announcement") + ": "));
        }
        item.add(subject);
        if (thread.hasUnread()) {
            item.addClassName("kasvu-unread");
            subject.getStyle().set("font-weight", "bold");
            var count = new Span(" " + getTranslation("messages.inbox.unread", thread.unread()));
            count.addClassName("kasvu-badge");
            item.add(count);
        }
        item.add(new Paragraph(getTranslation("messages.inbox.from", thread.lastSender(),
                MessageTexts.time(thread.lastMessageAt()))));
        return item;
    }

    private Anchor link(String route, String key, String id) {
        var anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        anchor.addClassName("kasvu-action");
        return anchor;
    }
}
