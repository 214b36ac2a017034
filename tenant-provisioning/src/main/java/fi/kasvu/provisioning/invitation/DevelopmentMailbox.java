package fi.kasvu.provisioning.invitation;

import java.io.IOException;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kasvu.provisioning.identity.MailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development only. With no SMTP server configured (no {@code spring.mail.host}), the embedded default's mails go to this
 * SMTP sink on the loopback address, in the manner of a dev service: it writes each mail's recipient, subject and text
 * to the application log, where whoever runs Kasvu locally finds the invitation links, and keeps nothing. It starts on
 * the first mail and is never created when an SMTP server is configured. Keycloak must run on the same machine to reach
 * it, as the managed one does.
 */
final class DevelopmentMailbox implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(DevelopmentMailbox.class);

    private final int port;
    private GreenMail server;

    DevelopmentMailbox(int port) {
        this.port = port;
    }

    /** The mailbox as the realms' SMTP server, started if it is not running yet. */
    synchronized MailServer server(String from) {
        if (server == null) {
            server = start();
        }
        return new MailServer(LOOPBACK, server.getSmtp().getPort(), from, null, null, null, false, false);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private GreenMail start() {
        var mailbox = new GreenMail(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        mailbox.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mailbox.getUserManager().setMessageDeliveryHandler(this::writeToLog);
        try {
            mailbox.start();
        } catch (RuntimeException e) {
            mailbox.stop();
            throw new IllegalStateException("the development mailbox could not listen on " + LOOPBACK + ":" + port
                    + " (" + e.getMessage() + "); set kasvu.mail.development-port to a free port, or spring.mail.host "
                    + "to a real SMTP server", e);
        }
        log.warn("no SMTP server is configured (spring.mail.host): mails go to the development mailbox on {}:{} and are "
                + "written to this log; configure SMTP in production", LOOPBACK, mailbox.getSmtp().getPort());
        return mailbox;
    }

    /** Called for each recipient of each mail; the mail goes to a user that keeps nothing. */
    private GreenMailUser writeToLog(MovingMessage mail, MailAddress recipient) {
        MimeMessage message = mail.getMessage();
        try {
            log.info("development mailbox: mail to {}, subject '{}':\n{}", recipient.getEmail(), message.getSubject(),
                    text(message).strip());
        } catch (MessagingException | IOException e) {
            log.warn("development mailbox: a mail to {} could not be read: {}", recipient.getEmail(), e.getMessage());
        }
        return new Discarding(recipient.getEmail());
    }

    /** The plain-text part of the mail, or a note on what it holds instead. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return "";
        }
        return part instanceof MimeMessage ? "(no plain text; " + part.getContentType() + ")" : "";
    }

    /** The recipient of a mail the mailbox has logged: it stores nothing, so memory does not grow. */
    private record Discarding(String email) implements GreenMailUser {

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage message) {
            // logged already
        }

        @Override
        public void deliver(MimeMessage message) {
            // logged already
        }

        @Override
        public void create() {
            // nothing to create
        }

        @Override
        public void delete() {
            // nothing to delete
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void setPassword(String password) {
            // nobody signs in to the development mailbox
        }

        @Override
        public void authenticate(String password) {
            // nobody signs in to the development mailbox
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }

    @Override
    public String toString() {
        return "DevelopmentMailbox[" + LOOPBACK + ":" + port + "]";
    }
}
