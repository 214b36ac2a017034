package fi.kasvu.ui.messages;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.MessageReach;
import fi.kasvu.platform.messages.MessageSettings;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Writing a new message to whom the signed-in person may reach; once sent, the thread opens. */
@Route(value = ComposeView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class ComposeView extends Div implements HasDynamicTitle {

    static final String ROUTE = "viestit/uusi";

    ComposeView(CurrentUser currentUser, Messaging messaging, MessageReach reach, MessageSettings settings) {
        Actor actor = SignedIn.actor(currentUser);
        var reachable = reach.reachable(actor);
        add(new H1(getTranslation("messages.compose.title")));
        if (reachable.isEmpty()) {
            var none = new Paragraph(getTranslation("messages.compose.no-recipients"));
            none.setId("ei-vastaanottajia");
            add(none);
            return;
        }
        var form = new MessageForm(reachable, settings.attachmentLimit().toBytes(), settings.attachmentsPerMessage());
        form.addSendListener(send -> {
            try {
                UUID thread = messaging.startThread(actor, send.thread());
                getUI().ifPresent(ui -> ui.navigate(ThreadView.ROUTE + "/" + thread));
            } catch (RuntimeException refused) {
                form.showProblem(refused);
            }
        });
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.compose.title");
    }
}
