package fi.kasvu.ui.messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.messages.AttachmentRefusedException;
import fi.kasvu.platform.messages.Recipient;
import fi.kasvu.platform.messages.RecipientRefusedException;
import fi.kasvu.platform.school.InvalidFieldException;

/** Texts the messages pages share: times in Finnish time, kinds of recipient, refusals in the reader's language. */
final class MessageTexts {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private MessageTexts() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(FINLAND));
    }

    static String kind(Component on, Recipient.Kind kind) {
        return on.getTranslation("messages.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String recipient(Component on, Recipient recipient) {
        return recipient.context() == null || recipient.context().isBlank()
                ? on.getTranslation("messages.recipient.without-context", recipient.name(), kind(on, recipient.kind()))
                : on.getTranslation("messages.recipient.with-context", recipient.name(), kind(on, recipient.kind()),
                        recipient.context());
    }

    /** A refusal of a file, in words the sender can act on. */
    static String attachmentProblem(Component on, AttachmentRefusedException refused, long limitMegabytes,
                                    int perMessage) {
        return switch (refused.reason()) {
            case TOO_LARGE -> on.getTranslation("messages.problem.file-too-large", refused.fileName(), limitMegabytes);
            case NOT_ALLOWED -> on.getTranslation("messages.problem.file-not-allowed", refused.fileName());
            case EMPTY -> on.getTranslation("messages.problem.file-empty", refused.fileName());
            case NO_NAME -> on.getTranslation("messages.problem.file-no-name");
            case TOO_MANY -> on.getTranslation("messages.problem.too-many-files", perMessage);
        };
    }

    /** A refusal that belongs to no field: the recipient the sender may not reach, or what the service said. */
    static String refusal(Component on, AccessRefusedException refused) {
        return refused instanceof RecipientRefusedException recipient
                ? on.getTranslation("messages.problem.unreachable", recipient.recipientName())
                : on.getTranslation("messages.problem.refused", refused.getMessage());
    }

    static String fieldProblem(Component on, InvalidFieldException problem) {
        return switch (problem.field()) {
            case "subject" -> on.getTranslation("messages.problem.subject");
            case "body" -> on.getTranslation("messages.problem.body");
            case "recipients" -> on.getTranslation("messages.problem.recipients");
            case "target", "audience" -> on.getTranslation("messages.problem.target");
            default -> problem.getMessage();
        };
    }

    /** A paragraph screen readers announce when its text changes. */
    static Paragraph alert(String id) {
        var alert = new Paragraph();
        alert.setId(id);
        alert.addClassName("kasvu-problem");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }

    static Paragraph status(String id) {
        var status = new Paragraph();
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        return status;
    }
}
