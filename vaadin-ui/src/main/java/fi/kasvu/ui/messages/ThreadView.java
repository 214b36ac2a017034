package fi.kasvu.ui.messages;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.AttachmentContent;
import fi.kasvu.platform.messages.AttachmentInfo;
import fi.kasvu.platform.messages.AttachmentRefusedException;
import fi.kasvu.platform.messages.MessageEntry;
import fi.kasvu.platform.messages.MessageSettings;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.ReadReceipt;
import fi.kasvu.platform.messages.ThreadDetail;
import fi.kasvu.platform.messages.ThreadKind;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * One thread: its messages in order, each an article with its sender, time and files; the sender of a message can open
 * who has read it. Opening the page marks the thread read. A conversation ends with the reply form.
 */
@Route(value = ThreadView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class ThreadView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "viestit/ketju";

    private final Messaging messaging;
    private final MessageSettings settings;
    private final Actor actor;
    private String title = "";

    ThreadView(CurrentUser currentUser, Messaging messaging, MessageSettings settings) {
        this.messaging = messaging;
        this.settings = settings;
        this.actor = SignedIn.actor(currentUser);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        ThreadDetail thread;
        try {
            thread = messaging.readThread(actor, UUID.fromString(parameter));
        } catch (AccessRefusedException | IllegalArgumentException e) {
            title = getTranslation("messages.thread.title");
            add(new H1(title), new Paragraph(getTranslation("messages.thread.not-found")), back());
            return;
        }
        title = thread.subject();
        var heading = new H1(thread.subject());
        heading.setId("ketju-otsikko");
        add(back(), heading, new Paragraph(thread.kind() == ThreadKind.ANNOUNCEMENT
                ? getTranslation("messages.thread.announcement-to", String.join(", ", thread.participants()))
                : getTranslation("messages.thread.participants", String.join(", ", thread.participants()))));
        var messages = new Div();
        messages.setId("viestit-lista");
        thread.messages().forEach(message -> messages.add(article(message)));
        add(messages);
        if (thread.mayReply()) {
            add(replyForm(thread.id()));
        } else {
            add(new Paragraph(getTranslation("messages.thread.no-reply")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Article article(MessageEntry message) {
        var article = new Article();
        article.setId("viesti-" + message.id());
        article.addClassName("kasvu-message");
        var sender = new H2(message.senderName());
        sender.setId("viesti-" + message.id() + "-lahettaja");
        article.getElement().setAttribute("aria-labelledby", sender.getId().orElseThrow());
        article.add(new Header(sender, new Span(getTranslation("messages.thread.sent", MessageTexts.time(message.sentAt())))));
        var body = new Paragraph(message.body());
        body.getStyle().set("white-space", "pre-line");
        article.add(body);
        if (!message.attachments().isEmpty()) {
            var files = new UnorderedList();
            files.getElement().setAttribute("aria-label", getTranslation("messages.thread.attachments"));
            message.attachments().forEach(file -> files.add(new ListItem(download(file))));
            article.add(files);
        }
        if (message.mine()) {
            article.add(receipts(message.id()));
        }
        return article;
    }

    private Anchor download(AttachmentInfo file) {
        UUID id = file.id();
        var handler = DownloadHandler.fromInputStream(request -> {
            AttachmentContent content = messaging.attachment(actor, id);
            request.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.mediaType(), content.content().length);
        });
        var anchor = new Anchor(handler, file.fileName() + " (" + Math.max(1, file.size() / 1024) + " kt)");
        anchor.setId("liite-" + id);
        return anchor;
    }

    private Details receipts(UUID messageId) {
        List<ReadReceipt> receipts = messaging.receipts(actor, messageId);
        long read = receipts.stream().filter(ReadReceipt::read).count();
        var list = new UnorderedList();
        list.setId("kuittaukset-" + messageId);
        receipts.forEach(receipt -> list.add(new ListItem(receipt.name() + ": " + (receipt.read()
                ? getTranslation("messages.thread.read-at", MessageTexts.time(receipt.readAt()))
                : getTranslation("messages.thread.not-read")))));
        var details = new Details(getTranslation("messages.thread.receipts") + " – "
                + getTranslation("messages.thread.read-count", read, receipts.size()), list);
        details.setId("kuittaukset-avaa-" + messageId);
        return details;
    }

    private Section replyForm(UUID threadId) {
        var heading = new H2(getTranslation("messages.thread.reply-heading"));
        heading.setId("vastaa-otsikko");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "vastaa-otsikko");
        var body = new TextArea(getTranslation("messages.compose.body"));
        body.setId("vastaus");
        body.setWidthFull();
        body.setMaxLength(20_000);
        var files = new AttachmentPicker(settings.attachmentLimit().toBytes(), settings.attachmentsPerMessage());
        var problem = MessageTexts.alert("vastaus-ongelma");
        var send = new Button(getTranslation("messages.thread.reply"));
        send.setId("laheta-vastaus");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            body.setInvalid(false);
            problem.setText("");
            try {
                messaging.reply(actor, threadId, body.getValue(), files.files());
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (AttachmentRefusedException refused) {
                files.problem.setText(MessageTexts.attachmentProblem(this, refused,
                        settings.attachmentLimit().toMegabytes(), settings.attachmentsPerMessage()));
            } catch (InvalidFieldException invalid) {
                body.setErrorMessage(MessageTexts.fieldProblem(this, invalid));
                body.setInvalid(true);
            } catch (AccessRefusedException refused) {
                problem.setText(MessageTexts.refusal(this, refused));
            }
        });
        section.add(body, files, problem, send);
        return section;
    }

    private Anchor back() {
        var back = new Anchor(InboxView.ROUTE, getTranslation("messages.thread.back"));
        back.setId("takaisin-viesteihin");
        return back;
    }
}
