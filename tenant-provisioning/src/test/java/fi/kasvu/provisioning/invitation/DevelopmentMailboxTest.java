package fi.kasvu.provisioning.invitation;

import java.util.Properties;

import fi.kasvu.provisioning.identity.MailServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DevelopmentMailboxTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(InvitationConfiguration.class);

    @Test
    void writesEachMailsRecipientSubjectAndTextToTheLog(CapturedOutput log) throws Exception {
        try (var mailbox = new DevelopmentMailbox(0)) {
            MailServer server = mailbox.server("kasvu@kasvu.test");
            assertThat(server.host()).isEqualTo("127.0.0.1");

            var session = Session.getInstance(new Properties());
            var mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(server.from()));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("maija@kasvu.test"));
            mail.setSubject("Tervetuloa Kasvuun");
            mail.setText("Aseta salasanasi: http://localhost:8180/realms/vantaa/login-actions/action-token?key=abc", "UTF-8");
            Transport transport = session.getTransport("smtp");
            transport.connect(server.host(), server.port(), null, null);
            transport.sendMessage(mail, mail.getAllRecipients());
            transport.close();
        }

        assertThat(log.getOut()).contains("development mailbox: mail to maija@kasvu.test, subject 'Tervetuloa Kasvuun'")
                .contains("Aseta salasanasi: http://localhost:8180/realms/vantaa/login-actions/action-token?key=abc")
                .contains("no SMTP server is configured (spring.mail.host)");
    }

    @Test
    void isThereOnlyWhenNoSmtpServerIsConfigured() {
        context.run(withoutSmtp -> assertThat(withoutSmtp).hasSingleBean(DevelopmentMailbox.class));
        context.withPropertyValues("spring.mail.host=smtp.kunta.fi")
                .run(withSmtp -> assertThat(withSmtp).doesNotHaveBean(DevelopmentMailbox.class));
    }
}
