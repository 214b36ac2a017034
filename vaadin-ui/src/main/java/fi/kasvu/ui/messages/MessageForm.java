package fi.kasvu.ui.messages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.messages.AttachmentRefusedException;
import fi.kasvu.platform.messages.NewThread;
import fi.kasvu.platform.messages.Recipient;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A new message: recipients (only those the sender may reach are offered), subject, text and files. It collects a
 * {@link NewThread} and fires {@link SendEvent}; a refusal shows on the field it names, in the reader's language.
 */
class MessageForm extends FormLayout {

    final MultiSelectComboBox<Recipient> recipients = new MultiSelectComboBox<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final AttachmentPicker attachments;
    final Paragraph problem = MessageTexts.alert("viesti-ongelma");
    final Button send = new Button();
    private final long limitMegabytes;
    private final int perMessage;

    MessageForm(List<Recipient> reachable, long limitBytes, int perMessage) {
        this.limitMegabytes = limitBytes / (1024 * 1024);
        this.perMessage = perMessage;
        recipients.setLabel(getTranslation("messages.compose.recipients"));
        recipients.setHelperText(getTranslation("messages.compose.recipients-help"));
        recipients.setItems(reachable);
        recipients.setItemLabelGenerator(recipient -> MessageTexts.recipient(this, recipient));
        recipients.setId("vastaanottajat");
        recipients.setRequired(true);
        subject.setLabel(getTranslation("messages.compose.subject"));
        subject.setId("aihe");
        subject.setMaxLength(200);
        subject.setRequired(true);
        body.setLabel(getTranslation("messages.compose.body"));
        body.setId("viesti");
        body.setMaxLength(20_000);
        body.setRequired(true);
        attachments = new AttachmentPicker(limitBytes, perMessage);
        send.setText(getTranslation("messages.compose.send"));
        send.setId("laheta");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> fireEvent(new SendEvent(this, collect())));
        add(recipients, subject, body, attachments, problem, send);
        setColspan(body, 2);
        setColspan(attachments, 2);
    }

    /** Chooses the recipient in advance (a reply to an announcement's sender, a link from another page). */
    void preselect(UUID person) {
        recipients.getListDataView().getItems().filter(r -> r.personId().equals(person)).findFirst()
                .ifPresent(r -> recipients.select(r));
    }

    NewThread collect() {
        Set<UUID> chosen = recipients.getSelectedItems().stream().map(Recipient::personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new NewThread(subject.getValue(), chosen, body.getValue(), attachments.files());
    }

    void clearProblems() {
        recipients.setInvalid(false);
        subject.setInvalid(false);
        body.setInvalid(false);
        problem.setText("");
        attachments.problem.setText("");
    }

    void showProblem(RuntimeException refused) {
        clearProblems();
        switch (refused) {
            case AttachmentRefusedException file ->
                    attachments.problem.setText(MessageTexts.attachmentProblem(this, file, limitMegabytes, perMessage));
            case InvalidFieldException invalid -> {
                String text = MessageTexts.fieldProblem(this, invalid);
                switch (invalid.field()) {
                    case "recipients" -> invalid(recipients, text);
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
            }
            case AccessRefusedException access -> {
                problem.setText(MessageTexts.refusal(this, access));
                recipients.setInvalid(true);
                recipients.setErrorMessage(problem.getText());
            }
            default -> throw refused;
        }
    }

    private static void invalid(MultiSelectComboBox<?> field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    void clear() {
        recipients.clear();
        subject.clear();
        body.clear();
        attachments.clear();
        clearProblems();
    }

    Registration addSendListener(com.vaadin.flow.component.ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    static class SendEvent extends ComponentEvent<MessageForm> {

        private final NewThread thread;

        SendEvent(MessageForm source, NewThread thread) {
            super(source, false);
            this.thread = thread;
        }

        NewThread thread() {
            return thread;
        }
    }
}
