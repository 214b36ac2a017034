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
 * The notification mail itself: how many messages and announcements wait, and the link to the portal. It never holds
 * a message's body, subject or sender (a mailbox is not the place for a child's school matters), in Finnish, Swedish
 * and English since the municipality does not know each person's language. Sent through Spring's
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
     */
    static Content content(String municipality, int messages, int announcements, URI link) {
        String subject = "Uusia viestejä / Nya meddelanden / New messages: " + municipality;
        String text = """
                Hei,

                sinulle on Kasvussa (%s) %s. Lue ne kirjautumalla palveluun:
                %s

                Du har %s i Kasvu (%s). Logga in för att läsa dem:
                %s

                You have %s in Kasvu (%s). Sign in to read them:
                %s

                Viestien sisältöä ei lähetetä sähköpostilla. / Meddelandenas innehåll skickas inte per e-post. /
                The messages themselves are not sent by mail. Ilmoitusten ajat voit valita Kasvun asetuksista.
                """.formatted(municipality, finnish(messages, announcements), link, swedish(messages, announcements),
                municipality, link, english(messages, announcements), municipality, link);
        return new Content(subject, text);
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
