package fi.kasvu.platform.messages;

import java.net.URI;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The notification mail itself: how many messages, announcements and early-warning alerts wait, and the links into
 * the portal. It never holds a message's body, subject or sender, nor whom an alert is about or what crossed which
 * threshold (a mailbox is not the place for a child's school matters, and an alert is special-category data), in
 * Finnish, Swedish and English since the municipality does not know each person's language. Sent through Spring's
 * {@link JavaMailSender} ({@code spring.mail.*}); without an SMTP server configured (the embedded default) the mail is
 * written to the log instead, naming the person's id rather than their address.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;

    NotificationMail(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    record Content(String subject, String text) {
    }

    /**
     * @param municipality the municipality's name: a guardian with children in two municipalities signs in to each
     *                     separately, so the mail says which one is waiting
     * @param alerts       early-warning alerts: only that they wait and where, never whom or what they are about
     * @param portal       the municipality's portal, which the links lead into
     */
    static Content content(String municipality, int messages, int announcements, int alerts, URI portal) {
        boolean anyMessages = messages + announcements > 0;
        String subject = (anyMessages && alerts > 0 ? "Uusia viestejä, varhainen tuki / Nya meddelanden, tidigt stöd "
                + "/ New messages, early warning: " : anyMessages ? "Uusia viestejä / Nya meddelanden / New messages: "
                : "Varhainen tuki / Tidigt stöd / Early warning: ") + municipality;
        String inbox = portal + "/viestit";
        String warnings = portal + "/" + NotificationTopic.EARLY_WARNING.page();
        var text = new StringBuilder("Hei,\n\n");
        if (anyMessages) {
            text.append("sinulle on Kasvussa (%s) %s. Lue ne kirjautumalla palveluun:\n%s\n\n"
                    .formatted(municipality, finnish(messages, announcements), inbox));
        }
        if (alerts > 0) {
            text.append((alerts == 1 ? "Kasvussa (%2$s) on uusi varhaisen tuen hälytys, joka odottaa huomiotasi. "
                    + "Katso se kirjautumalla palveluun:\n%3$s\n\n" : "Kasvussa (%2$s) on %1$d uutta varhaisen tuen "
                    + "hälytystä, jotka odottavat huomiotasi. Katso ne kirjautumalla palveluun:\n%3$s\n\n")
                    .formatted(alerts, municipality, warnings));
        }
        if (anyMessages) {
            text.append("Du har %s i Kasvu (%s). Logga in för att läsa dem:\n%s\n\n"
                    .formatted(swedish(messages, announcements), municipality, inbox));
        }
        if (alerts > 0) {
            text.append((alerts == 1 ? "Ett nytt larm om tidigt stöd i Kasvu (%2$s) väntar på din uppmärksamhet. "
                    + "Logga in för att se det:\n%3$s\n\n" : "%1$d nya larm om tidigt stöd i Kasvu (%2$s) väntar på "
                    + "din uppmärksamhet. Logga in för att se dem:\n%3$s\n\n").formatted(alerts, municipality, warnings));
        }
        if (anyMessages) {
            text.append("You have %s in Kasvu (%s). Sign in to read them:\n%s\n\n"
                    .formatted(english(messages, announcements), municipality, inbox));
        }
        if (alerts > 0) {
            text.append((alerts == 1 ? "A new early-warning alert needs your attention in Kasvu (%2$s). "
                    + "Sign in to see it:\n%3$s\n\n" : "%1$d new early-warning alerts need your attention in Kasvu "
                    + "(%2$s). Sign in to see them:\n%3$s\n\n").formatted(alerts, municipality, warnings));
        }
        if (anyMessages) {
            text.append("Viestien sisältöä ei lähetetä sähköpostilla. / Meddelandenas innehåll skickas inte per e-post. "
                    + "/\nThe messages themselves are not sent by mail.\n");
        }
        if (alerts > 0) {
            text.append("Hälytysten tietoja ei lähetetä sähköpostilla. / Larmens uppgifter skickas inte per e-post. /\n"
                    + "The alerts' details are not sent by mail.\n");
        }
        text.append("Ilmoitusten ajat voit valita Kasvun asetuksista.\n");
        return new Content(subject, text.toString());
    }

    /** A mail to send: to whom, what, and its Message-ID, the same if it is ever sent again. */
    record Outgoing(UUID recipient, String to, Content content, String messageId) {
    }

    /**
     * Sends the mails over one SMTP connection. A stable Message-ID lets a mail server drop a copy sent again after a
     * crash.
     *
     * @return the recipients whose mail failed, with the reason; empty when all went
     */
    Map<UUID, String> sendAll(String from, List<Outgoing> mails) {
        JavaMailSender sender = this.sender.getIfAvailable();
        if (sender == null) {
            mails.forEach(mail -> log.info("no SMTP server is configured (spring.mail.host): notification for person {} "
                    + "written here instead:\n{}", mail.recipient(), mail.content().text()));
            return Map.of();
        }
        Map<MimeMessage, UUID> recipients = new IdentityHashMap<>();
        for (Outgoing mail : mails) {
            recipients.put(message(from, mail), mail.recipient());
        }
        try {
            sender.send(recipients.keySet().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            Map<UUID, String> failed = new HashMap<>();
            e.getFailedMessages().forEach((message, problem) -> {
                UUID recipient = recipients.get(message);
                if (recipient != null) {
                    failed.put(recipient, String.valueOf(problem.getMessage()));
                }
            });
            if (failed.isEmpty()) {
                throw e;
            }
            return failed;
        }
    }

    private static MimeMessage message(String from, Outgoing mail) {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        try {
            message.setFrom(new InternetAddress(from));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.content().subject(), "UTF-8");
            message.setText(mail.content().text(), "UTF-8");
        } catch (MessagingException e) {
            throw new MailPreparationException("the notification mail could not be made: " + e.getMessage(), e);
        }
        return message;
    }

    private static String finnish(int messages, int announcements) {
        return join(messages == 0 ? null : messages == 1 ? "1 uusi viesti" : messages + " uutta viestiä",
                announcements == 0 ? null : announcements == 1 ? "1 uusi tiedote" : announcements + " uutta tiedotetta",
                "ja");
    }

    private static String swedish(int messages, int announcements) {
        return join(messages == 0 ? null : messages == 1 ? "1 nytt meddelande" : messages + " nya meddelanden",
                announcements == 0 ? null : announcements == 1 ? "1 nytt tillkännagivande"
                        : announcements + " nya tillkännagivanden", "och");
    }

    private static String english(int messages, int announcements) {
        return join(messages == 0 ? null : messages == 1 ? "1 new message" : messages + " new messages",
                announcements == 0 ? null : announcements == 1 ? "1 new announcement"
                        : announcements + " new announcements", "and");
    }

    private static String join(String a, String b, String and) {
        return a == null ? b : b == null ? a : a + " " + and + " " + b;
    }
}
