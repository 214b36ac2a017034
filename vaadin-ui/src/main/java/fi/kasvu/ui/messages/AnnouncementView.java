package fi.kasvu.ui.messages;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.AnnouncementTarget;
import fi.kasvu.platform.messages.Announcements;
import fi.kasvu.platform.messages.AttachmentRefusedException;
import fi.kasvu.platform.messages.MessageSettings;
import fi.kasvu.platform.messages.NewAnnouncement;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * An announcement (tiedote) to a class the signed-in teacher teaches, a school the principal leads, or, for a city
 * admin, the whole municipality: only the targets their role allows are offered.
 */
@Route(value = AnnouncementView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class AnnouncementView extends Div implements HasDynamicTitle {

    static final String ROUTE = "viestit/tiedote";

    final Select<AnnouncementTarget> target = new Select<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Paragraph problem = MessageTexts.alert("tiedote-ongelma");
    final Button send = new Button();

    AnnouncementView(CurrentUser currentUser, Announcements announcements, MessageSettings settings) {
        Actor actor = SignedIn.actor(currentUser);
        add(new H1(getTranslation("messages.announce.title")));
        List<AnnouncementTarget> targets = announcements.targets(actor);
        if (targets.isEmpty()) {
            var none = new Paragraph(getTranslation("messages.announce.no-targets"));
            none.setId("ei-kohteita");
            add(none);
            return;
        }
        target.setLabel(getTranslation("messages.announce.target"));
        target.setId("tiedote-kohde");
        target.setItems(targets);
        target.setItemLabelGenerator(this::describe);
        target.setValue(targets.getFirst());
        subject.setLabel(getTranslation("messages.compose.subject"));
        subject.setId("tiedote-aihe");
        subject.setMaxLength(200);
        body.setLabel(getTranslation("messages.compose.body"));
        body.setId("tiedote-viesti");
        body.setMaxLength(20_000);
        var files = new AttachmentPicker(settings.attachmentLimit().toBytes(), settings.attachmentsPerMessage());
        send.setText(getTranslation("messages.announce.send"));
        send.setId("laheta-tiedote");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            subject.setInvalid(false);
            body.setInvalid(false);
            problem.setText("");
            files.problem.setText("");
            AnnouncementTarget chosen = target.getValue();
            try {
                UUID thread = announcements.announce(actor, new NewAnnouncement(chosen == null ? null : chosen.audience(),
                        chosen == null ? null : chosen.id(), subject.getValue(), body.getValue(), files.files()));
                getUI().ifPresent(ui -> ui.navigate(ThreadView.ROUTE + "/" + thread));
            } catch (AttachmentRefusedException refused) {
                files.problem.setText(MessageTexts.attachmentProblem(this, refused,
                        settings.attachmentLimit().toMegabytes(), settings.attachmentsPerMessage()));
            } catch (InvalidFieldException invalid) {
                String text = MessageTexts.fieldProblem(this, invalid);
                switch (invalid.field()) {
                    case "subject" -> {
                        subject.setErrorMessage(text);
                        subject.setInvalid(true);
                    }
                    case "body" -> {
                        body.setErrorMessage(text);
                        body.setInvalid(true);
                    }
                    default -> problem.setText(text);
                }
            } catch (AccessRefusedException refused) {
                problem.setText(MessageTexts.refusal(this, refused));
            }
        });
        var form = new FormLayout(target, subject, body, files, problem, send);
        form.setColspan(body, 2);
        form.setColspan(files, 2);
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.announce.title");
    }

    private String describe(AnnouncementTarget target) {
        return switch (target.audience()) {
            case CLASS -> getTranslation("messages.announce.class", target.name());
            case SCHOOL -> getTranslation("messages.announce.school", target.name());
            case MUNICIPALITY -> getTranslation("messages.announce.municipality");
        };
    }
}
