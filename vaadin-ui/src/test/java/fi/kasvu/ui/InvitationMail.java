package fi.kasvu.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/** GreenMail as the application's SMTP server for a test class, and the invitation links Keycloak mails through it. */
public final class InvitationMail {

    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/realms/[^/\\s]+/login-actions/action-token\\?\\S+");

    private InvitationMail() {
    }

    /** Register it as a static {@code @RegisterExtension} of a test class whose instances live per method. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** For a {@code @DynamicPropertySource}: the application's mail goes to the test class's GreenMail. */
    public static void sendThrough(GreenMailExtension server, DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    /** The link of the one invitation mailed to the address; waits a while for it to arrive. */
    public static String linkTo(GreenMailExtension server, String address) {
        server.waitForIncomingEmail(30_000, 1);
        MimeMessage[] mails = Arrays.stream(server.getReceivedMessages()).filter(mail -> to(mail, address))
                .toArray(MimeMessage[]::new);
        if (mails.length != 1) {
            throw new AssertionError(mails.length + " mails to " + address + ", not one");
        }
        String text = text(mails[0]);
        Matcher link = ACTION_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no invitation link in the mail to " + address + ":\n" + text);
        }
        return link.group();
    }

    private static boolean to(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("reading a mail failed", e);
        }
    }
}
