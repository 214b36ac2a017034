package fi.kasvu.provisioning;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail as the SMTP server of a test's application, on a free port for the whole test class, and what tests read
 * back from the mails Keycloak sent through it.
 */
public final class MailFixture {

    /** An action token's link, as Keycloak puts it in the plain text of its mails. */
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/realms/[^/\\s]+/login-actions/action-token\\?\\S+");

    private MailFixture() {
    }

    /** Register it as a static {@code @RegisterExtension} of a test class whose instances live per method. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** For a {@code @DynamicPropertySource}: the application sends its mail to the GreenMail of the test class. */
    public static void sendThrough(GreenMailExtension server, DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> server.getSmtp().getPort());
        properties.add("kasvu.mail.from", () -> "kasvu@kasvu.test");
    }

    /** The mails the server has received for the address. */
    public static List<MimeMessage> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail's plain text. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = text(child);
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

    /**
     * The claims of the action token the link carries: who it is for ({@code eml}), the client ({@code azp}), what it
     * asks ({@code rqac}) and where it leads afterwards ({@code reduri}).
     */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> actionToken(String link) {
        String token = java.net.URLDecoder.decode(link.replaceFirst(".*[?&]key=([^&]+).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] payload = java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return tools.jackson.databind.json.JsonMapper.shared().readValue(payload, java.util.Map.class);
    }

    /** The action-token link in the mail's text. */
    public static String actionLink(MimeMessage mail) {
        Matcher link = ACTION_LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no action link in the mail:\n" + text(mail));
        }
        return link.group();
    }
}
